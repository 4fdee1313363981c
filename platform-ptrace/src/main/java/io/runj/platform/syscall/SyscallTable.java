package io.runj.platform.syscall;

import static io.runj.platform.syscall.ArgKind.*;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The x86-64 Linux syscall table: every number the kernel assigns (0..334 and 424..470; 335..423
 * are reserved on x86-64 to line up with the other architectures' numbering, and 512..547 are the
 * x32 ABI's, not reachable from 64-bit code).
 *
 * <p>Argument kinds follow the kernel's SYSCALL_DEFINE signatures; the less common calls use the
 * generic kinds (INT, HEX, HEX_VALUE, STRUCT_PTR).
 */
public final class SyscallTable {

    private static final TreeMap<Integer, SyscallInfo> BY_NUMBER = new TreeMap<>();
    private static final Map<String, SyscallInfo> BY_NAME = new HashMap<>();

    static {
        def(0, "read", FD, BUF_OUT, SIZE);
        def(1, "write", FD, BUF_IN, SIZE);
        def(2, "open", PATH, OPEN_FLAGS, OPEN_MODE);
        def(3, "close", FD);
        def(4, "stat", PATH, STRUCT_PTR);
        def(5, "fstat", FD, STRUCT_PTR);
        def(6, "lstat", PATH, STRUCT_PTR);
        def(7, "poll", STRUCT_PTR, UINT, INT);
        def(8, "lseek", FD, LONG, WHENCE);
        def(9, "mmap", ReturnKind.HEX, HEX, SIZE, PROT, MMAP_FLAGS, FD, HEX_VALUE);
        def(10, "mprotect", HEX, SIZE, PROT);
        def(11, "munmap", HEX, SIZE);
        def(12, "brk", ReturnKind.HEX, HEX);
        def(13, "rt_sigaction", SIGNAL, STRUCT_PTR, STRUCT_PTR, SIZE);
        def(14, "rt_sigprocmask", SIG_HOW, SIGSET, SIGSET_OUT, SIZE);
        def(15, "rt_sigreturn");
        def(16, "ioctl", FD, IOCTL_REQ, IOCTL_ARG);
        def(17, "pread64", FD, BUF_OUT, SIZE, LONG);
        def(18, "pwrite64", FD, BUF_IN, SIZE, LONG);
        def(19, "readv", FD, STRUCT_PTR, INT);
        def(20, "writev", FD, STRUCT_PTR, INT);
        def(21, "access", PATH, ACCESS_MODE);
        def(22, "pipe", FD_PAIR);
        def(23, "select", INT, STRUCT_PTR, STRUCT_PTR, STRUCT_PTR, STRUCT_PTR);
        def(24, "sched_yield");
        def(25, "mremap", ReturnKind.HEX, HEX, SIZE, SIZE, MREMAP_FLAGS, MREMAP_NEW_ADDR);
        def(26, "msync", HEX, SIZE, HEX_VALUE);
        def(27, "mincore", HEX, SIZE, HEX);
        def(28, "madvise", HEX, SIZE, MADVISE_ADVICE);
        def(29, "shmget", HEX_VALUE, SIZE, HEX_VALUE);
        def(30, "shmat", ReturnKind.HEX, INT, HEX, HEX_VALUE);
        def(31, "shmctl", INT, INT, STRUCT_PTR);
        def(32, "dup", FD);
        def(33, "dup2", FD, FD);
        def(34, "pause");
        def(35, "nanosleep", TIMESPEC, HEX);
        def(36, "getitimer", INT, STRUCT_PTR);
        def(37, "alarm", UINT);
        def(38, "setitimer", INT, STRUCT_PTR, STRUCT_PTR);
        def(39, "getpid");
        def(40, "sendfile", FD, FD, HEX, SIZE);
        def(41, "socket", SOCKET_FAMILY, SOCKET_TYPE, SOCKET_PROTOCOL);
        def(42, "connect", FD, STRUCT_PTR, UINT);
        def(43, "accept", FD, STRUCT_PTR, HEX);
        def(44, "sendto", FD, BUF_IN, SIZE, MSG_FLAGS, STRUCT_PTR, UINT);
        def(45, "recvfrom", FD, BUF_OUT, SIZE, MSG_FLAGS, STRUCT_PTR, HEX);
        def(46, "sendmsg", FD, STRUCT_PTR, MSG_FLAGS);
        def(47, "recvmsg", FD, STRUCT_PTR, MSG_FLAGS);
        def(48, "shutdown", FD, INT);
        def(49, "bind", FD, STRUCT_PTR, UINT);
        def(50, "listen", FD, INT);
        def(51, "getsockname", FD, STRUCT_PTR, HEX);
        def(52, "getpeername", FD, STRUCT_PTR, HEX);
        def(53, "socketpair", SOCKET_FAMILY, SOCKET_TYPE, SOCKET_PROTOCOL, FD_PAIR);
        def(54, "setsockopt", FD, INT, INT, HEX, UINT);
        def(55, "getsockopt", FD, INT, INT, HEX, HEX);
        def(56, "clone", CLONE_FLAGS, HEX, HEX, HEX, HEX);
        def(57, "fork");
        def(58, "vfork");
        def(59, "execve", PATH, ARGV, ENVP);
        def(60, "exit", ReturnKind.NONE, INT);
        def(61, "wait4", INT, WAIT_STATUS, WAIT_OPTIONS, STRUCT_PTR);
        def(62, "kill", INT, SIGNAL);
        def(63, "uname", STRUCT_PTR);
        def(64, "semget", HEX_VALUE, INT, HEX_VALUE);
        def(65, "semop", INT, STRUCT_PTR, UINT);
        def(66, "semctl", INT, INT, INT, HEX_VALUE);
        def(67, "shmdt", HEX);
        def(68, "msgget", HEX_VALUE, HEX_VALUE);
        def(69, "msgsnd", INT, STRUCT_PTR, SIZE, HEX_VALUE);
        def(70, "msgrcv", INT, STRUCT_PTR, SIZE, LONG, HEX_VALUE);
        def(71, "msgctl", INT, INT, STRUCT_PTR);
        def(72, "fcntl", FD, FCNTL_CMD, FCNTL_ARG);
        def(73, "flock", FD, INT);
        def(74, "fsync", FD);
        def(75, "fdatasync", FD);
        def(76, "truncate", PATH, LONG);
        def(77, "ftruncate", FD, LONG);
        def(78, "getdents", FD, STRUCT_PTR, UINT);
        def(79, "getcwd", PATH_OUT, SIZE);
        def(80, "chdir", PATH);
        def(81, "fchdir", FD);
        def(82, "rename", PATH, PATH);
        def(83, "mkdir", PATH, MODE);
        def(84, "rmdir", PATH);
        def(85, "creat", PATH, MODE);
        def(86, "link", PATH, PATH);
        def(87, "unlink", PATH);
        def(88, "symlink", PATH, PATH);
        def(89, "readlink", PATH, BUF_OUT, SIZE);
        def(90, "chmod", PATH, MODE);
        def(91, "fchmod", FD, MODE);
        def(92, "chown", PATH, UID, UID);
        def(93, "fchown", FD, UID, UID);
        def(94, "lchown", PATH, UID, UID);
        def(95, "umask", ReturnKind.OCTAL, MODE);
        def(96, "gettimeofday", STRUCT_PTR, STRUCT_PTR);
        def(97, "getrlimit", RLIMIT_RESOURCE, STRUCT_PTR);
        def(98, "getrusage", INT, STRUCT_PTR);
        def(99, "sysinfo", STRUCT_PTR);
        def(100, "times", STRUCT_PTR);
        def(101, "ptrace", PTRACE_REQ, INT, HEX, HEX);
        def(102, "getuid");
        def(103, "syslog", INT, HEX, INT);
        def(104, "getgid");
        def(105, "setuid", UID);
        def(106, "setgid", UID);
        def(107, "geteuid");
        def(108, "getegid");
        def(109, "setpgid", INT, INT);
        def(110, "getppid");
        def(111, "getpgrp");
        def(112, "setsid");
        def(113, "setreuid", UID, UID);
        def(114, "setregid", UID, UID);
        def(115, "getgroups", INT, STRUCT_PTR);
        def(116, "setgroups", INT, STRUCT_PTR);
        def(117, "setresuid", UID, UID, UID);
        def(118, "getresuid", HEX, HEX, HEX);
        def(119, "setresgid", UID, UID, UID);
        def(120, "getresgid", HEX, HEX, HEX);
        def(121, "getpgid", INT);
        def(122, "setfsuid", UID);
        def(123, "setfsgid", UID);
        def(124, "getsid", INT);
        def(125, "capget", STRUCT_PTR, STRUCT_PTR);
        def(126, "capset", STRUCT_PTR, STRUCT_PTR);
        def(127, "rt_sigpending", SIGSET_OUT, SIZE);
        def(128, "rt_sigtimedwait", SIGSET, STRUCT_PTR, TIMESPEC, SIZE);
        def(129, "rt_sigqueueinfo", INT, SIGNAL, STRUCT_PTR);
        def(130, "rt_sigsuspend", SIGSET, SIZE);
        def(131, "sigaltstack", STRUCT_PTR, STRUCT_PTR);
        def(132, "utime", PATH, STRUCT_PTR);
        def(133, "mknod", PATH, MKNOD_MODE, DEV);
        def(134, "uselib", PATH);
        def(135, "personality", HEX_VALUE);
        def(136, "ustat", UINT, STRUCT_PTR);
        def(137, "statfs", PATH, STRUCT_PTR);
        def(138, "fstatfs", FD, STRUCT_PTR);
        def(139, "sysfs", INT, HEX_VALUE, HEX_VALUE);
        def(140, "getpriority", INT, INT);
        def(141, "setpriority", INT, INT, INT);
        def(142, "sched_setparam", INT, STRUCT_PTR);
        def(143, "sched_getparam", INT, STRUCT_PTR);
        def(144, "sched_setscheduler", INT, INT, STRUCT_PTR);
        def(145, "sched_getscheduler", INT);
        def(146, "sched_get_priority_max", INT);
        def(147, "sched_get_priority_min", INT);
        def(148, "sched_rr_get_interval", INT, STRUCT_PTR);
        def(149, "mlock", HEX, SIZE);
        def(150, "munlock", HEX, SIZE);
        def(151, "mlockall", HEX_VALUE);
        def(152, "munlockall");
        def(153, "vhangup");
        def(154, "modify_ldt", INT, HEX, SIZE);
        def(155, "pivot_root", PATH, PATH);
        def(156, "_sysctl", STRUCT_PTR);
        def(157, "prctl", PRCTL_OPTION, HEX_VALUE, HEX_VALUE, HEX_VALUE, HEX_VALUE);
        def(158, "arch_prctl", ARCH_PRCTL_CODE, HEX_VALUE);
        def(159, "adjtimex", STRUCT_PTR);
        def(160, "setrlimit", RLIMIT_RESOURCE, STRUCT_PTR);
        def(161, "chroot", PATH);
        def(162, "sync");
        def(163, "acct", PATH);
        def(164, "settimeofday", STRUCT_PTR, STRUCT_PTR);
        def(165, "mount", PATH, PATH, MOUNT_FSTYPE, MOUNT_FLAGS, MOUNT_DATA);
        def(166, "umount2", PATH, UMOUNT_FLAGS);
        def(167, "swapon", PATH, HEX_VALUE);
        def(168, "swapoff", PATH);
        def(169, "reboot", HEX_VALUE, HEX_VALUE, HEX_VALUE, HEX);
        def(170, "sethostname", BUF_IN, SIZE);
        def(171, "setdomainname", BUF_IN, SIZE);
        def(172, "iopl", UINT);
        def(173, "ioperm", HEX_VALUE, HEX_VALUE, INT);
        def(174, "create_module", STRING, SIZE);
        def(175, "init_module", HEX, SIZE, STRING);
        def(176, "delete_module", STRING, HEX_VALUE);
        def(177, "get_kernel_syms", HEX);
        def(178, "query_module", STRING, INT, HEX, SIZE, HEX);
        def(179, "quotactl", HEX_VALUE, PATH, INT, HEX);
        def(180, "nfsservctl", INT, HEX, HEX);
        // 181..185 were never implemented in mainline; the kernel answers ENOSYS.
        def(181, "getpmsg", HEX_VALUE, HEX_VALUE, HEX_VALUE, HEX_VALUE, HEX_VALUE);
        def(182, "putpmsg", HEX_VALUE, HEX_VALUE, HEX_VALUE, HEX_VALUE, HEX_VALUE);
        def(183, "afs_syscall", HEX_VALUE, HEX_VALUE, HEX_VALUE, HEX_VALUE, HEX_VALUE);
        def(184, "tuxcall", HEX_VALUE, HEX_VALUE, HEX_VALUE);
        def(185, "security", HEX_VALUE, HEX_VALUE, HEX_VALUE);
        def(186, "gettid");
        def(187, "readahead", FD, LONG, SIZE);
        def(188, "setxattr", PATH, STRING, BUF_IN, SIZE, HEX_VALUE);
        def(189, "lsetxattr", PATH, STRING, BUF_IN, SIZE, HEX_VALUE);
        def(190, "fsetxattr", FD, STRING, BUF_IN, SIZE, HEX_VALUE);
        def(191, "getxattr", PATH, STRING, BUF_OUT, SIZE);
        def(192, "lgetxattr", PATH, STRING, BUF_OUT, SIZE);
        def(193, "fgetxattr", FD, STRING, BUF_OUT, SIZE);
        def(194, "listxattr", PATH, BUF_OUT, SIZE);
        def(195, "llistxattr", PATH, BUF_OUT, SIZE);
        def(196, "flistxattr", FD, BUF_OUT, SIZE);
        def(197, "removexattr", PATH, STRING);
        def(198, "lremovexattr", PATH, STRING);
        def(199, "fremovexattr", FD, STRING);
        def(200, "tkill", INT, SIGNAL);
        def(201, "time", HEX);
        def(202, "futex", HEX, FUTEX_OP, UINT, TIMESPEC, HEX, UINT);
        def(203, "sched_setaffinity", INT, UINT, STRUCT_PTR);
        def(204, "sched_getaffinity", INT, UINT, STRUCT_PTR);
        def(205, "set_thread_area", STRUCT_PTR);
        def(206, "io_setup", UINT, HEX);
        def(207, "io_destroy", HEX_VALUE);
        def(208, "io_getevents", HEX_VALUE, LONG, LONG, STRUCT_PTR, TIMESPEC);
        def(209, "io_submit", HEX_VALUE, LONG, HEX);
        def(210, "io_cancel", HEX_VALUE, STRUCT_PTR, STRUCT_PTR);
        def(211, "get_thread_area", STRUCT_PTR);
        def(212, "lookup_dcookie", HEX_VALUE, HEX, SIZE);
        def(213, "epoll_create", INT);
        def(214, "epoll_ctl_old", HEX_VALUE, HEX_VALUE, HEX_VALUE, HEX_VALUE);
        def(215, "epoll_wait_old", HEX_VALUE, HEX_VALUE, HEX_VALUE, HEX_VALUE);
        def(216, "remap_file_pages", HEX, SIZE, PROT, SIZE, HEX_VALUE);
        def(217, "getdents64", FD, STRUCT_PTR, UINT);
        def(218, "set_tid_address", HEX);
        def(219, "restart_syscall");
        def(220, "semtimedop", INT, STRUCT_PTR, UINT, TIMESPEC);
        def(221, "fadvise64", FD, LONG, LONG, FADVISE_ADVICE);
        def(222, "timer_create", CLOCK_ID, STRUCT_PTR, HEX);
        def(223, "timer_settime", INT, INT, STRUCT_PTR, STRUCT_PTR);
        def(224, "timer_gettime", INT, STRUCT_PTR);
        def(225, "timer_getoverrun", INT);
        def(226, "timer_delete", INT);
        def(227, "clock_settime", CLOCK_ID, TIMESPEC);
        def(228, "clock_gettime", CLOCK_ID, TIMESPEC_OUT);
        def(229, "clock_getres", CLOCK_ID, TIMESPEC_OUT);
        def(230, "clock_nanosleep", CLOCK_ID, INT, TIMESPEC, HEX);
        def(231, "exit_group", ReturnKind.NONE, INT);
        def(232, "epoll_wait", FD, STRUCT_PTR, INT, INT);
        def(233, "epoll_ctl", FD, INT, FD, STRUCT_PTR);
        def(234, "tgkill", INT, INT, SIGNAL);
        def(235, "utimes", PATH, STRUCT_PTR);
        def(236, "vserver", HEX_VALUE, HEX_VALUE, HEX_VALUE, HEX_VALUE, HEX_VALUE);
        def(237, "mbind", HEX, SIZE, INT, HEX, SIZE, HEX_VALUE);
        def(238, "set_mempolicy", INT, HEX, SIZE);
        def(239, "get_mempolicy", HEX, HEX, SIZE, HEX, HEX_VALUE);
        def(240, "mq_open", STRING, OPEN_FLAGS, OPEN_MODE, STRUCT_PTR);
        def(241, "mq_unlink", STRING);
        def(242, "mq_timedsend", FD, BUF_IN, SIZE, UINT, TIMESPEC);
        def(243, "mq_timedreceive", FD, BUF_OUT, SIZE, HEX, TIMESPEC);
        def(244, "mq_notify", FD, STRUCT_PTR);
        def(245, "mq_getsetattr", FD, STRUCT_PTR, STRUCT_PTR);
        def(246, "kexec_load", HEX_VALUE, SIZE, STRUCT_PTR, HEX_VALUE);
        def(247, "waitid", WAITID_TYPE, INT, STRUCT_PTR, WAIT_OPTIONS, STRUCT_PTR);
        def(248, "add_key", STRING, STRING, BUF_IN, SIZE, INT);
        def(249, "request_key", STRING, STRING, STRING, INT);
        def(250, "keyctl", INT, HEX_VALUE, HEX_VALUE, HEX_VALUE, HEX_VALUE);
        def(251, "ioprio_set", INT, INT, INT);
        def(252, "ioprio_get", INT, INT);
        def(253, "inotify_init");
        def(254, "inotify_add_watch", FD, PATH, HEX_VALUE);
        def(255, "inotify_rm_watch", FD, INT);
        def(256, "migrate_pages", INT, SIZE, HEX, HEX);
        def(257, "openat", DIRFD, PATH, OPEN_FLAGS, OPEN_MODE);
        def(258, "mkdirat", DIRFD, PATH, MODE);
        def(259, "mknodat", DIRFD, PATH, MKNOD_MODE, DEV);
        def(260, "fchownat", DIRFD, PATH, UID, UID, AT_FLAGS);
        def(261, "futimesat", DIRFD, PATH, STRUCT_PTR);
        def(262, "newfstatat", DIRFD, PATH, STRUCT_PTR, AT_FLAGS);
        def(263, "unlinkat", DIRFD, PATH, AT_FLAGS);
        def(264, "renameat", DIRFD, PATH, DIRFD, PATH);
        def(265, "linkat", DIRFD, PATH, DIRFD, PATH, AT_FLAGS);
        def(266, "symlinkat", PATH, DIRFD, PATH);
        def(267, "readlinkat", DIRFD, PATH, BUF_OUT, SIZE);
        // The kernel's fchmodat has no flags argument; glibc emulates AT_SYMLINK_NOFOLLOW.
        def(268, "fchmodat", DIRFD, PATH, MODE);
        def(269, "faccessat", DIRFD, PATH, ACCESS_MODE);
        def(270, "pselect6", INT, STRUCT_PTR, STRUCT_PTR, STRUCT_PTR, TIMESPEC, STRUCT_PTR);
        def(271, "ppoll", STRUCT_PTR, UINT, TIMESPEC, SIGSET, SIZE);
        def(272, "unshare", CLONE_FLAGS);
        def(273, "set_robust_list", HEX, SIZE);
        def(274, "get_robust_list", INT, HEX, HEX);
        def(275, "splice", FD, HEX, FD, HEX, SIZE, HEX_VALUE);
        def(276, "tee", FD, FD, SIZE, HEX_VALUE);
        def(277, "sync_file_range", FD, LONG, LONG, HEX_VALUE);
        def(278, "vmsplice", FD, STRUCT_PTR, SIZE, HEX_VALUE);
        def(279, "move_pages", INT, SIZE, HEX, HEX, HEX, HEX_VALUE);
        def(280, "utimensat", DIRFD, PATH, STRUCT_PTR, AT_FLAGS);
        def(281, "epoll_pwait", FD, STRUCT_PTR, INT, INT, SIGSET, SIZE);
        def(282, "signalfd", FD, SIGSET, SIZE);
        def(283, "timerfd_create", CLOCK_ID, HEX_VALUE);
        def(284, "eventfd", UINT);
        def(285, "fallocate", FD, INT, LONG, LONG);
        def(286, "timerfd_settime", FD, INT, STRUCT_PTR, STRUCT_PTR);
        def(287, "timerfd_gettime", FD, STRUCT_PTR);
        def(288, "accept4", FD, STRUCT_PTR, HEX, SOCKET_FLAGS);
        def(289, "signalfd4", FD, SIGSET, SIZE, HEX_VALUE);
        def(290, "eventfd2", UINT, EVENTFD_FLAGS);
        def(291, "epoll_create1", EPOLL_FLAGS);
        def(292, "dup3", FD, FD, FD_FLAGS);
        def(293, "pipe2", FD_PAIR, FD_FLAGS);
        def(294, "inotify_init1", HEX_VALUE);
        def(295, "preadv", FD, STRUCT_PTR, INT, LONG, HIDDEN);
        def(296, "pwritev", FD, STRUCT_PTR, INT, LONG, HIDDEN);
        def(297, "rt_tgsigqueueinfo", INT, INT, SIGNAL, STRUCT_PTR);
        def(298, "perf_event_open", STRUCT_PTR, INT, INT, FD, HEX_VALUE);
        def(299, "recvmmsg", FD, STRUCT_PTR, UINT, MSG_FLAGS, TIMESPEC);
        def(300, "fanotify_init", HEX_VALUE, HEX_VALUE);
        def(301, "fanotify_mark", FD, HEX_VALUE, HEX_VALUE, DIRFD, PATH);
        def(302, "prlimit64", INT, RLIMIT_RESOURCE, STRUCT_PTR, STRUCT_PTR);
        def(303, "name_to_handle_at", DIRFD, PATH, STRUCT_PTR, HEX, AT_FLAGS);
        def(304, "open_by_handle_at", FD, STRUCT_PTR, OPEN_FLAGS);
        def(305, "clock_adjtime", CLOCK_ID, STRUCT_PTR);
        def(306, "syncfs", FD);
        def(307, "sendmmsg", FD, STRUCT_PTR, UINT, MSG_FLAGS);
        def(308, "setns", FD, CLONE_FLAGS);
        def(309, "getcpu", HEX, HEX, HEX);
        def(310, "process_vm_readv", INT, STRUCT_PTR, SIZE, STRUCT_PTR, SIZE, HEX_VALUE);
        def(311, "process_vm_writev", INT, STRUCT_PTR, SIZE, STRUCT_PTR, SIZE, HEX_VALUE);
        def(312, "kcmp", INT, INT, INT, HEX_VALUE, HEX_VALUE);
        def(313, "finit_module", FD, STRING, HEX_VALUE);
        def(314, "sched_setattr", INT, STRUCT_PTR, UINT);
        def(315, "sched_getattr", INT, STRUCT_PTR, UINT, UINT);
        def(316, "renameat2", DIRFD, PATH, DIRFD, PATH, RENAME_FLAGS);
        def(317, "seccomp", SECCOMP_OP, SECCOMP_FLAGS, STRUCT_PTR);
        def(318, "getrandom", BUF_OUT_HEX, SIZE, GRND_FLAGS);
        def(319, "memfd_create", STRING, HEX_VALUE);
        def(320, "kexec_file_load", FD, FD, SIZE, STRING, HEX_VALUE);
        def(321, "bpf", INT, STRUCT_PTR, UINT);
        def(322, "execveat", DIRFD, PATH, ARGV, ENVP, AT_FLAGS);
        def(323, "userfaultfd", HEX_VALUE);
        def(324, "membarrier", INT, HEX_VALUE, INT);
        def(325, "mlock2", HEX, SIZE, HEX_VALUE);
        def(326, "copy_file_range", FD, HEX, FD, HEX, SIZE, HEX_VALUE);
        def(327, "preadv2", FD, STRUCT_PTR, INT, LONG, HIDDEN, HEX_VALUE);
        def(328, "pwritev2", FD, STRUCT_PTR, INT, LONG, HIDDEN, HEX_VALUE);
        def(329, "pkey_mprotect", HEX, SIZE, PROT, INT);
        def(330, "pkey_alloc", HEX_VALUE, HEX_VALUE);
        def(331, "pkey_free", INT);
        def(332, "statx", DIRFD, PATH, AT_FLAGS, HEX_VALUE, STRUCT_PTR);
        def(333, "io_pgetevents", HEX_VALUE, LONG, LONG, STRUCT_PTR, TIMESPEC, STRUCT_PTR);
        def(334, "rseq", HEX, HEX_VALUE, HEX_VALUE, HEX_VALUE);
        // 335..423: unused on x86-64. From 424 on, all architectures share one numbering.
        def(424, "pidfd_send_signal", FD, SIGNAL, STRUCT_PTR, HEX_VALUE);
        def(425, "io_uring_setup", UINT, STRUCT_PTR);
        def(426, "io_uring_enter", FD, UINT, UINT, HEX_VALUE, HEX, SIZE);
        def(427, "io_uring_register", FD, UINT, HEX, UINT);
        def(428, "open_tree", DIRFD, PATH, HEX_VALUE);
        def(429, "move_mount", DIRFD, PATH, DIRFD, PATH, HEX_VALUE);
        def(430, "fsopen", STRING, HEX_VALUE);
        def(431, "fsconfig", FD, UINT, STRING, HEX, INT);
        def(432, "fsmount", FD, HEX_VALUE, HEX_VALUE);
        def(433, "fspick", DIRFD, PATH, HEX_VALUE);
        def(434, "pidfd_open", INT, HEX_VALUE);
        def(435, "clone3", STRUCT_PTR, SIZE);
        def(436, "close_range", UINT, UINT, HEX_VALUE);
        def(437, "openat2", DIRFD, PATH, STRUCT_PTR, SIZE);
        def(438, "pidfd_getfd", FD, FD, HEX_VALUE);
        def(439, "faccessat2", DIRFD, PATH, ACCESS_MODE, AT_FLAGS);
        def(440, "process_madvise", FD, STRUCT_PTR, SIZE, MADVISE_ADVICE, HEX_VALUE);
        def(441, "epoll_pwait2", FD, STRUCT_PTR, INT, TIMESPEC, SIGSET, SIZE);
        def(442, "mount_setattr", DIRFD, PATH, AT_FLAGS, STRUCT_PTR, SIZE);
        def(443, "quotactl_fd", FD, HEX_VALUE, INT, HEX);
        def(444, "landlock_create_ruleset", STRUCT_PTR, SIZE, HEX_VALUE);
        def(445, "landlock_add_rule", FD, INT, STRUCT_PTR, HEX_VALUE);
        def(446, "landlock_restrict_self", FD, HEX_VALUE);
        def(447, "memfd_secret", HEX_VALUE);
        def(448, "process_mrelease", FD, HEX_VALUE);
        def(449, "futex_waitv", STRUCT_PTR, UINT, HEX_VALUE, TIMESPEC, CLOCK_ID);
        def(450, "set_mempolicy_home_node", HEX, SIZE, SIZE, HEX_VALUE);
        def(451, "cachestat", FD, STRUCT_PTR, STRUCT_PTR, HEX_VALUE);
        def(452, "fchmodat2", DIRFD, PATH, MODE, AT_FLAGS);
        def(453, "map_shadow_stack", ReturnKind.HEX, HEX, SIZE, HEX_VALUE);
        def(454, "futex_wake", HEX, HEX_VALUE, INT, HEX_VALUE);
        def(455, "futex_wait", HEX, HEX_VALUE, HEX_VALUE, HEX_VALUE, TIMESPEC, CLOCK_ID);
        def(456, "futex_requeue", STRUCT_PTR, HEX_VALUE, INT, INT);
        def(457, "statmount", STRUCT_PTR, STRUCT_PTR, SIZE, HEX_VALUE);
        def(458, "listmount", STRUCT_PTR, HEX, SIZE, HEX_VALUE);
        def(459, "lsm_get_self_attr", UINT, STRUCT_PTR, HEX, HEX_VALUE);
        def(460, "lsm_set_self_attr", UINT, STRUCT_PTR, UINT, HEX_VALUE);
        def(461, "lsm_list_modules", HEX, HEX, HEX_VALUE);
        def(462, "mseal", HEX, SIZE, HEX_VALUE);
        def(463, "setxattrat", DIRFD, PATH, AT_FLAGS, STRING, STRUCT_PTR, SIZE);
        def(464, "getxattrat", DIRFD, PATH, AT_FLAGS, STRING, STRUCT_PTR, SIZE);
        def(465, "listxattrat", DIRFD, PATH, AT_FLAGS, BUF_OUT, SIZE);
        def(466, "removexattrat", DIRFD, PATH, AT_FLAGS, STRING);
        def(467, "open_tree_attr", DIRFD, PATH, HEX_VALUE, STRUCT_PTR, SIZE);
        def(468, "file_getattr", DIRFD, PATH, STRUCT_PTR, SIZE, AT_FLAGS);
        def(469, "file_setattr", DIRFD, PATH, STRUCT_PTR, SIZE, AT_FLAGS);
        def(470, "listns", STRUCT_PTR, HEX, SIZE, HEX_VALUE);
    }

    /** The highest syscall number the table knows. */
    public static final int MAX_NUMBER = BY_NUMBER.lastKey();

    private SyscallTable() {
    }

    private static void def(int number, String name, ArgKind... args) {
        def(number, name, ReturnKind.DECIMAL, args);
    }

    private static void def(int number, String name, ReturnKind returns, ArgKind... args) {
        SyscallInfo info = new SyscallInfo(number, name, args, returns);
        if (BY_NUMBER.putIfAbsent(number, info) != null || BY_NAME.putIfAbsent(name, info) != null) {
            throw new IllegalStateException("duplicate syscall " + number + " " + name);
        }
    }

    /** True if x86-64 Linux assigns {@code number}. */
    public static boolean isDefined(int number) {
        return BY_NUMBER.containsKey(number);
    }

    /**
     * The syscall with this number. Numbers the kernel does not assign get strace's stand-in:
     * "syscall_0x1f4" with six raw hex arguments, so a tracer can print anything a tracee tries.
     */
    public static SyscallInfo byNumber(int number) {
        SyscallInfo info = BY_NUMBER.get(number);
        if (info != null) {
            return info;
        }
        return new SyscallInfo(number, "syscall_0x" + Long.toHexString(number),
                new ArgKind[] {HEX_VALUE, HEX_VALUE, HEX_VALUE, HEX_VALUE, HEX_VALUE, HEX_VALUE},
                ReturnKind.DECIMAL);
    }

    /** The syscall with this name ("openat"), or null. */
    public static SyscallInfo byName(String name) {
        return BY_NAME.get(name);
    }

    /** Every defined syscall, in number order. */
    public static Collection<SyscallInfo> all() {
        return Collections.unmodifiableCollection(BY_NUMBER.values());
    }
}
