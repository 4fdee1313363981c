package io.runj.sentry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;

import io.runj.gofer.GoferProcess;
import io.runj.platform.Native;
import io.runj.platform.Pty;
import io.runj.platform.Signal;
import io.runj.platform.Signals;
import io.runj.platform.WaitStatus;
import io.runj.sentry.exec.GuestLauncher;
import io.runj.sentry.exec.GuestProcess;
import io.runj.sentry.exec.InheritedFds;
import io.runj.sentry.exec.PreparedGuest;
import io.runj.sentry.exec.SetupException;
import io.runj.sentry.kernel.Kernel;
import io.runj.sentry.kernel.SeccompPolicy;
import io.runj.sentry.strace.Strace;
import io.runj.sentry.vfs.MountTable;
import io.runj.sentry.vfs.Vfs;

/**
 * One sandbox. The thread that prepares it is the tracer thread: it alone makes ptrace requests,
 * so requests from other threads (start, and kill before start) are queued to it. The guest's
 * status is returned as a shell sees it: its exit code, or 128+N when signal N killed it.
 */
public final class Sentry {
    /** The entry point of the runj command line, which runs the gofer as {@code runj gofer}. */
    private static final String GOFER_MAIN = "io.runj.cli.Main";
    private static final long GOFER_TIMEOUT_MILLIS = 30_000;

    private enum Phase { CREATED, RUNNING, STOPPED }

    private record Request(boolean start, int signal, CompletableFuture<Void> done) {
    }

    /** A process {@code runj exec} started: its host pid, and its status (as a shell sees it) once it is gone. */
    public record Launched(int pid, CompletableFuture<Integer> status) {
    }

    private final Kernel kernel;
    private final GuestProcess process;
    private final PreparedGuest guest;
    private final Strace strace;
    /** Serves the guest's files; it lives as long as the sentry, which closes it when the guest is gone. */
    private final GoferProcess gofer;
    /** The tracer thread's tid: what /proc/PID/status shows as TracerPid of every guest task. */
    private final int tracerTid = Native.gettid();
    private final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();
    private Phase phase = Phase.CREATED;

    private Sentry(Kernel kernel, GuestProcess process, PreparedGuest guest, Strace strace, GoferProcess gofer) {
        this.kernel = kernel;
        this.process = process;
        this.guest = guest;
        this.strace = strace;
        this.gofer = gofer;
    }

    /** Prepares and starts the guest at once and runs it to completion on the calling thread. */
    public static int run(GuestProcess process, Strace strace) {
        Sentry s = prepare(process, null, strace);
        try {
            GuestLauncher.exec(s.kernel.tracer(), s.guest, strace);
        } catch (RuntimeException e) {
            s.gofer.close();
            throw e;
        }
        return s.follow();
    }

    /**
     * Sets the guest up to its execve (see {@link GuestLauncher#prepare}). The calling thread
     * becomes the tracer thread and must go on with {@link #awaitStart}.
     *
     * @param terminal the pty whose slave is the guest's stdio and controlling terminal, or null
     * @param strace   where --strace lines go, or null
     */
    public static Sentry prepare(GuestProcess process, Pty terminal, Strace strace) {
        return prepare(process, terminal, InheritedFds.NONE, strace);
    }

    /** As above, with {@code inherited} as the guest's fds from 3 on; the sentry closes its copies. */
    public static Sentry prepare(GuestProcess process, Pty terminal, InheritedFds inherited, Strace strace) {
        Kernel kernel = new Kernel(strace);
        // The gofer's JVM starts while the stub is set up.
        CompletableFuture<GoferProcess> gofer = CompletableFuture.supplyAsync(() -> startGofer(process.mounts()));
        PreparedGuest guest;
        try {
            guest = GuestLauncher.prepare(kernel.tracer(), process, SeccompPolicy.forGuest(strace != null), terminal,
                    inherited);
        } catch (RuntimeException e) {
            // Waited for, not left to finish alone: a gofer started after this JVM exits would be
            // an orphan (it reports its failed connect on the caller's stderr).
            try {
                gofer.join().close();
            } catch (java.util.concurrent.CompletionException startFailed) {
                e.addSuppressed(startFailed.getCause());
            }
            throw e;
        } finally {
            for (int fd : inherited.fds()) {
                io.runj.platform.HostFs.close(fd);
            }
        }
        GoferProcess g;
        try {
            g = gofer.join();
        } catch (java.util.concurrent.CompletionException e) {
            Signals.tryKill(guest.init().tgid(), Signal.SIGKILL);
            kernel.tracer().run();
            throw new SetupException("starting the gofer: " + e.getCause().getMessage(), 1);
        }
        kernel.useVfs(new Vfs(process.mounts(), g.client(), guest.channel(), kernel.tracer(), process.cwd()));
        return new Sentry(kernel, process, guest, strace, g);
    }

