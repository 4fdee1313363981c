package io.runj.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.runj.oci.State;
import io.runj.platform.Signal;
import io.runj.sentry.cgroup.SandboxCgroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code runj pause ID}: freezes the whole sandbox with the freezer cgroup (v1 freezer.state,
 * v2 cgroup.freeze), the sentry and gofer with the guest, as runc freezes the container. While
 * paused nothing can answer on the control socket, so the status is read from the freezer.
 */
@Command(name = "pause", description = "Suspend all processes of a container, its sentry and gofer included.")
public final class PauseCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "ID", description = "The container's id.")
    String id;

    @Override
    public Integer call() {
        setFrozen(main.global.root, id, true);
        return 0;
    }

    /** pause and resume: under the lock, a created or running container is frozen, a paused one thawed. */
    static void setFrozen(Path root, String id, boolean frozen) {
        Container c = Container.load(root, id);
        try (FileChannel lock = c.dir().lock()) {
            c = Container.load(root, id);
            String status = c.status();
            if (frozen && !status.equals(State.STATUS_RUNNING) && !status.equals(State.STATUS_CREATED)) {
                throw new CliException("container not running");
            }
            if (!frozen && !status.equals(State.STATUS_PAUSED)) {
                throw new CliException("container not paused");
            }
            ContainerCgroup.freeze(ContainerCgroup.required(c.dir()), frozen);
        } catch (IOException e) {
            throw new CliException((frozen ? "pausing" : "resuming") + " container " + id + ": " + e.getMessage());
        }
    }

    /**
     * kill of a paused container: the sentry, frozen, must be thawed to deliver the signal. SIGKILL
     * leaves the container thawed, as runc thaws it so the kill takes effect; any other signal is
     * delivered and the sandbox frozen again, as runc leaves it pending in a paused container.
     */
    static void killPaused(Container c, int signal, boolean all) throws IOException {
        SandboxCgroup cg = ContainerCgroup.required(c.dir());
        ContainerCgroup.freeze(cg, false);
        try {
            c.control().kill(signal, all);
        } finally {
            if (signal != Signal.SIGKILL) {
                ContainerCgroup.freeze(cg, true);
            }
        }
    }
}
