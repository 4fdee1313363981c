package io.runj.sentry.syscalls;

import static io.runj.platform.SeccompFilter.Test.ANY_BIT;
import static io.runj.platform.SeccompFilter.Test.EQ;
import static io.runj.platform.SeccompFilter.Test.GE;
import static io.runj.sentry.syscalls.Outcome.PASS;
import static io.runj.sentry.syscalls.Outcome.TRAP;
import static io.runj.sentry.syscalls.Outcome.deny;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;

import io.runj.platform.Errno;
import io.runj.platform.SeccompFilter;
import io.runj.platform.syscall.SyscallInfo;
import io.runj.platform.syscall.SyscallTable;

/**
 * The syscall table: every x86-64 syscall with its disposition, argument rules, and what the
 * sentry does with it today. The seccomp filter ({@link io.runj.sentry.kernel.SeccompPolicy}), the kernel's dispatch
 * and docs/syscalls.md ({@link SyscallsDoc}) are all derived from it.
 *
 * <p>Argument rules live in the BPF filter when the argument is a value in a register (clone and
 * unshare flags, socket family, ioctl request, prctl option, fcntl command, an fd): the filter then
 * decides with no trap, and nothing another thread does can change the value after the check.
 * Values behind pointers (clone3's struct, a sockaddr) are not checked that way: clone3 is refused
 * so that libc falls back to clone, whose flags are in a register.
 */
public final class SyscallDispositions {
    /**
     * Fds from here up are reserved for the sentry's own channels into the guest (the first is the
     * VFS's fd channel): close, dup2 and dup3 onto them trap. Below the default RLIMIT_NOFILE of 1024.
     */
    public static final int RESERVED_FD_FIRST = 1000;

    private static final int CLONE_NEWUSER = 0x10000000;
    /** CLONE_NEWNS | NEWCGROUP | NEWUTS | NEWIPC | NEWPID | NEWNET | NEWTIME, without NEWUSER. */
    private static final int CLONE_NEW_OTHER = 0x00020000 | 0x02000000 | 0x04000000 | 0x08000000
            | 0x20000000 | 0x40000000 | 0x00000080;
    private static final int AF_UNIX = 1;
    private static final int AF_INET = 2;
    private static final int AF_INET6 = 10;
    private static final int AF_NETLINK = 16;
    private static final int F_SETOWN = 8;
    private static final int F_SETOWN_EX = 15;
    private static final int TIOCSTI = 0x5412;
    private static final int TIOCLINUX = 0x541c;
    private static final int FIOSETOWN = 0x8901;
    private static final int SIOCSPGRP = 0x8902;
    private static final int PR_SET_MM = 35;

    private static final TreeMap<Integer, SyscallEntry> TABLE = new TreeMap<>();

