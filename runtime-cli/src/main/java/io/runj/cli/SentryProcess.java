package io.runj.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.runj.gofer.StartupAids;

/**
 * Starts the sentry, {@code runj boot}, as its own JVM: a long-running process, so its JVM flags
 * differ from the short-lived CLI's. It is not a tracee, so ProcessBuilder is safe here. With
 * inheritIO the sentry gets the caller's stdin, stdout and stderr themselves (and no other fd:
 * the JDK closes the rest in the child), and it outlives this JVM: the JDK never kills the
 * processes it started when it exits. With a terminal the guest's stdio is the pty and the
 * sentry keeps none of the caller's (but stderr for --strace), as runc's init does not:
 * containerd's shim reads create's output pipe to its end, and would wait for the container to
 * exit if the sentry held it open.
 */
final class SentryProcess {
    private SentryProcess() {
    }

    /** @param consoleSocket where the sentry sends the pty master (process.terminal), or null */
    static Process start(GlobalOptions global, Path bundle, String id, Path readySocket, Path consoleSocket) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(jvmFlags());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of("--root", global.root.toAbsolutePath().toString()));
        if (global.systemdCgroup) {
            cmd.add("--systemd-cgroup");
        }
        if (global.strace) {
            cmd.add("--strace");
        }
        if (global.debugLog != null) {
            cmd.addAll(List.of("--debug-log", global.debugLog.toAbsolutePath().toString()));
        }
        cmd.addAll(List.of("--network", global.network, "boot", "--bundle", bundle.toString(),
                "--ready-socket", readySocket.toString()));
        if (consoleSocket != null) {
            cmd.addAll(List.of("--console-socket", consoleSocket.toAbsolutePath().toString()));
        }
        cmd.add(id);
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
            if (consoleSocket != null) {
                pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
                if (!global.strace || global.debugLog != null) {
                    // Unless --strace lines were asked for on stderr.
                    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
                }
            }
            return pb.start();
        } catch (IOException e) {
            throw new CliException("starting the sentry: " + e.getMessage());
        }
    }

    /**
     * The sentry's JVM flags. It lives as long as its container, so unlike the CLI it keeps the
     * full tiered JIT (C2 pays off on the tracer loop) and a larger heap; its start-up is still on
     * the critical path of create and run, so it shares the CLI's start-up aids, which bin/runj
     * names in system properties. docs/performance.md has the numbers.
     */
    static List<String> jvmFlags() {
        List<String> flags = new ArrayList<>();
        // Serial GC: one tracer thread, a small heap, no concurrent GC threads competing for the
        // two cores the guest also needs.
        flags.addAll(List.of("-XX:+UseSerialGC", "-Xms16m", "-Xmx256m", "-Xss1m", "-XX:+UseCompressedOops"));
        // The CLI's own start-up aids: its start-up is still on the critical path of create.
        flags.addAll(StartupAids.flags("runj.sentry.classlist"));
        return flags;
    }
}
