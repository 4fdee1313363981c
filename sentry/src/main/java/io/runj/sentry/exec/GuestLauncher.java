package io.runj.sentry.exec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.runj.platform.Errno;
import io.runj.platform.FdTransfer;
import io.runj.platform.NativeException;
import io.runj.platform.Pty;
import io.runj.platform.Signal;
import io.runj.platform.Signals;
import io.runj.platform.syscall.SyscallNumbers;
import io.runj.platform.trace.Tracee;
import io.runj.platform.trace.Tracer;
import io.runj.sentry.strace.Strace;
import io.runj.sentry.vfs.Vfs;

/**
 * Turns the seized stub into the container's init: namespaces, hostname, root, cwd, identity,
 * limits, parent-death signal, no_new_privs and the seccomp filter ({@link #prepare}), then, when
 * the container is started, execve of the program ({@link #exec}). Every step is a syscall
 * injected into the stub, so the JVM never forks and the guest's first instruction runs with all
 * of it in force.
 */
public final class GuestLauncher {
    private static final long CLONE_NEWNS = 0x00020000;
    private static final long MS_RDONLY = 1;
    private static final long MS_REMOUNT = 32;
    private static final long MS_BIND = 4096;
    private static final long MS_REC = 16384;
    private static final long MS_PRIVATE = 1 << 18;
    private static final int PR_SET_PDEATHSIG = 1;
    private static final int PR_SET_KEEPCAPS = 8;
    private static final int PR_CAPBSET_DROP = 24;
    private static final int PR_CAP_AMBIENT = 47;
    private static final int PR_CAP_AMBIENT_RAISE = 2;
    /** struct __user_cap_header_struct {version = _LINUX_CAPABILITY_VERSION_3, pid = 0}. */
    private static final long LINUX_CAPABILITY_VERSION_3 = 0x20080522L;
    private static final int PR_SET_NO_NEW_PRIVS = 38;
    private static final int SECCOMP_SET_MODE_FILTER = 1;
    private static final long CLOSE_RANGE_MAX = 0xffffffffL;
    private static final int S_IFCHR = 0020000;
    private static final List<String> DEVICE_NAMES = List.of("null", "zero", "full", "random", "urandom", "tty");
    /** (index in DEVICE_NAMES, major, minor) */
    private static final long[][] DEVICES = {{0, 1, 3}, {1, 1, 5}, {2, 1, 7}, {3, 1, 8}, {4, 1, 9}, {5, 5, 0}};
    private static final String[][] DEV_LINKS = {{"fd", "/proc/self/fd"}, {"stdin", "/proc/self/fd/0"},
        {"stdout", "/proc/self/fd/1"}, {"stderr", "/proc/self/fd/2"}, {"ptmx", "pts/ptmx"}};
    private static final int AF_UNIX = 1;
    private static final int SOCK_SEQPACKET = 5;
    private static final long AT_FDCWD = -100;
    /** sizeof(struct stat) and offsetof(st_mode) on x86-64. */
    private static final int STAT_SIZE = 144;
    private static final int ST_MODE = 24;
    private static final int S_IFMT = 0170000;
    private static final int S_IFREG = 0100000;
    private static final int O_RDONLY = 0;
    private static final int O_CLOEXEC = 0x80000;
    /** The namespaces an exec'd process joins: /proc/PID/ns name and clone flag, mount last. */
    private static final String[][] NAMESPACE_FILES = {{"uts", "67108864"}, {"ipc", "134217728"},
        {"net", "1073741824"}, {"mnt", "131072"}};

    private GuestLauncher() {
    }

    /**
     * Spawns the stub and turns it into the container's init, all but the final execve: the
     * returned guest has run none of its own code. A failed step kills and reaps the stub.
     *
     * @param terminal the pty whose slave becomes the guest's stdio and controlling terminal, or
     *                 null to keep the sentry's stdio
     */
    public static PreparedGuest prepare(Tracer tracer, GuestProcess p, byte[] seccompProgram, Pty terminal) {
        return prepare(tracer, p, seccompProgram, terminal, InheritedFds.NONE);
    }

    /** As above, with {@code inherited} as the guest's fds from 3 on. */
    public static PreparedGuest prepare(Tracer tracer, GuestProcess p, byte[] seccompProgram, Pty terminal,
            InheritedFds inherited) {
        int stdio = terminal == null ? -1 : terminal.slave();
        int[] fds = new int[3 + inherited.fds().length];
        java.util.Arrays.fill(fds, 0, 3, stdio);
        System.arraycopy(inherited.fds(), 0, fds, 3, inherited.fds().length);
        Tracee stub = tracer.spawnStub(fds);
        try {
            return setUp(tracer, stub, inherited.environment(p, stub.tgid()), seccompProgram, terminal != null, fds.length);
        } catch (RuntimeException e) {
            abandon(tracer, stub);
            throw e;
        }
    }