    /** {@code runj gofer} serving the mount table's BIND mounts, connected through a private directory. */
    private static GoferProcess startGofer(MountTable mounts) {
        try {
            Path dir = Files.createTempDirectory("runj-gofer-");
            try {
                return GoferProcess.start(GoferProcess.jvmCommand(GOFER_MAIN, "gofer"), dir.resolve("gofer.sock"),
                        mounts.goferSpecs(), GOFER_TIMEOUT_MILLIS);
            } finally {
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The host pid of the guest's init. */
    public int initPid() {
        return guest.init().tgid();
    }

    /**
     * On the tracer thread: waits for {@link #start} (or a kill) and then follows the guest to
     * its end. Returns the guest's status, or the setup's exit code when its execve failed.
     */
    public int awaitStart() throws InterruptedException {
        return awaitStart(() -> { });
    }

    /**
     * On the tracer thread, for a sentry that starts its own guest (a foreground run): execs it
     * as a start request would, runs {@code running} once the guest's own code runs, and follows
     * the guest to its end. A failed execve is thrown, as start would report it.
     */
    public int startAndFollow(Runnable running) throws InterruptedException {
        Request r;
        synchronized (this) {
            r = enqueue(true, 0);
        }
        int status = awaitStart(running);
        if (r.done().isCompletedExceptionally()) {
            try {
                r.done().join();
            } catch (java.util.concurrent.CompletionException e) {
                // IllegalStateException: a kill came first and the guest never ran; its status says so.
                if (!(e.getCause() instanceof IllegalStateException)) {
                    throw (RuntimeException) e.getCause();
                }
            }
        }
        return status;
    }

    private int awaitStart(Runnable running) throws InterruptedException {
        while (true) {
            Request r = requests.take();
            if (r.start()) {
                try {
                    GuestLauncher.exec(kernel.tracer(), guest, strace);
                } catch (RuntimeException e) {
                    gofer.close();
                    leaveCreated(Phase.STOPPED);
                    r.done().completeExceptionally(e);
                    return e instanceof SetupException se ? se.exitCode() : 1;
                }
                leaveCreated(Phase.RUNNING);
                running.run();
                r.done().complete(null);
                return follow();
            }
            if (terminates(r.signal())) {
                // Delivered for real: the stub has the default dispositions, so it dies of it.
                Signals.tryKill(initPid(), r.signal());
                leaveCreated(Phase.STOPPED);
                r.done().complete(null);
                return follow();
            }
            r.done().complete(null);
        }
    }

    /** From any thread: execs the guest and returns once its own code runs. */
    public void start() {
        Request r;
        synchronized (this) {
            switch (phase) {
                case RUNNING -> throw new IllegalStateException("cannot start an already running container");
                case STOPPED -> throw new IllegalStateException("cannot start a container that has stopped");
                default -> r = enqueue(true, 0);
            }
        }
        await(r);
    }

    /**
     * From any thread: sends {@code signal} to the guest's init, or with {@code all} to every
     * guest process. Before start, a signal whose default action would not end the stub (CHLD,
     * CONT, URG, WINCH and the stop signals) is dropped: the container stays created.
     */
    public void kill(int signal, boolean all) {
        Request r;
        synchronized (this) {
            switch (phase) {
                case RUNNING -> {
                    signalRunning(signal, all);
                    return;
                }
                case STOPPED -> throw new IllegalStateException("container not running");
                default -> r = enqueue(false, signal);
            }
        }
        await(r);
    }

    /**
     * From any thread: starts {@code p} in the running sandbox (see {@link GuestLauncher#launch})
     * with {@code fds[i]} as its fd {@code i}; the fds stay the caller's. Returns once the process
     * has exec'd; a setup or exec failure is a SetupException.
     *
     * @param terminal fd 0 is a terminal to become the process's controlling terminal
     */
    public Launched exec(io.runj.oci.Process process, int[] fds, boolean terminal) {
        GuestProcess p = io.runj.sentry.exec.GuestProcesses.forExec(process, this.process);
        CompletableFuture<Launched> launched = new CompletableFuture<>();
        synchronized (this) {
            switch (phase) {
                case CREATED -> throw new IllegalStateException(
                        "cannot exec in a created container: runj runs exec'd processes once the container has started");
                case STOPPED -> throw new IllegalStateException("cannot exec in a stopped container");
                default -> kernel.tracer().post(() -> launch(p, fds, terminal, launched));
            }
        }
        try {
            return launched.get();
        } catch (ExecutionException e) {
            throw (RuntimeException) e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }

    /** On the tracer thread. */
    private void launch(GuestProcess p, int[] fds, boolean terminal, CompletableFuture<Launched> launched) {
        if (!kernel.tracer().isTraced(initPid())) {
            launched.completeExceptionally(new IllegalStateException("cannot exec in a stopped container"));
            return;
        }
        CompletableFuture<Integer> status = new CompletableFuture<>();
        try {
            var t = GuestLauncher.launch(kernel.tracer(), process, initPid(), p, fds, guest.guestChannel(), terminal,
                    SeccompPolicy.forGuest(strace != null), strace,
                    tracee -> kernel.adopt(tracee, p.cwd(), ws -> status.complete(WaitStatus.shellStatus(ws))));
            launched.complete(new Launched(t.tgid(), status));
        } catch (RuntimeException e) {
            launched.completeExceptionally(e);
        }
    }

    /** From any thread: the host pids of the guest's processes, init first. */
    public List<Integer> pids() {
        return TracedProcesses.of(tracerTid, initPid());
    }

    private void signalRunning(int signal, boolean all) {
        if (all) {
            for (int pid : pids()) {
                Signals.tryKill(pid, signal);
            }
        } else if (!Signals.tryKill(initPid(), signal)) {
            throw new IllegalStateException("container not running");
        }
    }

    private Request enqueue(boolean start, int signal) {
        Request r = new Request(start, signal, new CompletableFuture<>());
        requests.add(r);
        return r;
    }

    /** Requests queued while the tracer thread was busy are answered as the new phase dictates. */
    private synchronized void leaveCreated(Phase next) {
        phase = next;
        for (Request r; (r = requests.poll()) != null; ) {
            if (r.start()) {
                r.done().completeExceptionally(new IllegalStateException(next == Phase.RUNNING
                        ? "cannot start an already running container" : "cannot start a container that has stopped"));
            } else {
                if (next == Phase.RUNNING) {
                    Signals.tryKill(initPid(), r.signal());
                }
                r.done().complete(null);
            }
        }
    }

    private static void await(Request r) {
        try {
            r.done().get();
        } catch (ExecutionException e) {
            throw (RuntimeException) e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }

    /** Whether a signal's default action ends a process: all but CHLD, CONT, URG, WINCH and the stops. */
    private static boolean terminates(int signal) {
        return switch (signal) {
            case Signal.SIGCHLD, Signal.SIGCONT, Signal.SIGURG, Signal.SIGWINCH,
                    Signal.SIGSTOP, Signal.SIGTSTP, Signal.SIGTTIN, Signal.SIGTTOU -> false;
            default -> true;
        };
    }

    private int follow() {
        Signals.forwardTo(initPid(), true);
        try {
            int status = WaitStatus.shellStatus(kernel.tracer().run());
            synchronized (this) {
                phase = Phase.STOPPED;
            }
            // An exec posted while the last tasks went away finds the container stopped.
            kernel.tracer().runPosted();
            return status;
        } finally {
            gofer.close();
        }
    }
}
