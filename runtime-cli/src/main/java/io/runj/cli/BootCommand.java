package io.runj.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

import io.runj.oci.Rfc3339;
import io.runj.oci.Spec;
import io.runj.oci.Specs;
import io.runj.oci.State;
import io.runj.platform.HostFs;
import io.runj.platform.Pty;
import io.runj.platform.Sessions;
import io.runj.sentry.Sentry;
import io.runj.sentry.cgroup.SandboxCgroup;
import io.runj.sentry.control.ControlServer;
import io.runj.sentry.exec.GuestProcesses;
import io.runj.sentry.exec.InheritedFds;
import io.runj.sentry.exec.SetupException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code runj boot}: the sentry process of one container, started by create and run, not by
 * people. It sets the guest up to its execve, records the container as created, reports to the
 * waiting create over the ready socket, then serves the control socket until started, and exits
 * with the guest's status.
 */
@Command(name = "boot", hidden = true, description = "Run the sentry of a container (internal).")
public final class BootCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--bundle", required = true, description = "The bundle directory.")
    Path bundle;

    @Option(names = "--ready-socket", required = true,
            description = "The socket create listens on for the outcome of the setup.")
    Path readySocket;

    @Option(names = "--console-socket",
            description = "Where to send the pty master when process.terminal is true.")
    Path consoleSocket;

    @Parameters(index = "0", paramLabel = "ID", description = "The container's id.")
    String id;

    @Override
    public Integer call() throws IOException, InterruptedException {
        // Our own session: detached from the caller's terminal and process group, so the caller's
        // ^C or hangup reaches us only when forwarded.
        Sessions.setsid();
        Sentry sentry;
        Path dir;
        Spec spec;
        StateDir stateDir = StateDir.of(main.global.root, id);
        try {
            dir = Bundles.directory(bundle);
            spec = Bundles.load(dir);
            sentry = prepareInCgroup(main.global, stateDir, spec, dir, id, consoleSocket, FdHandoff.receive(stateDir));
        } catch (CliException e) {
            return refuse(e.exitCode(), e.getMessage());
        } catch (SetupException e) {
            return refuse(e.exitCode(), e.getMessage());
        }
        State state = createdState(id, spec, dir);
        long startTime = ProcStat.startTime(ProcessHandle.current().pid());
        StateFile.write(stateDir, new StateFile.Record(state, startTime));
        Runnable started = () -> StateFile.write(stateDir,
                new StateFile.Record(state.setStatus(State.STATUS_RUNNING), startTime));
        try (ControlServer server = ControlServer.start(stateDir.controlSocket(), sentry, started)) {
            ReadySocket.send(readySocket, ReadySocket.CREATED);
            return sentry.awaitStart();
        }
    }

    /** The state of a container whose sentry is this JVM, just created. */
    static State createdState(String id, Spec spec, Path dir) {
        return new State()
                .setOciVersion(Specs.DEFAULT_OCI_VERSION)
                .setId(id)
                .setPid((int) ProcessHandle.current().pid())
                .setStatus(State.STATUS_CREATED)
                .setBundle(dir.toString())
                .setRootfs(dir.resolve(spec.getRoot().getPath()).normalize().toString())
                .setCreated(Rfc3339.format(Instant.now()))
                .setAnnotations(spec.getAnnotations())
                .setOwner("");
    }

    /**
     * Joins the container's cgroup, then sets the guest up: the gofer and the guest's init are
     * born in it, and the sentry then moves to the sandbox's own leaf.
     */
    static Sentry prepareInCgroup(GlobalOptions global, StateDir stateDir, Spec spec, Path dir, String id,
            Path consoleSocket, InheritedFds inherited) {
        SandboxCgroup cgroup = ContainerCgroup.enter(stateDir, spec, id, global.systemdCgroup);
        Sentry sentry = prepare(global, spec, dir, consoleSocket, inherited);
        ContainerCgroup.separate(cgroup, sentry.initPid());
        return sentry;
    }

    /**
     * Sets the guest up to its execve; this thread becomes the tracer thread. With
     * process.terminal, the guest's stdio is a new pty's slave: its master goes to the console
     * socket first, so a receiver that cannot be reached fails the create before any stub
     * exists. The sentry keeps neither end.
     */
    private static Sentry prepare(GlobalOptions global, Spec spec, Path dir, Path consoleSocket, InheritedFds inherited) {
        if (!Bundles.terminal(spec)) {
            return Sentry.prepare(GuestProcesses.fromSpec(spec, dir), null, inherited, global.straceOutput());
        }
        if (consoleSocket == null) {
            throw new CliException("process.terminal is true but no console socket was given");
        }
        Pty pty = Terminals.open(spec.getProcess().getConsoleSize());
        try {
            try {
                ConsoleSocket.send(consoleSocket, pty);
            } finally {
                HostFs.close(pty.master());
            }
            return Sentry.prepare(GuestProcesses.fromSpec(spec, dir), pty, inherited, global.straceOutput());
        } finally {
            HostFs.close(pty.slave());
        }
    }

    /** A setup error is create's to print, as one line: it goes back to create, not to stderr. */
    private int refuse(int exitCode, String message) throws IOException {
        ReadySocket.send(readySocket, ReadySocket.error(exitCode, message));
        return exitCode;
    }
}