    /**
     * Execs the prepared program; from here on the guest runs its own code. A failed execve
     * kills and reaps the stub.
     *
     * @param strace where the guest's execve is reported, or null
     */
    public static void exec(Tracer tracer, PreparedGuest g, Strace strace) {
        try {
            execve(g, strace);
        } catch (RuntimeException e) {
            abandon(tracer, g.init());
            throw e;
        }
    }

    private static void execve(PreparedGuest g, Strace strace) {
        StubSetup s = g.setup();
        long[] args = {g.path(), g.argv(), g.envp(), 0, 0, 0};
        // Formatted before the call: a successful exec replaces the memory holding the strings.
        String entry = strace == null ? null : strace.entry(SyscallNumbers.EXECVE, args, s.memory());
        long rc = s.tryCall(SyscallNumbers.EXECVE, args[0], args[1], args[2]);
        if (entry != null) {
            strace.finish(s.tid(), SyscallNumbers.EXECVE, entry, args, rc);
        }
        if (rc != 0) {
            int errno = (int) -rc;
            throw new SetupException("exec: \"" + g.program() + "\": " + Errno.message(errno),
                    errno == Errno.ENOENT ? 127 : 126);
        }
    }

    /** Nothing half-started survives a failure: kill the stub and reap it. */
    private static void abandon(Tracer tracer, Tracee stub) {
        Signals.tryKill(stub.tid(), Signal.SIGKILL);
        tracer.run();
    }

    private static PreparedGuest setUp(Tracer tracer, Tracee stub, GuestProcess p, byte[] seccompProgram,
            boolean terminal, int keep) {
        StubSetup s = new StubSetup(tracer.injector(), tracer.memory(stub.tid()), stub.tid());
        // Nothing the JVM holds open may reach the guest: only stdio and the inherited fds.
        s.call("close_range", SyscallNumbers.CLOSE_RANGE, keep, CLOSE_RANGE_MAX, 0);
        s.call("setsid", SyscallNumbers.SETSID);
        int[] channel = fdChannel(s);
        if (terminal) {
            // A session leader without a terminal acquires its stdin, the fresh pty's slave.
            s.call("ioctl(TIOCSCTTY)", SyscallNumbers.IOCTL, 0, Pty.TIOCSCTTY, 0);
        }
        if (p.namespaces() != 0) {
            s.call("unshare", SyscallNumbers.UNSHARE, p.namespaces());
        }
        if ((p.namespaces() & CLONE_NEWNS) != 0) {
            // Mounts made inside must not propagate back to the host.
            s.call("make / private", SyscallNumbers.MOUNT, 0, s.string("/"), 0, MS_REC | MS_PRIVATE, 0);
            mountRoot(s, p);
        }
        if (p.hostname() != null) {
            byte[] h = p.hostname().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            s.call("sethostname " + p.hostname(), SyscallNumbers.SETHOSTNAME, s.bytes(h), h.length);
        }
        s.call("chroot " + p.rootfs(), SyscallNumbers.CHROOT, s.string(p.rootfs().toString()));
        return becomeGuest(stub, s, p, seccompProgram, channel[0], channel[1]);
    }

