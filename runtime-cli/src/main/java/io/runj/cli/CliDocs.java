package io.runj.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes docs/cli.md from the picocli model of every command in {@link Main#COMMANDS}. Run as a
 * main class (with the path of the file to write, or to standard output); CliDocsTest fails when
 * the committed file differs. The exit codes are not in the model, so they are written here.
 */
public final class CliDocs {
    static final String REGENERATE = "java -cp runtime-cli/target/runj.jar io.runj.cli.CliDocs docs/cli.md";

    private CliDocs() {
    }

    public static void main(String[] args) throws IOException {
        String text = render();
        if (args.length == 0) {
            System.out.print(text);
        } else {
            Files.writeString(Path.of(args[0]), text, StandardCharsets.UTF_8);
        }
    }

    public static String render() {
        CommandLine cl = new CommandLine(new Main());
        Main.COMMANDS.forEach(cl::addSubcommand);
        CommandSpec root = cl.getCommandSpec();
        StringBuilder b = new StringBuilder();
        b.append("<!-- GENERATED from the picocli commands in io.runj.cli (Main.COMMANDS, GlobalOptions) and\n")
                .append("     io.runj.cli.CliDocs: do not edit. After changing a command, build and regenerate\n")
                .append("     (from the repository root):\n")
                .append("       mvn -B -q -o -DskipTests package && ").append(REGENERATE).append("\n")
                .append("     CliDocsTest fails while this file is stale. -->\n\n");
        b.append("# The runj command line\n\n");
        b.append(String.join(" ", root.usageMessage().description())).append("\n\n");
        b.append("runj takes runc's commands, flags and exit codes, so container managers call it as they call\n")
                .append("runc, plus runsc's sandbox flags. Global options come before the command name:\n")
                .append("`runj [GLOBAL OPTIONS] COMMAND [OPTIONS] ARGS`.\n\n");
        b.append("## Global options\n\n");
        options(b, root);
        List<CommandSpec> commands = root.subcommands().values().stream().map(CommandLine::getCommandSpec)
                .distinct().collect(Collectors.toList());
        b.append("## Commands\n\n");
        for (CommandSpec c : commands) {
            if (!c.usageMessage().hidden()) {
                command(b, c);
            }
        }
        b.append("## Internal commands\n\n");
        b.append("runj starts these itself; they are not for people or container managers.\n\n");
        for (CommandSpec c : commands) {
            if (c.usageMessage().hidden()) {
                command(b, c);
            }
        }
        exitCodes(b);
        return b.toString();
    }

    private static void command(StringBuilder b, CommandSpec c) {
        b.append("### runj ").append(c.name()).append("\n\n");
        b.append(String.join(" ", c.usageMessage().description())).append("\n\n");
        StringBuilder usage = new StringBuilder("runj [GLOBAL OPTIONS] ").append(c.name());
        if (!c.options().isEmpty()) {
            usage.append(" [OPTIONS]");
        }
        for (PositionalParamSpec p : c.positionalParameters()) {
            String label = p.paramLabel() + (p.arity().max() > 1 ? "..." : "");
            usage.append(' ').append(p.arity().min() == 0 ? "[" + label + "]" : label);
        }
        if (!c.unmatchedArgsBindings().isEmpty()) {
            usage.append(" [ARGS...]");
        }
        b.append("Usage: `").append(usage).append("`\n\n");
        if (!c.positionalParameters().isEmpty()) {
            b.append("| argument | default | description |\n|---|---|---|\n");
            for (PositionalParamSpec p : c.positionalParameters()) {
                b.append("| `").append(p.paramLabel()).append("` | ").append(defaultOf(p)).append(" | ")
                        .append(cell(p.description())).append(" |\n");
            }
            b.append('\n');
        }
        if (!c.options().isEmpty()) {
            options(b, c);
        }
    }

    private static void options(StringBuilder b, CommandSpec c) {
        b.append("| option | value | default | description |\n|---|---|---|---|\n");
        for (OptionSpec o : c.options()) {
            String names = List.of(o.names()).stream().map(n -> "`" + n + "`").collect(Collectors.joining(", "));
            String value = o.arity().max() == 0 ? "" : "`" + o.paramLabel().replace("|", "\\|") + "`"
                    + (o.arity().min() == 0 ? " (optional)" : "");
            b.append("| ").append(names).append(" | ").append(value).append(" | ").append(defaultOf(o))
                    .append(" | ").append(cell(o.description())).append(" |\n");
        }
        b.append('\n');
    }

    /** The declared default, else the field's initial value when it says something (not false, "" or null). */
    private static String defaultOf(ArgSpec a) {
        Object v = a.defaultValue() != null ? a.defaultValue() : a.initialValue();
        String s = v == null || Boolean.FALSE.equals(v) ? "" : v.toString();
        return s.isEmpty() ? "" : "`" + s + "`";
    }

    private static String cell(String[] description) {
        return String.join(" ", description).replace("|", "\\|");
    }

    private static void exitCodes(StringBuilder b) {
        b.append("## Exit codes\n\n");
        b.append("Errors are one line on stderr, `runj: MESSAGE`, also appended to `--log` when given (as\n")
                .append("logrus JSON lines with `--log-format json`).\n\n");
        b.append("| status | when |\n|---:|---|\n");
        b.append("| 0 | Success; also `--help` and `--version`. |\n");
        b.append("| ").append(CliException.USAGE).append(" | Any other error: an unknown command or option, a missing argument,")
                .append(" an invalid bundle or config.json, an unknown or duplicate id, a command in the wrong state,")
                .append(" a failed setup step of the guest, a sentry that died before the container was created. |\n");
        b.append("| 126 | `create`, `run`, `do`: the program was found but cannot be executed (not a regular file,")
                .append(" no execute bit, permission denied). |\n");
        b.append("| 127 | `create`, `run`, `do`: the program does not exist, or a name without `/` is in no")
                .append(" directory of the guest's `$PATH` (`exec: \"x\": executable file not found in $PATH`). |\n");
        b.append("| guest's | `run` in the foreground and `do`: the guest init's status as a shell reports it,")
                .append(" its exit code or 128+N when signal N killed it. The sentry (the container's pid, written")
                .append(" to `--pid-file`) exits with the same status. `exec` in the foreground and the")
                .append(" `exec-wait` process `exec --detach` writes to `--pid-file`: the exec'd process's status. |\n");
        b.append("| ").append(ExecCommand.FAILED).append(" | `exec`: any failure of exec itself, as runc (`exec failed: ...`),")
                .append(" the program's lookup included. |\n\n");
        b.append("`run` whose `start` fails (the execve fails after create) exits with the sentry's status for it:\n")
                .append("126 or 127 as above.\n");
    }
}
