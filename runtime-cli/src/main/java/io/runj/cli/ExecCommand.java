package io.runj.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.runj.oci.Capabilities;
import io.runj.oci.ConfigException;
import io.runj.oci.OciJson;
import io.runj.oci.Process;
import io.runj.oci.Spec;
import io.runj.oci.SpecValidator;
import io.runj.oci.State;
import io.runj.oci.User;
import io.runj.platform.HostFs;
import io.runj.platform.Pty;
import io.runj.sentry.control.ControlClient;
import io.runj.sentry.control.ControlException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code runj exec ID CMD...}: a new process in the running container's sandbox, traced by the
 * same sentry. The sentry starts it with this command's stdio (or a new pty's slave) and
 * --preserve-fds, sent over the control socket. As runsc does, the process that stands for it is
 * a runj process, not the guest's: in the foreground this command waits and exits with the
 * process's status; with --detach it leaves a child ({@code runj exec-wait}) that does, and
 * --pid-file names that child, which conmon and containerd-shim wait on.
 */
@Command(name = "exec", description = "Execute a new process inside the container.")
public final class ExecCommand implements Callable<Integer> {
    /** runc's exit code for any failure of exec itself. */
    static final int FAILED = 255;

    @ParentCommand
    Main main;

    @Option(names = "--console-socket", description = "Unix socket to send the pty master to (with --tty).")
    Path consoleSocket;

    @Option(names = "--cwd", description = "Current working directory in the container.")
    String cwd;

    @Option(names = {"-e", "--env"}, description = "Set an environment variable (KEY=VALUE); repeatable.")
    List<String> env = new ArrayList<>();

    @Option(names = {"-t", "--tty"}, description = "Allocate a pseudo-TTY.")
    boolean tty;

    @Option(names = {"-u", "--user"}, description = "UID (format: <uid>[:<gid>]).")
    String user;

    @Option(names = {"-g", "--additional-gids"}, description = "An additional gid; repeatable.")
    List<Long> additionalGids = new ArrayList<>();

    @Option(names = {"-p", "--process"}, description = "Path to the process.json (instead of CMD and the options above).")
    Path process;

    @Option(names = {"-d", "--detach"}, description = "Detach from the container's process.")
    boolean detach;

    @Option(names = "--pid-file", description = "File to write the pid of the runj process that waits for the new process.")
    Path pidFile;

    @Option(names = "--process-label", description = "Accepted for compatibility with runc: SELinux labels are not enforced.")
    String processLabel;

    @Option(names = "--apparmor", description = "Accepted for compatibility with runc: AppArmor profiles are not enforced.")
    String apparmor;

    @Option(names = "--no-new-privs", description = "Set no_new_privs for the process (runj always sets it).")
    boolean noNewPrivs;

    @Option(names = {"-c", "--cap"}, description = "Add a capability to the bounding, effective and permitted sets; repeatable.")
    List<String> caps = new ArrayList<>();

    @Option(names = "--preserve-fds", description = "Pass N additional fds (3 to 3+N-1) to the process.")
    int preserveFds;

    @Option(names = "--cgroup", description = "Accepted for compatibility with runc: the process shares the sandbox's cgroup.")
    List<String> cgroup = new ArrayList<>();

    @Option(names = "--ignore-paused", description = "Accepted for compatibility with runc; runj still refuses a "
            + "paused container, whose sentry is frozen with it.")
    boolean ignorePaused;