    /**
     * {@code runj exec}: a new process in the running sandbox of {@code init}, in its namespaces
     * and root, traced by the same tracer, and exec'd at once. {@code fds[i]} becomes the process's
     * fd {@code i} (stdio, then the preserved fds), and {@code channel} (the guest's end of the
     * VFS's fd channel) its reserved fd. A failed step kills and reaps the stub.
     *
     * @param container the container's process, for its root and namespaces
     * @param p         what to run, as whom, where
     * @param terminal  fd 0 is a terminal that becomes the process's controlling terminal
     * @param beforeRun called with the new process once it has exec'd, before it runs
     */
    public static Tracee launch(Tracer tracer, GuestProcess container, int initPid, GuestProcess p, int[] fds,
            int channel, boolean terminal, byte[] seccompProgram, Strace strace, java.util.function.Consumer<Tracee> beforeRun) {
        int[] map = java.util.Arrays.copyOf(fds, Vfs.CHANNEL_FD + 1);
        java.util.Arrays.fill(map, fds.length, Vfs.CHANNEL_FD, -1);
        map[Vfs.CHANNEL_FD] = channel;
        Tracee stub = tracer.spawnProcess(map);
        try {
            StubSetup s = new StubSetup(tracer.injector(), tracer.memory(stub.tid()), stub.tid());
            // What the JVM holds open stays out: only the given fds and the reserved one are kept.
            if (fds.length < Vfs.CHANNEL_FD) {
                s.call("close_range", SyscallNumbers.CLOSE_RANGE, fds.length, Vfs.CHANNEL_FD - 1, 0);
            }
            s.call("close_range", SyscallNumbers.CLOSE_RANGE, Vfs.CHANNEL_FD + 1, CLOSE_RANGE_MAX, 0);
            s.call("setsid", SyscallNumbers.SETSID);
            if (terminal) {
                s.call("ioctl(TIOCSCTTY)", SyscallNumbers.IOCTL, 0, Pty.TIOCSCTTY, 0);
            }
            enterNamespaces(s, initPid, container.namespaces());
            s.call("chroot " + container.rootfs(), SyscallNumbers.CHROOT, s.string(container.rootfs().toString()));
            execve(becomeGuest(stub, s, p, seccompProgram, -1, -1), strace);
        } catch (RuntimeException e) {
            // Inside the tracer's loop, which reaps it.
            Signals.tryKill(stub.tid(), Signal.SIGKILL);
            throw e;
        }
        beforeRun.accept(stub);
        tracer.release(stub);
        return stub;
    }

    /** setns into each of the init's namespaces; the mount namespace last, as it moves our root. */
    private static void enterNamespaces(StubSetup s, int initPid, long namespaces) {
        for (String[] ns : NAMESPACE_FILES) {
            long flag = Long.parseLong(ns[1]);
            if ((namespaces & flag) == 0) {
                continue;
            }
            String path = "/proc/" + initPid + "/ns/" + ns[0];
            long fd = s.call("open " + path, SyscallNumbers.OPENAT, AT_FDCWD, s.string(path), O_RDONLY | O_CLOEXEC, 0);
            s.call("setns " + path, SyscallNumbers.SETNS, fd, flag);
            s.call("close", SyscallNumbers.CLOSE, fd);
        }
    }

