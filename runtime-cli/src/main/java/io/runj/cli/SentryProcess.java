package io.runj.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the sentry, {@code runj boot}, as its own JVM: a long-running process, so its JVM flags
 * differ from the short-lived CLI's. It is not a tracee, so ProcessBuilder is safe here. With
 * inheritIO the sentry gets the caller's stdin, stdout and stderr themselves (and no other fd:
 * the JDK closes the rest in the child), and it outlives this JVM: the JDK never kills the
 * processes it started when it exits.
 */
final class SentryProcess {
    private SentryProcess() {
    }

    /** @param consoleSocket where the sentry sends the pty master (process.terminal), or null */
    static Process start(GlobalOptions global, Path bundle, String id, Path readySocket, Path consoleSocket) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        // Serial GC: one tracer thread, a small heap, no concurrent GC threads competing for the
        // two cores the guest also needs.
        cmd.addAll(List.of("-XX:+UseSerialGC", "-Xms16m", "-Xmx256m", "-Xss1m", "-XX:+UseCompressedOops"));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of("--root", global.root.toAbsolutePath().toString()));
        if (global.strace) {
            cmd.add("--strace");
        }
        if (global.debugLog != null) {
            cmd.addAll(List.of("--debug-log", global.debugLog.toAbsolutePath().toString()));
        }
        cmd.addAll(List.of("--network", global.network, "boot", "--bundle", bundle.toString(),
                "--ready-socket", readySocket.toString()));
        if (consoleSocket != null) {
            cmd.addAll(List.of("--console-socket", consoleSocket.toAbsolutePath().toString()));
        }
        cmd.add(id);
        try {
            return new ProcessBuilder(cmd).inheritIO().start();
        } catch (IOException e) {
            throw new CliException("starting the sentry: " + e.getMessage());
        }
    }
}
