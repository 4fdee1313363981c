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
        cmd.addAll(jvmFlags());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of("--root", global.root.toAbsolutePath().toString()));
        if (global.systemdCgroup) {
            cmd.add("--systemd-cgroup");
        }
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

    /**
     * The sentry's JVM flags. It lives as long as its container, so unlike the CLI it keeps the
     * full tiered JIT (C2 pays off on the tracer loop) and a larger heap; its start-up is still on
     * the critical path of create and run, so it shares the CLI's start-up aids, which bin/runj
     * names in system properties. docs/performance.md has the numbers.
     */
    static List<String> jvmFlags() {
        List<String> flags = new ArrayList<>();
        // Serial GC: one tracer thread, a small heap, no concurrent GC threads competing for the
        // two cores the guest also needs.
        flags.addAll(List.of("-XX:+UseSerialGC", "-Xms16m", "-Xmx256m", "-Xss1m", "-XX:+UseCompressedOops"));
        // Map the CDS archive at the address it was written for instead of relocating it: JDK 17
        // relocates by default (ASLR for the archive), which costs ~50 ms of JVM creation.
        flags.addAll(List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0"));
        String archive = System.getProperty("runj.cds");
        if (archive != null) {
            // runj's classes and the JDK's, parsed and verified at build time: mapped, not loaded.
            // -Xshare:auto and no CDS logging: an archive that does not fit this JVM (another JDK,
            // a rebuilt jar) is ignored without a word on the guest's stderr.
            flags.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off",
                    "-Xlog:cds+dynamic=off"));
        }
        String jffi = System.getProperty("jffi.boot.library.path");
        if (jffi != null) {
            // libjffi extracted at build time: jffi would otherwise copy it out of the jar into /tmp.
            flags.add("-Djffi.boot.library.path=" + jffi);
        }
        String classList = System.getProperty("runj.sentry.classlist");
        if (classList != null) {
            // Only the build's training run (src/build/startup-archive.sh) sets it: the classes
            // the sentry loads go into the CDS archive too.
            flags.add("-XX:DumpLoadedClassList=" + classList);
        }
        return flags;
    }
}
