package io.runj.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.runj.oci.AtomicFiles;
import io.runj.oci.Spec;
import io.runj.oci.State;

/**
 * What create and run share: claim the id, start the sentry, wait until it reports the guest set
 * up (or fails, in which case nothing is left behind), and write the --pid-file.
 */
final class Creation {
    /** The runtime spec's status while create runs, as hooks see it. */
    private static final String STATUS_CREATING = "creating";

    /** A created container: its directory and its sentry, a child of this JVM. */
    record Created(StateDir dir, Process sentry) {
    }

    private Creation() {
    }

    /**
     * @param consoleSocket --console-socket, or null
     * @param pidFile       --pid-file, or null
     * @param preserveFds   --preserve-fds
     */
    static Created create(GlobalOptions global, Path bundle, String id, Path consoleSocket, Path pidFile,
            int preserveFds) throws InterruptedException {
        ContainerIds.check(id);
        Path dir = Bundles.directory(bundle);
        return create(global, dir, Bundles.load(dir), id, consoleSocket, pidFile, preserveFds);
    }

    /** As above, for a bundle directory whose config.json the caller has loaded. */
    static Created create(GlobalOptions global, Path dir, Spec spec, String id, Path consoleSocket, Path pidFile,
            int preserveFds) throws InterruptedException {
        checkConsole(spec, consoleSocket);
        int listen = PreservedFds.listenFds();
        int[] inherited = PreservedFds.fromThree(preserveFds, listen, PreservedFds.MAX_MESSAGE);
        StateDir state = StateDir.create(global.root, id);
        Created created = null;
        try {
            created = startSentry(global, dir, state, consoleSocket, inherited, listen);
            runCreateHooks(state, spec);
            if (pidFile != null) {
                writePidFile(pidFile, created.sentry().pid());
            }
            return created;
        } catch (RuntimeException | InterruptedException e) {
            if (created != null) {
                created.sentry().destroyForcibly().waitFor();
            }
            state.remove();
            throw e;
        }
    }

    /** runc's rule: a console socket exactly when process.terminal is true. */
    static void checkConsole(Spec spec, Path consoleSocket) {
        if (consoleSocket != null && !Bundles.terminal(spec)) {
            throw new CliException("cannot use console socket if runj will not detach or allocate tty");
        }
        if (consoleSocket == null && Bundles.terminal(spec)) {
            throw new CliException("cannot allocate tty if runj will detach without setting console socket");
        }
    }

    /** prestart, createRuntime, createContainer: the sandbox exists, the guest has not run. */
    private static void runCreateHooks(StateDir state, Spec spec) {
        if (spec.getHooks() == null) {
            return;
        }
        try (FileChannel lock = state.lock()) {
            LifecycleHooks.save(state, spec.getHooks());
            State creating = Container.load(state.path().getParent(), state.id()).hookState(STATUS_CREATING);
            LifecycleHooks.run(spec.getHooks(), LifecycleHooks.Kind.PRESTART, creating);
            LifecycleHooks.run(spec.getHooks(), LifecycleHooks.Kind.CREATE_RUNTIME, creating);
            LifecycleHooks.run(spec.getHooks(), LifecycleHooks.Kind.CREATE_CONTAINER, creating);
        } catch (IOException e) {
            throw new CliException("state directory " + state.path() + ": " + e.getMessage());
        }
    }

    /** @param inherited the caller's fds from 3 on for the guest, {@code listen} of them socket activation's */
    private static Created startSentry(GlobalOptions global, Path bundle, StateDir state, Path consoleSocket,
            int[] inherited, int listen) throws InterruptedException {
        try (FileChannel lock = state.lock(); ReadySocket ready = ReadySocket.listen(state.readySocket());
                FdHandoff handoff = FdHandoff.offer(state, inherited, listen)) {
            Process sentry = SentryProcess.start(global, bundle, state.id(), state.readySocket(), consoleSocket);
            try {
                if (handoff != null) {
                    handoff.deliver(sentry);
                }
                ready.await(sentry);
            } catch (RuntimeException | InterruptedException e) {
                // A sentry that reported an error is on its way out; one that did not is stopped.
                if (!sentry.waitFor(5, TimeUnit.SECONDS)) {
                    sentry.destroyForcibly().waitFor();
                }
                throw e;
            }
            return new Created(state, sentry);
        } catch (IOException e) {
            throw new CliException("state directory " + state.path() + ": " + e.getMessage());
        }
    }

    /** A pid, as runc writes --pid-file: digits, no newline, replaced atomically. */
    static void writePidFile(Path pidFile, long pid) {
        Path target = pidFile.toAbsolutePath();
        try {
            AtomicFiles.write(target, Long.toString(pid).getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new CliException("writing --pid-file " + target + ": " + e.getMessage());
        }
    }
}