    /**
     * The steps the init and an exec'd process share, from the cwd on: limits, capabilities,
     * identity, parent-death signal, no_new_privs, the program's lookup and the seccomp filter.
     */
    private static PreparedGuest becomeGuest(Tracee stub, StubSetup s, GuestProcess p, byte[] seccompProgram,
            int channel, int guestChannel) {
        s.call("chdir " + p.cwd(), SyscallNumbers.CHDIR, s.string(p.cwd()));
        // As root, before the identity change, as runc reads it.
        List<String> env = HomeDirectory.environment(s, p);
        // Limits first: raising a hard limit needs CAP_SYS_RESOURCE, which may be dropped next.
        for (long[] r : p.rlimits()) {
            s.call("setrlimit " + r[0], SyscallNumbers.PRLIMIT64, 0, r[0], s.longs(r[1], r[2]), 0);
        }
        if (p.capabilities() != null) {
            dropBounding(s, p.capabilities().bounding());
            // Keep the permitted set across the uid change; capset then sets it exactly.
            s.call("prctl(PR_SET_KEEPCAPS)", SyscallNumbers.PRCTL, PR_SET_KEEPCAPS, 1);
        }
        setIdentity(s, p);
        if (p.capabilities() != null) {
            setCapabilities(s, p.capabilities());
        }
        // After the identity change, which would clear it: die with the tracer thread.
        s.call("prctl(PR_SET_PDEATHSIG)", SyscallNumbers.PRCTL, PR_SET_PDEATHSIG, Signal.SIGKILL);
        s.call("prctl(PR_SET_NO_NEW_PRIVS)", SyscallNumbers.PRCTL, PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
        // Looked up as the guest's user inside its root, as runc does at create: a missing
        // program fails here, before the container counts as created.
        String path = lookPath(s, p);
        long argv = s.stringArray(p.args());
        long envp = s.stringArray(env);
        long filter = s.bytes(seccompProgram);
        s.call("seccomp", SyscallNumbers.SECCOMP, SECCOMP_SET_MODE_FILTER, 0,
                s.longs(seccompProgram.length / 8, filter));
        return new PreparedGuest(stub, s, p.args().get(0), s.string(path), argv, envp, channel, guestChannel);
    }

    /**
     * The VFS's fd channel: a socket pair made in the stub, one end left at the reserved fd
     * {@link Vfs#CHANNEL_FD} (not close-on-exec, so it survives the guest's execs and is shared
     * by its forks), the other taken by the sentry with pidfd_getfd. Returns the sentry's end and
     * a copy of the guest's end, which exec'd processes get as their reserved fd.
     */
    private static int[] fdChannel(StubSetup s) {
        long pair = s.reserve(8);
        s.call("socketpair", SyscallNumbers.SOCKETPAIR, AF_UNIX, SOCK_SEQPACKET, 0, pair);
        byte[] fds = s.memory().read(pair, 8);
        int guestEnd = (fds[0] & 0xff) | (fds[1] & 0xff) << 8 | (fds[2] & 0xff) << 16 | (fds[3] & 0xff) << 24;
        int sentryEnd = (fds[4] & 0xff) | (fds[5] & 0xff) << 8 | (fds[6] & 0xff) << 16 | (fds[7] & 0xff) << 24;
        s.call("dup2 to the fd channel", SyscallNumbers.DUP2, guestEnd, Vfs.CHANNEL_FD);
        s.call("close", SyscallNumbers.CLOSE, guestEnd);
        int mine;
        int guests;
        try {
            mine = FdTransfer.take(s.tid(), sentryEnd);
            guests = FdTransfer.take(s.tid(), Vfs.CHANNEL_FD);
        } catch (NativeException e) {
            throw new SetupException("taking the fd channel: " + e.getMessage(), 1);
        }
        s.call("close", SyscallNumbers.CLOSE, sentryEnd);
        return new int[] {mine, guests};
    }

    /** The root's own mounts, made in the guest's mount namespace before it is entered. */
    private static void mountRoot(StubSetup s, GuestProcess p) {
        long root = s.string(p.rootfs().toString());
        if (p.rootBind() != null) {
            s.call("bind " + p.rootBind() + " on " + p.rootfs(), SyscallNumbers.MOUNT,
                    s.string(p.rootBind().toString()), root, 0, MS_BIND | MS_REC, 0);
        } else if (p.readonlyRoot()) {
            // Remounting read-only needs a mount of its own at the root.
            s.call("bind " + p.rootfs(), SyscallNumbers.MOUNT, root, root, 0, MS_BIND | MS_REC, 0);
        }
        for (KernelMount m : p.kernelMounts()) {
            String target = p.rootfs().resolve(m.destination().substring(1)).toString();
            long t = s.string(target);
            // A missing mount point is made, as runc does; EEXIST is the usual answer.
            s.tryCall(SyscallNumbers.MKDIR, t, 0755);
            s.call(m.type() + " on " + m.destination(), SyscallNumbers.MOUNT, s.string(m.type()), t,
                    s.string(m.type()), m.flags(), s.string(m.data()));
            if (m.destination().equals("/dev")) {
                populateDev(s, target);
            }
        }
        if (p.readonlyRoot()) {
            s.call("remount " + p.rootfs() + " read-only", SyscallNumbers.MOUNT, 0, root, 0,
                    MS_REMOUNT | MS_BIND | MS_RDONLY, 0);
        }
    }

    /**
     * The devices and links every container's /dev has (runc's default set), made in the fresh
     * tmpfs while the stub still has CAP_MKNOD. A umask of 0 gives the nodes their 0666.
     */
    private static void populateDev(StubSetup s, String dev) {
        long oldUmask = s.call("umask", SyscallNumbers.UMASK, 0);
        for (long[] d : DEVICES) {
            String name = DEVICE_NAMES.get((int) d[0]);
            s.call("mknod /dev/" + name, SyscallNumbers.MKNODAT, AT_FDCWD, s.string(dev + "/" + name),
                    S_IFCHR | 0666, (d[1] << 8) | d[2]);
        }
        for (String[] link : DEV_LINKS) {
            s.call("symlink /dev/" + link[0], SyscallNumbers.SYMLINKAT, s.string(link[1]), AT_FDCWD,
                    s.string(dev + "/" + link[0]));
        }
        s.call("umask", SyscallNumbers.UMASK, oldUmask);
    }

    /** Drops every capability the kernel has that {@code keep} does not name from the bounding set. */
    private static void dropBounding(StubSetup s, long keep) {
        int last = lastCapability();
        for (int cap = 0; cap <= last; cap++) {
            if ((keep & (1L << cap)) == 0) {
                s.call("drop capability " + cap + " from the bounding set", SyscallNumbers.PRCTL, PR_CAPBSET_DROP, cap);
            }
        }
    }

    private static int lastCapability() {
        try {
            return Integer.parseInt(Files.readString(Path.of("/proc/sys/kernel/cap_last_cap")).trim());
        } catch (IOException | NumberFormatException e) {
            throw new SetupException("reading /proc/sys/kernel/cap_last_cap: " + e.getMessage(), 1);
        }
    }

    /** capset(2) with the v3 header (64-bit sets as two 32-bit words), then the ambient raises. */
    private static void setCapabilities(StubSetup s, CapabilitySets c) {
        long header = s.longs(LINUX_CAPABILITY_VERSION_3);
        long data = s.longs(
                (c.effective() & 0xffffffffL) | (c.permitted() & 0xffffffffL) << 32,
                (c.inheritable() & 0xffffffffL) | (c.effective() >>> 32) << 32,
                (c.permitted() >>> 32) | (c.inheritable() >>> 32) << 32);
        s.call("capset", SyscallNumbers.CAPSET, header, data);
        // As runc does, an ambient capability the kernel refuses (one not also inheritable and
        // permitted, as in runc's default config) is skipped, not an error.
        for (int cap = 0; cap < 64; cap++) {
            if ((c.ambient() & (1L << cap)) != 0) {
                s.tryCall(SyscallNumbers.PRCTL, PR_CAP_AMBIENT, PR_CAP_AMBIENT_RAISE, cap, 0, 0);
            }
        }
    }

    private static void setIdentity(StubSetup s, GuestProcess p) {
        List<Long> groups = p.additionalGids();
        long list = groups.isEmpty() ? 0 : s.longs(packInts(groups));
        s.call("setgroups", SyscallNumbers.SETGROUPS, groups.size(), list);
        s.call("setresgid " + p.gid(), SyscallNumbers.SETRESGID, p.gid(), p.gid(), p.gid());
        s.call("setresuid " + p.uid(), SyscallNumbers.SETRESUID, p.uid(), p.uid(), p.uid());
        if (p.umask() != null) {
            s.call("umask", SyscallNumbers.UMASK, p.umask());
        }
    }

    /** gid_t is 32 bits: two per long, little-endian. */
    private static long[] packInts(List<Long> values) {
        long[] out = new long[(values.size() + 1) / 2];
        for (int i = 0; i < values.size(); i++) {
            out[i / 2] |= (values.get(i) & 0xffffffffL) << (32 * (i % 2));
        }
        return out;
    }

    /**
     * The program as execvp would find it: a name without a slash is looked for in each $PATH
     * directory of the guest's environment, and the first executable regular file wins.
     */
    private static String lookPath(StubSetup s, GuestProcess p) {
        String name = p.args().get(0);
        List<String> candidates = new ArrayList<>();
        if (name.contains("/")) {
            candidates.add(name);
        } else {
            for (String dir : searchPath(p.env())) {
                candidates.add((dir.isEmpty() ? "." : dir) + "/" + name);
            }
        }
        long stat = s.reserve(STAT_SIZE);
        int firstError = Errno.ENOENT;
        for (String path : candidates) {
            long rc = s.tryCall(SyscallNumbers.NEWFSTATAT, AT_FDCWD, s.string(path), stat, 0);
            int errno = rc < 0 ? (int) -rc : executableError(s.memory().read(stat + ST_MODE, 4));
            if (errno == 0) {
                return path;
            }
            if (errno != Errno.ENOENT && errno != Errno.ENOTDIR && firstError == Errno.ENOENT) {
                firstError = errno;
            }
        }
        if (!name.contains("/") && firstError == Errno.ENOENT) {
            throw new SetupException("exec: \"" + name + "\": executable file not found in $PATH", 127);
        }
        throw new SetupException("exec: \"" + name + "\": " + Errno.message(firstError),
                firstError == Errno.ENOENT ? 127 : 126);
    }

    /** 0 for a regular file with an execute bit, as Go's LookPath checks; EACCES otherwise. */
    private static int executableError(byte[] mode) {
        int m = (mode[0] & 0xff) | (mode[1] & 0xff) << 8 | (mode[2] & 0xff) << 16;
        return (m & S_IFMT) == S_IFREG && (m & 0111) != 0 ? 0 : Errno.EACCES;
    }

    private static List<String> searchPath(List<String> env) {
        for (String e : env) {
            if (e.startsWith("PATH=")) {
                return List.of(e.substring(5).split(":", -1));
            }
        }
        return List.of();
    }
}
