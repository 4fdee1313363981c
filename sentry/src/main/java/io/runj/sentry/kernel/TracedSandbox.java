package io.runj.sentry.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.runj.platform.Signals;
import io.runj.platform.trace.Tracer;
import io.runj.sentry.syscalls.Sandbox;

/** The sandbox as the tracer knows it: a task is the guest's exactly when the tracer follows it. */
final class TracedSandbox implements Sandbox {
    private final Tracer tracer;

    TracedSandbox(Tracer tracer) {
        this.tracer = tracer;
    }

    @Override
    public boolean isGuest(int tid) {
        return tracer.isTraced(tid);
    }

    @Override
    public int[] processes() {
        return tracer.tgids();
    }

    @Override
    public int init() {
        return tracer.initTgid();
    }

    /** Field 5 of /proc/PID/stat, after the parenthesised command name (which may hold spaces). */
    @Override
    public int processGroup(int pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Integer.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Integer.parseInt(f[2]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    @Override
    public boolean signal(int pid, int sig) {
        return tracer.isTraced(pid) && Signals.tryKill(pid, sig);
    }
}
