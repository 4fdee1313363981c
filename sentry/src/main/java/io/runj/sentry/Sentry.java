package io.runj.sentry;

import io.runj.platform.Signal;
import io.runj.platform.Signals;
import io.runj.platform.WaitStatus;
import io.runj.platform.trace.Tracee;
import io.runj.sentry.exec.GuestLauncher;
import io.runj.sentry.exec.GuestProcess;
import io.runj.sentry.kernel.Kernel;
import io.runj.sentry.kernel.SeccompPolicy;
import io.runj.sentry.strace.Strace;

/**
 * One sandbox: starts the guest init under the kernel's tracer on the calling thread and returns
 * the init's status as a shell sees it (its exit code, or 128+N when signal N killed it).
 */
public final class Sentry {
    /** Signals the sentry passes on to the guest's init rather than dying of them itself. */
    private static final String[] FORWARDED = {"HUP", "INT", "TERM", "USR1", "USR2", "WINCH", "CONT"};

    private Sentry() {
    }

    /** Runs the guest to completion. The calling thread becomes the tracer thread. */
    public static int run(GuestProcess process, Strace strace) {
        Kernel kernel = new Kernel(strace);
        Tracee init = GuestLauncher.launch(kernel.tracer(), process, SeccompPolicy.forGuest(strace != null), strace);
        forwardSignals(init.tgid());
        return WaitStatus.shellStatus(kernel.tracer().run());
    }

    @SuppressWarnings("restriction")
    private static void forwardSignals(int initPid) {
        for (String name : FORWARDED) {
            sun.misc.Signal.handle(new sun.misc.Signal(name), sig -> Signals.tryKill(initPid, sig.getNumber()));
        }
    }
}
