package io.runj.platform;

import jnr.ffi.Pointer;

/**
 * posix_spawn(3) without the JDK: the child is not a {@link Process}, so the JDK's reaper thread
 * never waits for it and cannot steal its ptrace stops. Signal mask and dispositions are reset so
 * the guest does not inherit the JVM's.
 */
public final class Spawn {
    private static final short POSIX_SPAWN_SETSIGDEF = 0x04;
    private static final short POSIX_SPAWN_SETSIGMASK = 0x08;
    private static final int SYS_FCNTL = 72;
    private static final int F_DUPFD_CLOEXEC = 1030;

    private Spawn() {
    }

    /** Spawns {@code path} with {@code argv} and an empty environment; returns its pid. */
    public static int spawn(String path, String... argv) {
        return spawn(-1, path, argv);
    }

    /**
     * Spawns {@code path} as {@link #spawn(String, String...)} does, with {@code stdio} dup2'ed
     * onto its fds 0, 1 and 2 (a terminal's slave, say); a negative {@code stdio} keeps the caller's.
     */
    public static int spawn(int stdio, String path, String... argv) {
        return spawn(stdio < 0 ? new int[0] : new int[] {stdio, stdio, stdio}, path, argv);
    }

    /**
     * Spawns {@code path} with {@code fds[i]} dup2'ed onto its fd {@code i} (a negative entry
     * leaves fd {@code i} as it is). Sources are first copied above every target, so one dup2
     * cannot overwrite the source of a later one.
     */
    public static int spawn(int[] fds, String path, String... argv) {
        int[] sources = fds.clone();
        for (int i = 0; i < sources.length; i++) {
            if (sources[i] >= 0 && sources[i] < fds.length) {
                sources[i] = (int) Native.check("fcntl(F_DUPFD_CLOEXEC)",
                        Native.LIBC.syscall(SYS_FCNTL, fds[i], F_DUPFD_CLOEXEC, fds.length, 0, 0, 0));
            }
        }
        try {
            return spawnMapped(sources, path, argv);
        } finally {
            for (int i = 0; i < sources.length; i++) {
                if (sources[i] != fds[i]) {
                    HostFs.close(sources[i]);
                }
            }
        }
    }

    private static int spawnMapped(int[] fds, String path, String... argv) {
        LibC c = Native.LIBC;
        Pointer actions = Native.allocate(128);
        Pointer attr = Native.allocate(512);
        Pointer sigs = Native.allocate(128);
        Pointer pid = Native.allocate(8);
        Pointer argvArr = Native.allocate(8 * (argv.length + 1));
        Pointer[] keep = new Pointer[argv.length];
        for (int i = 0; i < argv.length; i++) {
            byte[] b = (argv[i] + "\0").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            keep[i] = Native.allocate(b.length);
            keep[i].put(0, b, 0, b.length);
            argvArr.putLong(8L * i, keep[i].address());
        }
        Pointer envp = Native.allocate(8);
        c.posix_spawnattr_init(attr.address());
        c.posix_spawn_file_actions_init(actions.address());
        try {
            for (int fd = 0; fd < fds.length; fd++) {
                if (fds[fd] < 0) {
                    continue;
                }
                int rc = c.posix_spawn_file_actions_adddup2(actions.address(), fds[fd], fd);
                if (rc != 0) {
                    throw new NativeException("posix_spawn_file_actions_adddup2", rc);
                }
            }
            c.posix_spawnattr_setflags(attr.address(), (short) (POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK));
            c.sigfillset(sigs.address());
            c.posix_spawnattr_setsigdefault(attr.address(), sigs.address());
            c.sigemptyset(sigs.address());
            c.posix_spawnattr_setsigmask(attr.address(), sigs.address());
            int rc = c.posix_spawn(pid.address(), path, actions.address(), attr.address(), argvArr.address(), envp.address());
            if (rc != 0) {
                throw new NativeException("posix_spawn " + path, rc);
            }
            return pid.getInt(0);
        } finally {
            c.posix_spawnattr_destroy(attr.address());
            c.posix_spawn_file_actions_destroy(actions.address());
            java.lang.ref.Reference.reachabilityFence(keep);
        }
    }
}