    static {
        // Memory, time, scheduling of oneself, and fd-scoped I/O on fds the guest already holds.
        pass("fd-scoped I/O", "read", "write", "pread64", "pwrite64", "readv", "writev", "preadv",
                "pwritev", "preadv2", "pwritev2", "lseek", "sendfile", "splice", "tee", "vmsplice",
                "copy_file_range", "readahead", "fadvise64", "sync_file_range", "fsync", "fdatasync",
                "syncfs", "flock", "fallocate", "fstatfs", "cachestat");
        pass("fd-scoped; answered by the host for the host file the fd is", "fstat");
        pass("memory of the caller", "mmap", "mprotect", "munmap", "brk", "mremap", "msync",
                "mincore", "madvise", "mlock", "munlock", "mlockall", "munlockall", "mlock2",
                "remap_file_pages", "pkey_mprotect", "pkey_alloc", "pkey_free", "mbind",
                "set_mempolicy", "get_mempolicy", "set_mempolicy_home_node", "membarrier",
                "memfd_create", "memfd_secret", "map_shadow_stack", "mseal");
        pass("threads and synchronisation", "futex", "futex_waitv", "futex_wake", "futex_wait",
                "futex_requeue", "set_tid_address", "set_robust_list", "rseq", "arch_prctl",
                "set_thread_area", "get_thread_area", "restart_syscall", "sched_yield", "getcpu",
                "sched_get_priority_max", "sched_get_priority_min");
        pass("time and timers", "nanosleep", "clock_nanosleep", "clock_gettime", "clock_getres",
                "gettimeofday", "time", "getitimer", "setitimer", "alarm", "timer_create",
                "timer_settime", "timer_gettime", "timer_getoverrun", "timer_delete",
                "timerfd_create", "timerfd_settime", "timerfd_gettime");
        pass("signals within the caller's own process", "rt_sigaction", "rt_sigprocmask",
                "rt_sigreturn", "rt_sigpending", "rt_sigtimedwait", "rt_sigsuspend", "sigaltstack",
                "pause", "signalfd", "signalfd4");
        pass("processes: exit, wait (children only), sessions and groups of the caller", "exit",
                "exit_group", "wait4", "waitid", "getpid", "gettid", "getpgrp", "setsid", "setpgid",
                "umask", "getrlimit", "setrlimit", "getrusage", "times", "personality", "seccomp",
                "landlock_create_ruleset", "landlock_add_rule", "landlock_restrict_self",
                "lsm_get_self_attr", "lsm_set_self_attr", "lsm_list_modules");
        pass("fork and vfork: the tracer still hears of the child (PTRACE_O_TRACEFORK)", "fork", "vfork");
        pass("pipes, events, polling", "pipe", "pipe2", "eventfd", "eventfd2", "poll", "ppoll",
                "select", "pselect6", "epoll_create", "epoll_create1", "epoll_ctl", "epoll_wait",
                "epoll_pwait", "epoll_pwait2", "inotify_init", "inotify_init1", "inotify_rm_watch");
        pass("sockets the guest holds; a datagram address naming an AF_UNIX path is resolved by the "
                + "host kernel in the guest's root", "accept", "accept4", "listen", "shutdown",
                "sendto", "recvfrom", "sendmsg", "recvmsg", "sendmmsg", "recvmmsg", "getsockname",
                "getpeername", "setsockopt", "getsockopt", "socketpair");
        pass("System V IPC and POSIX message queues, in the container's IPC namespace", "shmget",
                "shmat", "shmctl", "shmdt", "semget", "semop", "semctl", "semtimedop", "msgget",
                "msgsnd", "msgrcv", "msgctl", "mq_open", "mq_unlink", "mq_timedsend",
                "mq_timedreceive", "mq_notify", "mq_getsetattr");
        pass("Linux AIO on fds the guest holds", "io_setup", "io_destroy", "io_getevents",
                "io_submit", "io_cancel", "io_pgetevents");
        pass("xattrs read through an fd", "fgetxattr", "flistxattr");
        pass("fd duplication to the lowest free fd", "dup");
        pass("randomness; sync of every filesystem is harmless", "getrandom", "sync");

        // Everything that names a path: the VFS will resolve them; today the host kernel does, inside the chroot.
        vfs("resolved by the sentry's path walk; the file is opened by the gofer and its fd installed "
                + "in the guest", "open", "openat", "creat");
        vfs("resolved by the sentry's path walk; the gofer stats the file (an empty path with "
                + "AT_EMPTY_PATH is the fd's own fstat, run by the host)", "stat", "lstat", "newfstatat", "statx");
        vfs("resolved by the sentry's path walk, checked against the caller's credentials",
                "access", "faccessat", "faccessat2");
        vfs("resolved by the sentry's path walk; the gofer reads the link", "readlink", "readlinkat");
        vfs("the virtual cwd; the host's cwd follows it for the calls the host still resolves",
                "chdir", "fchdir", "getcwd");
        vfs("resolved by the sentry's path walk; the gofer statfs the file, with the mount's own flags",
                "statfs");
        vfs("resolved by the sentry's path walk, checked as Linux (EEXIST, EROFS, write and search on the "
                + "parent, a set-group-ID parent's group); the gofer makes the entry. mknod: regular files, "
                + "FIFOs and sockets; devices EPERM", "mkdir", "mkdirat", "mknod", "mknodat", "symlink", "symlinkat");
        vfs("resolved by the sentry's path walk; same mount or EXDEV, no directories, protected_hardlinks' "
                + "rule for non-owners; the gofer links", "link", "linkat");
        vfs("resolved by the sentry's path walk; write and search on the parent, sticky directories, "
                + "mount points EBUSY; the gofer unlinks", "unlink", "unlinkat", "rmdir");
        vfs("resolved by the sentry's path walk; same mount or EXDEV, RENAME_NOREPLACE and RENAME_EXCHANGE, "
                + "the checks of unlink on both ends; the gofer renames", "rename", "renameat", "renameat2");
        vfs("resolved by the sentry's path walk; owner or CAP_FOWNER (chmod, explicit times), CAP_CHOWN "
                + "(chown), write permission (truncate, times set to now), EROFS; the gofer's SETATTR applies "
                + "it. An empty path with AT_EMPTY_PATH, or utimensat's NULL path, is the fd's: as fchmod",
                "chmod", "fchmodat", "fchmodat2", "chown", "lchown", "fchownat", "utime", "utimes", "futimesat",
                "utimensat", "truncate");
        vfs("resolved by the sentry's path walk; user.* by read/write permission, trusted.* with "
                + "CAP_SYS_ADMIN, security.* and system.* written by the owner or CAP_FOWNER; the gofer "
                + "reads and writes them", "getxattr", "lgetxattr", "setxattr", "lsetxattr", "listxattr",
                "llistxattr", "removexattr", "lremovexattr");
        vfs("an fd whose file is on a read-only mount: EROFS (the gofer's fds live on writable host "
                + "mounts); the host runs the rest", "fchmod", "fchown", "ftruncate", "fsetxattr", "fremovexattr");
        host("names a path", "inotify_add_watch");
        // A directory fd may come from the gofer, whose mounts the guest's chroot does not confine.
        checked(PathChecks.dirfds(0), "names a path; a directory fd other than AT_FDCWD: EOPNOTSUPP until "
                + "the VFS emulates the call", Handling.CHECKED, "openat2", "setxattrat", "getxattrat",
                "listxattrat", "removexattrat", "file_getattr", "file_setattr");
        host("execve: the sentry will resolve the program and run it with execveat", "execve");
        checked(PathChecks.dirfds(0), "execve: the sentry will resolve the program and run it with execveat; "
                + "a directory fd other than AT_FDCWD: EOPNOTSUPP until then", Handling.CHECKED, "execveat");
        host("names an AF_UNIX path, or an address the sentry may check", "bind", "connect");
        host("synthetic directories (/proc, /dev) will be answered by the sentry", "getdents", "getdents64");
        host("identity: the sentry will keep the guest's credentials", "getuid", "geteuid", "getgid",
                "getegid", "getresuid", "getresgid", "getgroups", "setuid", "setgid", "setreuid",
                "setregid", "setresuid", "setresgid", "setgroups", "setfsuid", "setfsgid", "capget",
                "capset", "getppid");
        host("UTS namespace and host facts the sentry will answer for the container", "uname",
                "sethostname", "setdomainname", "sysinfo");
        host("mounts: in the guest's mount namespace today, virtual with the VFS", "mount", "umount2");
        entry("close_range").base(TRAP).vfs().note("the range is cut around the reserved fd " + RESERVED_FD_FIRST).add();
        checked(PidChecks::kill, "kill(-1) is emulated: every guest process but the caller and the init",
                Handling.EMULATED, "kill");
        checked(PidChecks.pidOrSelf(0), "a pid outside the sandbox fails with ESRCH", Handling.CHECKED,
                "tkill", "rt_sigqueueinfo", "pidfd_open", "process_vm_readv", "process_vm_writev",
                "migrate_pages");
        checked(PidChecks.twoPids(0, 1), "both pids must be the guest's, else ESRCH", Handling.CHECKED,
                "tgkill", "rt_tgsigqueueinfo", "kcmp");
        checked(PidChecks.pidfd(0), "the pidfd (or /proc/PID fd) must name a guest process, else ESRCH",
                Handling.CHECKED, "pidfd_send_signal", "pidfd_getfd", "process_madvise", "process_mrelease");
        checked(PidChecks::priority, "PRIO_USER fails with EPERM; a pid or group outside the sandbox with ESRCH",
                Handling.CHECKED, "getpriority", "setpriority");
        checked(PidChecks::ioPriority, "IOPRIO_WHO_USER fails with EPERM; a pid or group outside the sandbox with ESRCH",
                Handling.CHECKED, "ioprio_get", "ioprio_set");
        checked(c -> -Errno.EPERM, "a host chroot would let a guest holding CAP_SYS_CHROOT climb out of "
                + "the launcher's chroot", Handling.REFUSED, "chroot");

        // Calls that name another task by pid: pid 0 (the caller) passes in the filter.
        for (String name : List.of("sched_setaffinity", "sched_getaffinity", "sched_setparam",
                "sched_getparam", "sched_setscheduler", "sched_getscheduler", "sched_rr_get_interval",
                "sched_setattr", "sched_getattr", "prlimit64", "getpgid", "getsid", "get_robust_list",
                "move_pages")) {
            entry(name).base(TRAP).rule(0, EQ, 0, PASS, "pid == 0: PASSTHROUGH")
                    .check(PidChecks.pidOrSelf(0), Handling.CHECKED)
                    .note("another pid is checked: outside the sandbox, ESRCH").add();
        }

        // Argument rules in the filter.
        entry("clone").base(PASS)
                .rule(0, ANY_BIT, CLONE_NEWUSER, deny(Errno.EPERM), "CLONE_NEWUSER: DENY EPERM")
                .rule(0, ANY_BIT, CLONE_NEW_OTHER, TRAP, "other CLONE_NEW*: EMULATE")
                .host().note("threads and fork run untrapped; the tracer still hears of every child").add();
        entry("unshare").base(TRAP)
                .rule(0, ANY_BIT, CLONE_NEWUSER, deny(Errno.EPERM), "CLONE_NEWUSER: DENY EPERM")
                .host().note("namespaces will be virtual with the VFS").add();
        entry("clone3").base(deny(Errno.ENOSYS))
                .note("its flags are in memory, where another thread could change them after a check; "
                        + "libc falls back to clone, whose flags the filter sees").add();
        entry("socket").base(deny(Errno.EAFNOSUPPORT))
                .rule(0, EQ, AF_UNIX, PASS, "AF_UNIX: PASSTHROUGH")
                .rule(0, EQ, AF_INET, PASS, "AF_INET: PASSTHROUGH")
                .rule(0, EQ, AF_INET6, PASS, "AF_INET6: PASSTHROUGH")
                .rule(0, EQ, AF_NETLINK, TRAP, "AF_NETLINK: EMULATE")
                .check(PidChecks::netlink, Handling.CHECKED)
                .note("netlink: NETLINK_ROUTE only, else EPROTONOSUPPORT; AF_PACKET and the rest: EAFNOSUPPORT").add();
        entry("ioctl").base(TRAP)
                .rule(1, EQ, TIOCSTI, deny(Errno.EPERM), "TIOCSTI: DENY EPERM")
                .rule(1, EQ, TIOCLINUX, deny(Errno.EPERM), "TIOCLINUX: DENY EPERM")
                .rule(1, EQ, FIOSETOWN, deny(Errno.EPERM), "FIOSETOWN: DENY EPERM")
                .rule(1, EQ, SIOCSPGRP, deny(Errno.EPERM), "SIOCSPGRP: DENY EPERM")
                .rule(1, EQ, 0x5401, PASS, "TCGETS: PASSTHROUGH")
                .rule(1, EQ, 0x5402, PASS, "TCSETS: PASSTHROUGH")
                .rule(1, EQ, 0x5403, PASS, "TCSETSW: PASSTHROUGH")
                .rule(1, EQ, 0x5404, PASS, "TCSETSF: PASSTHROUGH")
                .rule(1, EQ, 0x540f, PASS, "TIOCGPGRP: PASSTHROUGH")
                .rule(1, EQ, 0x5410, PASS, "TIOCSPGRP: PASSTHROUGH")
                .rule(1, EQ, 0x5413, PASS, "TIOCGWINSZ: PASSTHROUGH")
                .rule(1, EQ, 0x5414, PASS, "TIOCSWINSZ: PASSTHROUGH")
                .rule(1, EQ, 0x541b, PASS, "FIONREAD: PASSTHROUGH")
                .rule(1, EQ, 0x5421, PASS, "FIONBIO: PASSTHROUGH")
                .rule(1, EQ, 0x5450, PASS, "FIONCLEX: PASSTHROUGH")
                .rule(1, EQ, 0x5451, PASS, "FIOCLEX: PASSTHROUGH")
                .host().note("TIOCSTI/TIOCLINUX push input into a terminal the host may share; owners would "
                        + "send SIGIO to any pid; other requests trap for the devices the sentry will emulate").add();
        entry("prctl").base(TRAP)
                .rule(0, EQ, PR_SET_MM, deny(Errno.EPERM), "PR_SET_MM: DENY EPERM")
                .rule(0, EQ, 1, PASS, "PR_SET_PDEATHSIG: PASSTHROUGH")
                .rule(0, EQ, 2, PASS, "PR_GET_PDEATHSIG: PASSTHROUGH")
                .rule(0, EQ, 3, PASS, "PR_GET_DUMPABLE: PASSTHROUGH")
                .rule(0, EQ, 4, PASS, "PR_SET_DUMPABLE: PASSTHROUGH")
                .rule(0, EQ, 15, PASS, "PR_SET_NAME: PASSTHROUGH")
                .rule(0, EQ, 16, PASS, "PR_GET_NAME: PASSTHROUGH")
                .rule(0, EQ, 21, PASS, "PR_GET_SECCOMP: PASSTHROUGH")
                .rule(0, EQ, 22, PASS, "PR_SET_SECCOMP: PASSTHROUGH")
                .rule(0, EQ, 29, PASS, "PR_SET_TIMERSLACK: PASSTHROUGH")
                .rule(0, EQ, 30, PASS, "PR_GET_TIMERSLACK: PASSTHROUGH")
                .rule(0, EQ, 36, PASS, "PR_SET_CHILD_SUBREAPER: PASSTHROUGH")
                .rule(0, EQ, 37, PASS, "PR_GET_CHILD_SUBREAPER: PASSTHROUGH")
                .rule(0, EQ, 38, PASS, "PR_SET_NO_NEW_PRIVS: PASSTHROUGH")
                .rule(0, EQ, 39, PASS, "PR_GET_NO_NEW_PRIVS: PASSTHROUGH")
                .rule(0, EQ, 40, PASS, "PR_GET_TID_ADDRESS: PASSTHROUGH")
                .rule(0, EQ, 0x53564d41, PASS, "PR_SET_VMA: PASSTHROUGH")
                .host().note("the other options (capabilities, securebits, keepcaps) trap: the sentry will own "
                        + "the guest's credentials").add();
        entry("fcntl").base(PASS)
                .rule(1, EQ, F_SETOWN, TRAP, "F_SETOWN: EMULATE")
                .rule(1, EQ, F_SETOWN_EX, deny(Errno.EINVAL), "F_SETOWN_EX: DENY EINVAL")
                .check(PidChecks::fcntlSetOwner, Handling.CHECKED)
                .note("an owner outside the sandbox fails with ESRCH; F_SETOWN_EX's owner is in memory, "
                        + "where a racing thread could change it after a check").add();
        for (String name : List.of("close", "dup2", "dup3")) {
            int fdArg = name.equals("close") ? 0 : 1;
            entry(name).base(PASS).rule(fdArg, GE, RESERVED_FD_FIRST, TRAP, "fd >= " + RESERVED_FD_FIRST + ": EMULATE")
                    .vfs().note("fd " + RESERVED_FD_FIRST + " is the sentry's fd channel: EBADF, as for an fd "
                            + "the guest does not have; the others run on the host").add();
        }

        // Refused.
        refuse(Errno.EPERM, "the guest cannot be traced twice, and must not trace the sentry", "ptrace");
        refuse(Errno.EPERM, "loads code into the host kernel", "bpf", "init_module", "finit_module",
                "delete_module", "kexec_load", "kexec_file_load");
        refuse(Errno.EPERM, "observes or controls the host", "perf_event_open", "syslog", "acct",
                "reboot", "swapon", "swapoff", "vhangup", "quotactl", "quotactl_fd", "iopl", "ioperm",
                "lookup_dcookie", "fanotify_init", "fanotify_mark", "userfaultfd");
        refuse(Errno.EPERM, "host time is not the container's to set", "settimeofday", "clock_settime",
                "adjtimex", "clock_adjtime");
        refuse(Errno.EPERM, "escapes the mount or other namespaces", "pivot_root", "setns", "open_tree",
                "open_tree_attr", "move_mount", "fsopen", "fsconfig", "fsmount", "fspick", "mount_setattr");
        refuse(Errno.EPERM, "opens any host file by its handle (the \"shocker\" container escape)", "open_by_handle_at");
        refuse(Errno.EOPNOTSUPP, "handles are useless without open_by_handle_at", "name_to_handle_at");
        refuse(Errno.ENOSYS, "io_uring runs I/O in kernel threads no filter or tracer sees; libraries fall back",
                "io_uring_setup", "io_uring_enter", "io_uring_register");
        refuse(Errno.ENOSYS, "the kernel keyring is not namespaced; as a kernel without keys", "add_key",
                "request_key", "keyctl");
        refuse(Errno.ENOSYS, "host mount and namespace listings; as an older kernel, /proc answers instead",
                "statmount", "listmount", "listns");
        refuse(Errno.ENOSYS, "the LDT and a.out loading: as a kernel built without them", "modify_ldt", "uselib");
        refuse(Errno.ENOSYS, "obsolete or never implemented by Linux", "_sysctl", "ustat", "sysfs",
                "create_module", "get_kernel_syms", "query_module", "nfsservctl", "getpmsg", "putpmsg",
                "afs_syscall", "tuxcall", "security", "vserver", "epoll_ctl_old", "epoll_wait_old");
    }

