package io.runj.cli;

import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

import io.runj.sentry.strace.Strace;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options every runj command accepts before the command name, as runc's and runsc's do. */
public final class GlobalOptions {
    @Option(names = "--root", description = "Directory for container state (default: /run/runj).")
    Path root = Path.of("/run/runj");

    @Option(names = "--log", description = "Log file for runtime errors and debug output.")
    Path log;

    @Option(names = "--log-format", description = "Log format: text or json.", defaultValue = "text")
    String logFormat;

    @Option(names = "--debug", description = "Enable debug logging.")
    boolean debug;

    @Option(names = "--strace", description = "Print every guest syscall, as strace does, to stderr or the --debug-log file.")
    boolean strace;

    @Option(names = "--debug-log", description = "File for the sentry's debug and --strace output.")
    Path debugLog;

    @Option(names = "--systemd-cgroup", description = "Accepted for compatibility with runc.")
    boolean systemdCgroup;

    @Option(names = "--rootless", description = "Accepted for compatibility with runc: true, false or auto.", arity = "0..1", fallbackValue = "true")
    String rootless;

    @Option(names = "--network", description = "Sandbox network: none or host.", defaultValue = "none")
    String network;

    @Option(names = "--platform", description = "Syscall interception platform: ptrace.", defaultValue = "ptrace")
    String platform;

    /** --log-format is checked before any command runs, as runc does. */
    void checkLogFormat(CommandLine cl) {
        if (!logFormat.equals("text") && !logFormat.equals("json")) {
            throw new CommandLine.ParameterException(cl, "unknown log-format \"" + logFormat + "\"");
        }
    }

    /** An error, also appended to --log when given (the one-line stderr message stays). */
    void logError(String message) {
        if (log != null) {
            RuntimeLog.write(log, logFormat, "error", message);
        }
    }

    /** A warning, appended to --log when given (the caller prints it too). */
    void logWarning(String message) {
        if (log != null) {
            RuntimeLog.write(log, logFormat, "warning", message);
        }
    }

    /** Where --strace lines go: the --debug-log file when given, else stderr; null without --strace. */
    Strace straceOutput() {
        if (!strace) {
            return null;
        }
        if (debugLog == null) {
            return new Strace(System.err);
        }
        try {
            return new Strace(new PrintStream(new FileOutputStream(debugLog.toFile(), true), true));
        } catch (FileNotFoundException e) {
            throw new CliException("--debug-log " + debugLog + ": " + e.getMessage());
        }
    }
}
