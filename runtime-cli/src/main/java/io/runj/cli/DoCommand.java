package io.runj.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.runj.sentry.Sentry;
import io.runj.sentry.exec.GuestProcess;
import io.runj.sentry.exec.KernelMount;
import io.runj.sentry.exec.SetupException;
import io.runj.sentry.vfs.MountTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code runj do -- CMD}: runs a command in a sandbox over the host's root filesystem, read-only,
 * with a private tmpfs on /tmp; no bundle needed. This JVM is the sentry: there is no container
 * state to outlive the command, so a second JVM would only add its start-up time.
 */
@Command(name = "do", description = "Run a command in a sandbox over the host's root filesystem (read-only; /tmp is a private tmpfs).")
public final class DoCommand implements Callable<Integer> {
    private static final long CLONE_NEWNS = 0x00020000L;
    private static final long CLONE_NEWUTS = 0x04000000L;
    private static final long CLONE_NEWIPC = 0x08000000L;
    private static final long CLONE_NEWNET = 0x40000000L;

    private static final com.sun.security.auth.module.UnixSystem USER = new com.sun.security.auth.module.UnixSystem();

    private static final KernelMount PRIVATE_TMP = KernelMount.of("/tmp", "tmpfs", List.of("nosuid", "nodev", "mode=1777"));

    @ParentCommand
    Main main;

    @Option(names = "--rw", description = "Leave the host's root filesystem writable.")
    boolean rw;

    @Parameters(arity = "1..*", paramLabel = "CMD", description = "The command and its arguments.")
    List<String> command;

    @Override
    public Integer call() throws IOException {
        long namespaces = CLONE_NEWNS | CLONE_NEWUTS | CLONE_NEWIPC;
        switch (main.global.network) {
            case "none" -> namespaces |= CLONE_NEWNET;
            case "host" -> { }
            default -> throw new CliException("--network: unknown value " + main.global.network + " (expected none or host)");
        }
        Path mountpoint = Files.createTempDirectory("runj-do-");
        try {
            GuestProcess p = new GuestProcess(mountpoint, Path.of("/"), !rw, List.of(PRIVATE_TMP),
                    List.copyOf(command), environment(), cwd(), USER.getUid(), USER.getGid(), List.of(), null, null,
                    namespaces, List.of(), null, true, MountTable.hostRoot(rw));
            return Sentry.run(p, main.global.straceOutput());
        } catch (SetupException e) {
            throw new CliException(e.getMessage(), e.exitCode());
        } finally {
            Files.deleteIfExists(mountpoint);
        }
    }

    private static List<String> environment() {
        List<String> env = new ArrayList<>();
        for (Map.Entry<String, String> e : System.getenv().entrySet()) {
            env.add(e.getKey() + "=" + e.getValue());
        }
        return env;
    }

    /** The caller's cwd, unless the fresh /tmp hides it. */
    private static String cwd() {
        String cwd = Path.of("").toAbsolutePath().toString();
        return cwd.equals("/tmp") || cwd.startsWith("/tmp/") ? "/" : cwd;
    }
}