    @Parameters(index = "0", paramLabel = "ID", description = "The container's id.")
    String id;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "CMD", description = "The command and its arguments.")
    List<String> command = new ArrayList<>();

    @Override
    public Integer call() throws IOException, InterruptedException {
        try {
            return exec();
        } catch (CliException e) {
            throw new CliException("exec failed: " + e.getMessage(), FAILED);
        }
    }

    private int exec() throws IOException, InterruptedException {
        Container c = Container.load(main.global.root, id);
        if (c.status().equals(State.STATUS_STOPPED)) {
            throw new CliException("cannot exec in a stopped container");
        }
        if (c.status().equals(State.STATUS_PAUSED)) {
            // runc's message; with --ignore-paused runc execs into the frozen cgroup, but here the
            // sentry that would start the process is frozen too.
            throw new CliException("cannot exec in a paused container" + (ignorePaused ? "" : " (use --ignore-paused to override)"));
        }
        if (process == null && command.isEmpty()) {
            throw new CliException("process args cannot be empty");
        }
        Process p = process();
        boolean terminal = Boolean.TRUE.equals(p.getTerminal());
        if (consoleSocket != null && !terminal) {
            throw new CliException("cannot use console socket if runj will not detach or allocate tty");
        }
        if (terminal && detach && consoleSocket == null) {
            throw new CliException("cannot allocate tty if runj will detach without setting console socket");
        }
        int[] preserved = PreservedFds.fromThree(preserveFds, 0, PreservedFds.MAX_MESSAGE - 3);
        int[] fds = new int[3 + preserved.length];
        fds[1] = 1;
        fds[2] = 2;
        System.arraycopy(preserved, 0, fds, 3, preserved.length);
        Pty pty = null;
        TerminalRelay relay = null;
        ControlClient.Exec running;
        try {
            if (terminal) {
                pty = terminal(p);
                if (consoleSocket == null && p.getConsoleSize() == null) {
                    // Sized before the process runs, not when the relay starts after it.
                    TerminalRelay.copyWindowSize(pty.master());
                }
                fds[0] = fds[1] = fds[2] = pty.slave();
            }
            running = c.control().exec(OciJson.writeCompact(p), terminal, fds);
            if (pty != null && consoleSocket == null) {
                relay = TerminalRelay.start(pty.master());
            }
        } catch (ControlException e) {
            throw new CliException(e.getMessage());
        } catch (IOException e) {
            throw new CliException("cannot exec in a stopped container");
        } finally {
            if (pty != null) {
                // The process has its own copy; the master stays open for the relay only.
                HostFs.close(pty.slave());
                if (relay == null) {
                    HostFs.close(pty.master());
                }
            }
        }
        if (detach) {
            ExecWaitCommand.startWaiter(running, pidFile);
            return 0;
        }
        if (pidFile != null) {
            Creation.writePidFile(pidFile, ProcessHandle.current().pid());
        }
        return ExecWaitCommand.await(running, relay);
    }

    /** The process to start: --process's, or the container's own with the options applied, as runc builds it. */
    private Process process() throws IOException {
        Container c = Container.load(main.global.root, id);
        Path bundle = Path.of(c.state().getBundle());
        Spec spec = Bundles.load(bundle);
        Process p;
        if (process != null) {
            try {
                p = OciJson.read(Files.readAllBytes(process), Process.class, process.toString());
            } catch (NoSuchFileException e) {
                throw new CliException("--process " + process + ": no such file");
            } catch (RuntimeException e) {
                throw new CliException("--process " + process + ": " + e.getMessage());
            }
        } else {
            p = spec.getProcess();
            p.setArgs(List.copyOf(command));
            if (cwd != null) {
                p.setCwd(cwd);
            }
            addCapabilities(p);
            List<String> e = new ArrayList<>(p.getEnv() == null ? List.of() : p.getEnv());
            e.addAll(env);
            p.setEnv(e);
            p.setTerminal(tty);
            if (noNewPrivs) {
                p.setNoNewPrivileges(true);
            }
            setUser(p);
        }
        // The container's config with this process in its place: the same checks as at create.
        spec.setProcess(p);
        try {
            SpecValidator.validateOrThrow(spec, bundle);
        } catch (ConfigException e) {
            throw new CliException(e.getMessage());
        }
        return p;
    }

    /** --cap, as runc adds it: to bounding, effective and permitted; to ambient only if inheritable is set. */
    private void addCapabilities(Process p) {
        if (caps.isEmpty()) {
            return;
        }
        Capabilities c = p.getCapabilities() == null ? new Capabilities() : p.getCapabilities();
        c.setBounding(plus(c.getBounding(), caps));
        c.setEffective(plus(c.getEffective(), caps));
        c.setPermitted(plus(c.getPermitted(), caps));
        if (c.getInheritable() != null) {
            c.setAmbient(plus(c.getAmbient(), caps));
        }
        p.setCapabilities(c);
    }

    private static <T> List<T> plus(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a == null ? List.of() : a);
        out.addAll(b);
        return out;
    }

    private void setUser(Process p) {
        User u = p.getUser() == null ? new User() : p.getUser();
        if (user != null) {
            String[] parts = user.split(":", 2);
            try {
                if (parts.length > 1) {
                    u.setGid(Long.parseLong(parts[1]));
                }
                u.setUid(Long.parseLong(parts[0]));
            } catch (NumberFormatException e) {
                throw new CliException("--user " + user + ": expected <uid>[:<gid>] as numbers");
            }
        }
        for (long gid : additionalGids) {
            if (gid < 0) {
                throw new CliException("additional-gids must be a positive number " + gid);
            }
        }
        if (!additionalGids.isEmpty()) {
            u.setAdditionalGids(plus(u.getAdditionalGids(), additionalGids));
        }
        p.setUser(u);
    }

    /** A new pty sized as the process asks; its master goes to --console-socket when given. */
    private Pty terminal(Process p) {
        Pty pty = Terminals.open(p.getConsoleSize());
        if (consoleSocket != null) {
            try {
                ConsoleSocket.send(consoleSocket, pty);
            } catch (RuntimeException e) {
                HostFs.close(pty.master());
                HostFs.close(pty.slave());
                throw e;
            }
        }
        return pty;
    }
}