    private SyscallDispositions() {
    }

    /** The entry for {@code nr}, or null if x86-64 assigns no syscall to it. */
    public static SyscallEntry entry(int nr) {
        return TABLE.get(nr);
    }

    /** Every entry, in number order. */
    public static Collection<SyscallEntry> all() {
        return Collections.unmodifiableCollection(TABLE.values());
    }

    /** The outcome of numbers x86-64 does not assign: ENOSYS, as the kernel answers them. */
    public static Outcome unassigned() {
        return deny(Errno.ENOSYS);
    }

    /** The SECCOMP_RET_* value of {@link #unassigned}. */
    public static int unassignedAction() {
        return unassigned().seccompAction();
    }

    private static void pass(String note, String... names) {
        for (String n : names) {
            entry(n).base(PASS).note(note).add();
        }
    }

    private static void host(String note, String... names) {
        for (String n : names) {
            entry(n).base(TRAP).host().note(note).add();
        }
    }

    private static void vfs(String note, String... names) {
        for (String n : names) {
            entry(n).base(TRAP).vfs().note(note).add();
        }
    }

    private static void checked(SyscallCheck check, String note, Handling handling, String... names) {
        for (String n : names) {
            entry(n).base(TRAP).check(check, handling).note(note).add();
        }
    }

