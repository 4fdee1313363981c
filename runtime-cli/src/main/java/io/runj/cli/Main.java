package io.runj.cli;

import java.io.PrintWriter;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The runj command line: the OCI runtime commands runc has, plus runsc's sandbox options. */
@Command(name = "runj",
        description = "A sandboxing OCI container runtime: guests' system calls are trapped and emulated.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionCommand.Provider.class)
public final class Main implements Runnable {
    /**
     * Every subcommand. Only the one named on the command line is registered: picocli introspects
     * each registered command by reflection, which costs more start-up time than most commands take.
     */
    static final List<Class<?>> COMMANDS = List.of(SpecCommand.class, CreateCommand.class, StartCommand.class,
            StateCommand.class, KillCommand.class, DeleteCommand.class, ListCommand.class, PsCommand.class,
            RunCommand.class, DoCommand.class, BootCommand.class, GoferCommand.class, VersionCommand.class,
            PauseCommand.class, ResumeCommand.class, UpdateCommand.class, EventsCommand.class,
            ExecCommand.class, ExecWaitCommand.class, FeaturesCommand.class);

    @Mixin
    GlobalOptions global;

    public static void main(String[] args) {
        preloadNative(CommandNames.find(args), args);
        System.exit(execute(args));
    }

    /**
     * The sentry's commands (boot, do, a foreground run) and the gofer bind libc first thing
     * after parsing, and jnr-ffi takes ~200 ms of CPU to do it (it generates the binding's bytecode): start it on a second thread while picocli
     * parses the command line (~100 ms), so the two overlap on a second core. The main thread
     * then waits in the class initialisation of {@code Native} only for what is left. A binding
     * that fails still fails the command there, as NoClassDefFoundError (the cause goes to the
     * preload thread, which drops it: a broken libjffi is a broken install).
     */
    private static void preloadNative(String named, String[] args) {
        boolean bindsLibc = "boot".equals(named) || "do".equals(named) || "gofer".equals(named)
                || "exec".equals(named) || "exec-wait".equals(named)
                || "run".equals(named) && !List.of(args).contains("-d") && !List.of(args).contains("--detach");
        if (bindsLibc) {
            Thread preload = new Thread(() -> {
                try {
                    io.runj.platform.Native.getpid();
                } catch (Throwable ignored) {
                    // Reported by the main thread when it uses Native.
                }
            }, "runj-preload-libc");
            preload.setDaemon(true);
            preload.start();
        }
    }

    /** Runs one command line and returns the exit code; errors are one line on stderr, and go to --log. */
    public static int execute(String... args) {
        Main main = new Main();
        CommandLine cl = new CommandLine(main);
        String named = CommandNames.find(args);
        for (Class<?> command : COMMANDS) {
            if (named == null || named.equals(CommandNames.nameOf(command))) {
                cl.addSubcommand(command);
            }
        }
        if (cl.getSubcommands().isEmpty()) {
            COMMANDS.forEach(cl::addSubcommand);
        }
        CommandLine exec = cl.getSubcommands().get(CommandNames.nameOf(ExecCommand.class));
        if (exec != null) {
            // As runc: options end at the id, the rest is the command's ("exec ID sh -c CMD").
            exec.setStopAtPositional(true);
        }
        cl.setExecutionStrategy(parsed -> {
            main.global.checkLogFormat(cl);
            return new CommandLine.RunLast().execute(parsed);
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            if (ex instanceof CliException ce) {
                for (String line : ce.getMessage().split("\n")) {
                    err.println("runj: " + line);
                }
                err.flush();
                main.global.logError(ce.getMessage());
                return ce.exitCode();
            }
            err.println("runj: " + ex);
            main.global.logError(ex.toString());
            if (Boolean.getBoolean("runj.trace")) {
                ex.printStackTrace(err);
            }
            err.flush();
            return 1;
        });
        cl.setParameterExceptionHandler((ex, args2) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            String message = Arity.missingArgumentMessage(ex).orElse(ex.getMessage());
            err.println("runj: " + message);
            main.global.logError(message);
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
            err.flush();
            return CliException.USAGE;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a command is required");
    }
}
