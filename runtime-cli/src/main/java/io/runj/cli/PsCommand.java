package io.runj.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.runj.oci.State;
import io.runj.sentry.control.ControlException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Unmatched;

/**
 * {@code runj ps ID [PS_ARGS]}: the guest's processes, as host pids. As runc does, the table is
 * the host's {@code ps} output (default {@code -ef}) cut down to the container's processes.
 */
@Command(name = "ps", description = "List the processes running inside a container.")
public final class PsCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = {"-f", "--format"}, description = "table or json.", defaultValue = "table")
    String format;

    @Parameters(index = "0", paramLabel = "ID", description = "The container's id.")
    String id;

    /** Everything after the id, options included, is ps's. */
    @Unmatched
    List<String> psArgs = new ArrayList<>();

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!format.equals("table") && !format.equals("json")) {
            throw new CliException("invalid format option");
        }
        Container c = Container.load(main.global.root, id);
        if (c.status().equals(State.STATUS_STOPPED)) {
            throw new CliException("container not running");
        }
        List<Integer> pids;
        try {
            pids = c.status().equals(State.STATUS_PAUSED)
                    ? ContainerCgroup.required(c.dir()).guestProcesses(c.sentryPid()).stream().map(Long::intValue).toList()
                    : c.control().ps();
        } catch (ControlException e) {
            throw new CliException(e.getMessage());
        } catch (IOException e) {
            throw new CliException("container not running");
        }
        System.out.print(format.equals("json") ? pids.toString().replace(" ", "") + "\n" : table(pids));
        System.out.flush();
        return 0;
    }

    /** ps's header and the lines whose PID column is a guest's. */
    private String table(List<Integer> pids) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("ps"));
        cmd.addAll(psArgs.isEmpty() ? List.of("-ef") : psArgs);
        Process ps = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(ps.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (ps.waitFor() != 0) {
            throw new CliException(String.join(" ", cmd) + " failed: " + out.trim());
        }
        String[] lines = out.split("\n");
        int column = List.of(lines[0].trim().split("\\s+")).indexOf("PID");
        if (column < 0) {
            throw new CliException("couldn't find PID field in ps output");
        }
        StringBuilder table = new StringBuilder(lines[0]).append('\n');
        for (int i = 1; i < lines.length; i++) {
            String[] fields = lines[i].trim().split("\\s+");
            if (fields.length > column && fields[column].matches("\\d{1,9}") && pids.contains(Integer.valueOf(fields[column]))) {
                table.append(lines[i]).append('\n');
            }
        }
        return table.toString();
    }
}