    private static void refuse(int errno, String note, String... names) {
        for (String n : names) {
            entry(n).base(deny(errno)).note(note).add();
        }
    }

    private static Builder entry(String name) {
        SyscallInfo info = SyscallTable.byName(name);
        if (info == null) {
            throw new IllegalStateException("no syscall named " + name);
        }
        return new Builder(info);
    }

    private static final class Builder {
        private final SyscallInfo info;
        private final List<ArgRule> rules = new ArrayList<>();
        private Outcome base;
        private Handling handling;
        private SyscallCheck check;
        private String note;

        Builder(SyscallInfo info) {
            this.info = info;
        }

        Builder base(Outcome o) {
            base = o;
            return this;
        }

        Builder rule(int arg, SeccompFilter.Test test, int value, Outcome o, String text) {
            rules.add(new ArgRule(arg, test, value, o, text));
            return this;
        }

        Builder host() {
            handling = Handling.HOST;
            return this;
        }

        Builder vfs() {
            handling = Handling.VFS;
            return this;
        }

        Builder check(SyscallCheck c, Handling h) {
            check = c;
            handling = h;
            return this;
        }

        Builder note(String n) {
            note = n;
            return this;
        }

        void add() {
            SyscallEntry e = new SyscallEntry(info, base, rules, handling, check, note);
            if (TABLE.putIfAbsent(info.number(), e) != null) {
                throw new IllegalStateException("syscall " + info.name() + " is in the table twice");
            }
        }
    }
}
