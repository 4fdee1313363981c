package io.runj.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.concurrent.Callable;

import io.runj.oci.State;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code runj resume ID}: thaws a paused container's sandbox. */
@Command(name = "resume", description = "Resume all processes of a paused container.")
public final class ResumeCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "ID", description = "The container's id.")
    String id;

    @Override
    public Integer call() {
        Container c = Container.load(main.global.root, id);
        try (FileChannel lock = c.dir().lock()) {
            c = Container.load(main.global.root, id);
            if (!c.status().equals(State.STATUS_PAUSED)) {
                throw new CliException("container not paused");
            }
            ContainerCgroup.freeze(ContainerCgroup.required(c.dir()), false);
        } catch (IOException e) {
            throw new CliException("resuming container " + id + ": " + e.getMessage());
        }
        return 0;
    }
}
