package io.runj.sentry;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;

import io.runj.platform.Native;
import io.runj.platform.Pty;
import io.runj.platform.Signal;
import io.runj.platform.Signals;
import io.runj.platform.WaitStatus;
import io.runj.sentry.exec.GuestLauncher;
import io.runj.sentry.exec.GuestProcess;
import io.runj.sentry.exec.PreparedGuest;
import io.runj.sentry.exec.SetupException;
import io.runj.sentry.kernel.Kernel;
import io.runj.sentry.kernel.SeccompPolicy;
import io.runj.sentry.strace.Strace;

/**
 * One sandbox. The thread that prepares it is the tracer thread: it alone makes ptrace requests,
 * so requests from other threads (start, and kill before start) are queued to it. The guest's
 * status is returned as a shell sees it: its exit code, or 128+N when signal N killed it.
 */
public final class Sentry {
    /** Signals the sentry passes on to the guest's init rather than dying of them itself. */
    private static final String[] FORWARDED = {"HUP", "INT", "TERM", "USR1", "USR2", "WINCH", "CONT"};

    private enum Phase { CREATED, RUNNING, STOPPED }

    private record Request(boolean start, int signal, CompletableFuture<Void> done) {
    }

    private final Kernel kernel;
    private final PreparedGuest guest;
    private final Strace strace;
    /** The tracer thread's tid: what /proc/PID/status shows as TracerPid of every guest task. */
    private final int tracerTid = Native.gettid();
    private final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();
    private Phase phase = Phase.CREATED;

    private Sentry(Kernel kernel, PreparedGuest guest, Strace strace) {
        this.kernel = kernel;
        this.guest = guest;
        this.strace = strace;
    }

    /** Prepares and starts the guest at once and runs it to completion on the calling thread. */
    public static int run(GuestProcess process, Strace strace) {
        Sentry s = prepare(process, null, strace);
        GuestLauncher.exec(s.kernel.tracer(), s.guest, strace);
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
        Kernel kernel = new Kernel(strace);
        return new Sentry(kernel, GuestLauncher.prepare(kernel.tracer(), process,
                SeccompPolicy.forGuest(strace != null), terminal), strace);
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
        while (true) {
            Request r = requests.take();
            if (r.start()) {
                try {
                    GuestLauncher.exec(kernel.tracer(), guest, strace);
                } catch (RuntimeException e) {
                    leaveCreated(Phase.STOPPED);
                    r.done().completeExceptionally(e);
                    return e instanceof SetupException se ? se.exitCode() : 1;
                }
                leaveCreated(Phase.RUNNING);
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
        forwardSignals(initPid());
        return WaitStatus.shellStatus(kernel.tracer().run());
    }

    @SuppressWarnings("restriction")
    private static void forwardSignals(int initPid) {
        for (String name : FORWARDED) {
            sun.misc.Signal.handle(new sun.misc.Signal(name), sig -> Signals.tryKill(initPid, sig.getNumber()));
        }
    }
}
