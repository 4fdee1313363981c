package io.runj.platform;

import jnr.ffi.annotations.IgnoreError;

/**
 * The glibc entry points runj uses, bound by jnr-ffi. Addresses are passed as raw longs (direct
 * buffers owned by the caller) so the hot path allocates nothing. Only this package sees it; the
 * rest of runj goes through the typed wrappers, which turn errno into {@link NativeException}.
 */
public interface LibC {
    long ptrace(long request, int pid, long addr, long data);

    int waitpid(int pid, long statusAddr, int options);

    int kill(int pid, int sig);

    long syscall(long number, long a1, long a2, long a3, long a4, long a5, long a6);

    int posix_spawn(long pidAddr, String path, long fileActions, long attr, long argv, long envp);

    int posix_spawn_file_actions_init(long fileActions);

    int posix_spawn_file_actions_destroy(long fileActions);

    int posix_spawn_file_actions_adddup2(long fileActions, int fd, int newFd);

    int posix_spawn_file_actions_addchdir_np(long fileActions, String path);

    int posix_spawnattr_init(long attr);

    int posix_spawnattr_destroy(long attr);

    int posix_spawnattr_setflags(long attr, short flags);

    int posix_spawnattr_setsigmask(long attr, long sigset);

    int posix_spawnattr_setsigdefault(long attr, long sigset);

    int sigfillset(long sigset);

    int sigemptyset(long sigset);

    int memfd_create(String name, int flags);

    long write(int fd, long buf, long count);

    int close(int fd);

    @IgnoreError
    int getpid();

    @IgnoreError
    int gettid();

    int sched_setaffinity(int pid, long cpusetsize, long mask);

    int sched_getcpu();
}
