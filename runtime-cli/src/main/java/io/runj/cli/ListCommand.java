package io.runj.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.runj.oci.OciJson;
import io.runj.oci.State;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code runj list}: the containers under --root, as runc's table, ids (-q), or JSON. */
@Command(name = "list", description = "List the containers under --root.")
public final class ListCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = {"-f", "--format"}, description = "table or json.", defaultValue = "table")
    String format;

    @Option(names = {"-q", "--quiet"}, description = "Print only the ids.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("table") && !format.equals("json")) {
            throw new CliException("invalid format option");
        }
        List<State> states = states(main.global.root.toAbsolutePath());
        StringBuilder out = new StringBuilder();
        if (quiet) {
            states.forEach(s -> out.append(s.getId()).append('\n'));
        } else if (format.equals("json")) {
            // Go's json.Encoder: compact, a trailing newline, and null for no containers.
            out.append(states.isEmpty() ? "null" : OciJson.writeCompact(states)).append('\n');
        } else {
            out.append(table(states));
        }
        System.out.print(out);
        System.out.flush();
        return 0;
    }

    /** Every container with a state, in id order, with its live status and its directory's owner. */
    private static List<State> states(Path root) throws IOException {
        List<Path> dirs = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(root, Files::isDirectory)) {
            s.forEach(dirs::add);
        } catch (NoSuchFileException e) {
            return List.of();
        }
        dirs.sort(null);
        List<State> states = new ArrayList<>();
        for (Path dir : dirs) {
            String id = dir.getFileName().toString();
            try {
                State s = Container.load(root, id).state();
                states.add(s.setOwner(Files.getOwner(dir).getName()));
            } catch (CliException | NoSuchFileException e) {
                // Not a container (yet, or any more): runc skips those too.
            }
        }
        return states;
    }

    /** Go's tabwriter(minwidth 12, padding 3) over runc's columns; the last column is not padded. */
    private static String table(List<State> states) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "PID", "STATUS", "BUNDLE", "CREATED", "OWNER"});
        for (State s : states) {
            rows.add(new String[] {s.getId(), String.valueOf(s.getPid()), s.getStatus(), s.getBundle(),
                s.getCreated(), s.getOwner()});
        }
        int[] width = new int[5];
        for (String[] r : rows) {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.max(width[i], Math.max(12, r[i].length() + 3));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            for (int i = 0; i < width.length; i++) {
                out.append(r[i]).append(" ".repeat(width[i] - r[i].length()));
            }
            out.append(r[5]).append('\n');
        }
        return out.toString();
    }
}
