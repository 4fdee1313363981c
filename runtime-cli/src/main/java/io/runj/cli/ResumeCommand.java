package io.runj.cli;

import java.util.concurrent.Callable;

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
        PauseCommand.setFrozen(main.global.root, id, false);
        return 0;
    }
}
