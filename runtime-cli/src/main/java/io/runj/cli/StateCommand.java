package io.runj.cli;

import java.util.concurrent.Callable;

import io.runj.oci.OciJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code runj state ID}: the container's state as JSON, exactly as runc prints it. */
@Command(name = "state", description = "Output the state of a container.")
public final class StateCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "ID", description = "The container's id.")
    String id;

    @Override
    public Integer call() {
        System.out.print(OciJson.writeState(Container.load(main.global.root, id).state()));
        System.out.flush();
        return 0;
    }
}
