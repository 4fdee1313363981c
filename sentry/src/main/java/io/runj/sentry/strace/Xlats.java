package io.runj.sentry.strace;

/**
 * The x86-64 constant tables strace prints arguments through, in strace's order (its src/xlat
 * files), which is the order flags appear in its output.
 */
final class Xlats {

    private Xlats() {
    }

    static final Xlat OPEN_ACCESS = new Xlat("O_???")
            .add(0, "O_RDONLY").add(1, "O_WRONLY").add(2, "O_RDWR").add(3, "O_ACCMODE");

    /** O_SYNC and O_TMPFILE are listed before the bits they contain so they print as one name. */
    static final Xlat OPEN_FLAGS = new Xlat("O_???")
            .add(00000100, "O_CREAT").add(00000200, "O_EXCL").add(00000400, "O_NOCTTY")
            .add(00001000, "O_TRUNC").add(00002000, "O_APPEND").add(00004000, "O_NONBLOCK")
            .add(04010000, "O_SYNC").add(04000000, "__O_SYNC").add(00010000, "O_DSYNC")
            .add(00040000, "O_DIRECT").add(00100000, "O_LARGEFILE").add(00400000, "O_NOFOLLOW")
            .add(01000000, "O_NOATIME").add(02000000, "O_CLOEXEC").add(010000000, "O_PATH")
            .add(020200000, "O_TMPFILE").add(020000000, "__O_TMPFILE").add(00200000, "O_DIRECTORY")
            .add(00020000, "FASYNC");

    static final int O_CREAT = 00000100;
    static final int O_TMPFILE_BIT = 020000000;

    static final Xlat FD_FLAGS = new Xlat("O_???")
            .add(00004000, "O_NONBLOCK").add(00040000, "O_DIRECT").add(02000000, "O_CLOEXEC");

    static final Xlat EPOLL_FLAGS = new Xlat("EPOLL_???").add(02000000, "EPOLL_CLOEXEC");

    static final Xlat EVENTFD_FLAGS = new Xlat("EFD_???")
            .add(02000000, "EFD_CLOEXEC").add(00004000, "EFD_NONBLOCK").add(1, "EFD_SEMAPHORE");

    static final Xlat FADVISE = new Xlat("POSIX_FADV_???")
            .add(0, "POSIX_FADV_NORMAL").add(1, "POSIX_FADV_RANDOM").add(2, "POSIX_FADV_SEQUENTIAL")
            .add(3, "POSIX_FADV_WILLNEED").add(4, "POSIX_FADV_DONTNEED").add(5, "POSIX_FADV_NOREUSE");

    static final Xlat FD_CLOEXEC = new Xlat("FD_???").add(1, "FD_CLOEXEC");

    static final Xlat AT_FLAGS = new Xlat("AT_???")
            .add(0x100, "AT_SYMLINK_NOFOLLOW").add(0x200, "AT_REMOVEDIR").add(0x400, "AT_SYMLINK_FOLLOW")
            .add(0x800, "AT_NO_AUTOMOUNT").add(0x1000, "AT_EMPTY_PATH").add(0x8000, "AT_RECURSIVE");

    /** faccessat2 reuses 0x200 as AT_EACCESS. */
    static final Xlat FACCESSAT_FLAGS = new Xlat("AT_???")
            .add(0x100, "AT_SYMLINK_NOFOLLOW").add(0x200, "AT_EACCESS").add(0x1000, "AT_EMPTY_PATH");

    static final Xlat ACCESS_MODES = new Xlat("?_OK")
            .add(0, "F_OK").add(4, "R_OK").add(2, "W_OK").add(1, "X_OK");

    static final Xlat RENAME_FLAGS = new Xlat("RENAME_???")
            .add(1, "RENAME_NOREPLACE").add(2, "RENAME_EXCHANGE").add(4, "RENAME_WHITEOUT");

    static final Xlat FILE_TYPES = new Xlat("S_IF???")
            .add(0010000, "S_IFIFO").add(0020000, "S_IFCHR").add(0040000, "S_IFDIR")
            .add(0060000, "S_IFBLK").add(0100000, "S_IFREG").add(0120000, "S_IFLNK")
            .add(0140000, "S_IFSOCK");

    static final Xlat PROT = new Xlat("PROT_???")
            .add(0, "PROT_NONE").add(1, "PROT_READ").add(2, "PROT_WRITE").add(4, "PROT_EXEC")
            .add(8, "PROT_SEM").add(0x01000000, "PROT_GROWSDOWN").add(0x02000000, "PROT_GROWSUP");

    /** The MAP_TYPE bits: a value, not flags. */
    static final Xlat MMAP_TYPES = new Xlat("MAP_???")
            .add(0, "MAP_FILE").add(1, "MAP_SHARED").add(2, "MAP_PRIVATE").add(3, "MAP_SHARED_VALIDATE")
            .add(8, "MAP_DROPPABLE");

    static final Xlat MMAP_FLAGS = new Xlat("MAP_???")
            .add(0x10, "MAP_FIXED").add(0x20, "MAP_ANONYMOUS").add(0x40, "MAP_32BIT")
            .add(0x80, "MAP_ABOVE4G").add(0x4000, "MAP_NORESERVE").add(0x8000, "MAP_POPULATE")
            .add(0x10000, "MAP_NONBLOCK").add(0x100, "MAP_GROWSDOWN").add(0x800, "MAP_DENYWRITE")
            .add(0x1000, "MAP_EXECUTABLE").add(0x2000, "MAP_LOCKED").add(0x20000, "MAP_STACK")
            .add(0x40000, "MAP_HUGETLB").add(0x80000, "MAP_SYNC").add(0x100000, "MAP_FIXED_NOREPLACE");

    static final Xlat MADVISE = new Xlat("MADV_???")
            .add(0, "MADV_NORMAL").add(1, "MADV_RANDOM").add(2, "MADV_SEQUENTIAL").add(3, "MADV_WILLNEED")
            .add(4, "MADV_DONTNEED").add(8, "MADV_FREE").add(9, "MADV_REMOVE").add(10, "MADV_DONTFORK")
            .add(11, "MADV_DOFORK").add(12, "MADV_MERGEABLE").add(13, "MADV_UNMERGEABLE")
            .add(14, "MADV_HUGEPAGE").add(15, "MADV_NOHUGEPAGE").add(16, "MADV_DONTDUMP")
            .add(17, "MADV_DODUMP").add(18, "MADV_WIPEONFORK").add(19, "MADV_KEEPONFORK")
            .add(20, "MADV_COLD").add(21, "MADV_PAGEOUT").add(22, "MADV_POPULATE_READ")
            .add(23, "MADV_POPULATE_WRITE").add(24, "MADV_DONTNEED_LOCKED").add(25, "MADV_COLLAPSE")
            .add(100, "MADV_HWPOISON").add(101, "MADV_SOFT_OFFLINE").add(102, "MADV_GUARD_INSTALL")
            .add(103, "MADV_GUARD_REMOVE");

    static final Xlat MREMAP_FLAGS = new Xlat("MREMAP_???")
            .add(1, "MREMAP_MAYMOVE").add(2, "MREMAP_FIXED").add(4, "MREMAP_DONTUNMAP");

    static final int MREMAP_FIXED = 2;

    static final Xlat CLONE_FLAGS = new Xlat("CLONE_???")
            .add(0x80, "CLONE_NEWTIME").add(0x100, "CLONE_VM").add(0x200, "CLONE_FS")
            .add(0x400, "CLONE_FILES").add(0x800, "CLONE_SIGHAND").add(0x1000, "CLONE_PIDFD")
            .add(0x2000, "CLONE_PTRACE").add(0x4000, "CLONE_VFORK").add(0x8000, "CLONE_PARENT")
            .add(0x10000, "CLONE_THREAD").add(0x20000, "CLONE_NEWNS").add(0x40000, "CLONE_SYSVSEM")
            .add(0x80000, "CLONE_SETTLS").add(0x100000, "CLONE_PARENT_SETTID")
            .add(0x200000, "CLONE_CHILD_CLEARTID").add(0x800000, "CLONE_UNTRACED")
            .add(0x1000000, "CLONE_CHILD_SETTID").add(0x2000000, "CLONE_NEWCGROUP")
            .add(0x4000000, "CLONE_NEWUTS").add(0x8000000, "CLONE_NEWIPC").add(0x10000000, "CLONE_NEWUSER")
            .add(0x20000000, "CLONE_NEWPID").add(0x40000000, "CLONE_NEWNET").add(0x80000000L, "CLONE_IO");

    static final long CLONE_PIDFD = 0x1000;
    static final long CLONE_SETTLS = 0x80000;
    static final long CLONE_PARENT_SETTID = 0x100000;
    static final long CLONE_CHILD_CLEARTID = 0x200000;
    static final long CLONE_CHILD_SETTID = 0x1000000;

    static final Xlat SIG_HOW = new Xlat("SIG_???")
            .add(0, "SIG_BLOCK").add(1, "SIG_UNBLOCK").add(2, "SIG_SETMASK");

    /** wait4 and waitid share strace's table, so 2 prints as WSTOPPED for both. */
    static final Xlat WAIT_OPTIONS = new Xlat("W???")
            .add(1, "WNOHANG").add(2, "WSTOPPED").add(4, "WEXITED").add(8, "WCONTINUED")
            .add(0x1000000, "WNOWAIT").add(0x20000000, "__WNOTHREAD").add(0x40000000, "__WALL")
            .add(0x80000000L, "__WCLONE");

    static final Xlat WAITID_TYPES = new Xlat("P_???")
            .add(0, "P_ALL").add(1, "P_PID").add(2, "P_PGID").add(3, "P_PIDFD");

    static final Xlat PTRACE_EVENTS = new Xlat("PTRACE_EVENT_???")
            .add(1, "PTRACE_EVENT_FORK").add(2, "PTRACE_EVENT_VFORK").add(3, "PTRACE_EVENT_CLONE")
            .add(4, "PTRACE_EVENT_EXEC").add(5, "PTRACE_EVENT_VFORK_DONE").add(6, "PTRACE_EVENT_EXIT")
            .add(7, "PTRACE_EVENT_SECCOMP").add(128, "PTRACE_EVENT_STOP");

    static final Xlat FCNTL_CMDS = new Xlat("F_???")
            .add(0, "F_DUPFD").add(1, "F_GETFD").add(2, "F_SETFD").add(3, "F_GETFL").add(4, "F_SETFL")
            .add(5, "F_GETLK").add(6, "F_SETLK").add(7, "F_SETLKW").add(8, "F_SETOWN").add(9, "F_GETOWN")
            .add(10, "F_SETSIG").add(11, "F_GETSIG").add(15, "F_SETOWN_EX").add(16, "F_GETOWN_EX")
            .add(17, "F_GETOWNER_UIDS").add(36, "F_OFD_GETLK").add(37, "F_OFD_SETLK")
            .add(38, "F_OFD_SETLKW").add(1024, "F_SETLEASE").add(1025, "F_GETLEASE").add(1026, "F_NOTIFY")
            .add(1027, "F_DUPFD_QUERY").add(1028, "F_CREATED_QUERY").add(1030, "F_DUPFD_CLOEXEC")
            .add(1031, "F_SETPIPE_SZ").add(1032, "F_GETPIPE_SZ").add(1033, "F_ADD_SEALS")
            .add(1034, "F_GET_SEALS").add(1035, "F_GET_RW_HINT").add(1036, "F_SET_RW_HINT")
            .add(1037, "F_GET_FILE_RW_HINT").add(1038, "F_SET_FILE_RW_HINT");

    static final Xlat LEASE_TYPES = new Xlat("F_???").add(0, "F_RDLCK").add(1, "F_WRLCK").add(2, "F_UNLCK");

    static final Xlat SEALS = new Xlat("F_SEAL_???")
            .add(1, "F_SEAL_SEAL").add(2, "F_SEAL_SHRINK").add(4, "F_SEAL_GROW").add(8, "F_SEAL_WRITE")
            .add(0x10, "F_SEAL_FUTURE_WRITE").add(0x20, "F_SEAL_EXEC");

    static final Xlat IOCTL_DIRS = new Xlat("_IOC_???")
            .add(0, "_IOC_NONE").add(2, "_IOC_READ").add(1, "_IOC_WRITE");

    /** Terminal, generic file and namespace requests; anything else prints as its _IOC fields. */
    static final Xlat IOCTLS = new Xlat("_IOC_???")
            .add(0x5401, "TCGETS").add(0x5402, "TCSETS").add(0x5403, "TCSETSW").add(0x5404, "TCSETSF")
            .add(0x5405, "TCGETA").add(0x5406, "TCSETA").add(0x5407, "TCSETAW").add(0x5408, "TCSETAF")
            .add(0x5409, "TCSBRK").add(0x540a, "TCXONC").add(0x540b, "TCFLSH").add(0x540c, "TIOCEXCL")
            .add(0x540d, "TIOCNXCL").add(0x540e, "TIOCSCTTY").add(0x540f, "TIOCGPGRP")
            .add(0x5410, "TIOCSPGRP").add(0x5411, "TIOCOUTQ").add(0x5412, "TIOCSTI")
            .add(0x5413, "TIOCGWINSZ").add(0x5414, "TIOCSWINSZ").add(0x5415, "TIOCMGET")
            .add(0x5416, "TIOCMBIS").add(0x5417, "TIOCMBIC").add(0x5418, "TIOCMSET")
            .add(0x5419, "TIOCGSOFTCAR").add(0x541a, "TIOCSSOFTCAR").add(0x541b, "FIONREAD")
            .add(0x541c, "TIOCLINUX").add(0x541d, "TIOCCONS").add(0x541e, "TIOCGSERIAL")
            .add(0x541f, "TIOCSSERIAL").add(0x5420, "TIOCPKT").add(0x5421, "FIONBIO")
            .add(0x5422, "TIOCNOTTY").add(0x5423, "TIOCSETD").add(0x5424, "TIOCGETD")
            .add(0x5425, "TCSBRKP").add(0x5427, "TIOCSBRK").add(0x5428, "TIOCCBRK").add(0x5429, "TIOCGSID")
            .add(0x802c542aL, "TCGETS2").add(0x402c542bL, "TCSETS2").add(0x80045430L, "TIOCGPTN")
            .add(0x40045431L, "TIOCSPTLCK").add(0x80045432L, "TIOCGDEV").add(0x40045436L, "TIOCSIG")
            .add(0x5437, "TIOCVHANGUP").add(0x80045438L, "TIOCGPKT").add(0x80045439L, "TIOCGPTLCK")
            .add(0x80045440L, "TIOCGEXCL").add(0x5441, "TIOCGPTPEER").add(0x5450, "FIONCLEX")
            .add(0x5451, "FIOCLEX").add(0x5452, "FIOASYNC").add(0x5460, "FIOQSIZE")
            .add(0x40049409L, "FICLONE").add(0x80086601L, "FS_IOC_GETFLAGS").add(0x40086602L, "FS_IOC_SETFLAGS")
            .add(0xb701, "NS_GET_USERNS").add(0xb702, "NS_GET_PARENT").add(0xb703, "NS_GET_NSTYPE")
            .add(0xb704, "NS_GET_OWNER_UID");

    static final Xlat PTRACE_REQUESTS = new Xlat("PTRACE_???")
            .add(0, "PTRACE_TRACEME").add(1, "PTRACE_PEEKTEXT").add(2, "PTRACE_PEEKDATA")
            .add(3, "PTRACE_PEEKUSER").add(4, "PTRACE_POKETEXT").add(5, "PTRACE_POKEDATA")
            .add(6, "PTRACE_POKEUSER").add(7, "PTRACE_CONT").add(8, "PTRACE_KILL")
            .add(9, "PTRACE_SINGLESTEP").add(12, "PTRACE_GETREGS").add(13, "PTRACE_SETREGS")
            .add(14, "PTRACE_GETFPREGS").add(15, "PTRACE_SETFPREGS").add(16, "PTRACE_ATTACH")
            .add(17, "PTRACE_DETACH").add(18, "PTRACE_GETFPXREGS").add(19, "PTRACE_SETFPXREGS")
            .add(24, "PTRACE_SYSCALL").add(25, "PTRACE_GET_THREAD_AREA").add(26, "PTRACE_SET_THREAD_AREA")
            .add(30, "PTRACE_ARCH_PRCTL").add(31, "PTRACE_SYSEMU").add(32, "PTRACE_SYSEMU_SINGLESTEP")
            .add(33, "PTRACE_SINGLEBLOCK").add(0x4200, "PTRACE_SETOPTIONS").add(0x4201, "PTRACE_GETEVENTMSG")
            .add(0x4202, "PTRACE_GETSIGINFO").add(0x4203, "PTRACE_SETSIGINFO").add(0x4204, "PTRACE_GETREGSET")
            .add(0x4205, "PTRACE_SETREGSET").add(0x4206, "PTRACE_SEIZE").add(0x4207, "PTRACE_INTERRUPT")
            .add(0x4208, "PTRACE_LISTEN").add(0x4209, "PTRACE_PEEKSIGINFO").add(0x420a, "PTRACE_GETSIGMASK")
            .add(0x420b, "PTRACE_SETSIGMASK").add(0x420c, "PTRACE_SECCOMP_GET_FILTER")
            .add(0x420d, "PTRACE_SECCOMP_GET_METADATA").add(0x420e, "PTRACE_GET_SYSCALL_INFO")
            .add(0x420f, "PTRACE_GET_RSEQ_CONFIGURATION")
            .add(0x4210, "PTRACE_SET_SYSCALL_USER_DISPATCH_CONFIG")
            .add(0x4211, "PTRACE_GET_SYSCALL_USER_DISPATCH_CONFIG");

    static final Xlat PTRACE_OPTIONS = new Xlat("PTRACE_O_???")
            .add(0x1, "PTRACE_O_TRACESYSGOOD").add(0x2, "PTRACE_O_TRACEFORK").add(0x4, "PTRACE_O_TRACEVFORK")
            .add(0x8, "PTRACE_O_TRACECLONE").add(0x10, "PTRACE_O_TRACEEXEC").add(0x20, "PTRACE_O_TRACEVFORKDONE")
            .add(0x40, "PTRACE_O_TRACEEXIT").add(0x80, "PTRACE_O_TRACESECCOMP").add(0x100000, "PTRACE_O_EXITKILL")
            .add(0x200000, "PTRACE_O_SUSPEND_SECCOMP");

    static final Xlat NT_TYPES = new Xlat("NT_???")
            .add(1, "NT_PRSTATUS").add(2, "NT_FPREGSET").add(3, "NT_PRPSINFO").add(4, "NT_TASKSTRUCT")
            .add(6, "NT_AUXV").add(0x200, "NT_386_TLS").add(0x201, "NT_386_IOPERM").add(0x202, "NT_X86_XSTATE");

    static final Xlat PRCTL_OPTIONS = new Xlat("PR_???")
            .add(1, "PR_SET_PDEATHSIG").add(2, "PR_GET_PDEATHSIG").add(3, "PR_GET_DUMPABLE")
            .add(4, "PR_SET_DUMPABLE").add(5, "PR_GET_UNALIGN").add(6, "PR_SET_UNALIGN")
            .add(7, "PR_GET_KEEPCAPS").add(8, "PR_SET_KEEPCAPS").add(9, "PR_GET_FPEMU").add(10, "PR_SET_FPEMU")
            .add(11, "PR_GET_FPEXC").add(12, "PR_SET_FPEXC").add(13, "PR_GET_TIMING").add(14, "PR_SET_TIMING")
            .add(15, "PR_SET_NAME").add(16, "PR_GET_NAME").add(19, "PR_GET_ENDIAN").add(20, "PR_SET_ENDIAN")
            .add(21, "PR_GET_SECCOMP").add(22, "PR_SET_SECCOMP").add(23, "PR_CAPBSET_READ")
            .add(24, "PR_CAPBSET_DROP").add(25, "PR_GET_TSC").add(26, "PR_SET_TSC")
            .add(27, "PR_GET_SECUREBITS").add(28, "PR_SET_SECUREBITS").add(29, "PR_SET_TIMERSLACK")
            .add(30, "PR_GET_TIMERSLACK").add(31, "PR_TASK_PERF_EVENTS_DISABLE")
            .add(32, "PR_TASK_PERF_EVENTS_ENABLE").add(33, "PR_MCE_KILL").add(34, "PR_MCE_KILL_GET")
            .add(35, "PR_SET_MM").add(36, "PR_SET_CHILD_SUBREAPER").add(37, "PR_GET_CHILD_SUBREAPER")
            .add(38, "PR_SET_NO_NEW_PRIVS").add(39, "PR_GET_NO_NEW_PRIVS").add(40, "PR_GET_TID_ADDRESS")
            .add(41, "PR_SET_THP_DISABLE").add(42, "PR_GET_THP_DISABLE").add(43, "PR_MPX_ENABLE_MANAGEMENT")
            .add(44, "PR_MPX_DISABLE_MANAGEMENT").add(45, "PR_SET_FP_MODE").add(46, "PR_GET_FP_MODE")
            .add(47, "PR_CAP_AMBIENT").add(50, "PR_SVE_SET_VL").add(51, "PR_SVE_GET_VL")
            .add(52, "PR_GET_SPECULATION_CTRL").add(53, "PR_SET_SPECULATION_CTRL")
            .add(54, "PR_PAC_RESET_KEYS").add(55, "PR_SET_TAGGED_ADDR_CTRL").add(56, "PR_GET_TAGGED_ADDR_CTRL")
            .add(57, "PR_SET_IO_FLUSHER").add(58, "PR_GET_IO_FLUSHER").add(59, "PR_SET_SYSCALL_USER_DISPATCH")
            .add(60, "PR_PAC_SET_ENABLED_KEYS").add(61, "PR_PAC_GET_ENABLED_KEYS").add(62, "PR_SCHED_CORE")
            .add(63, "PR_SME_SET_VL").add(64, "PR_SME_GET_VL").add(65, "PR_SET_MDWE").add(66, "PR_GET_MDWE")
            .add(67, "PR_SET_MEMORY_MERGE").add(68, "PR_GET_MEMORY_MERGE")
            .add(0x53564d41, "PR_SET_VMA").add(0x59616d61, "PR_SET_PTRACER");

    static final Xlat PR_DUMPABLE = new Xlat("SUID_DUMP_???")
            .add(0, "SUID_DUMP_DISABLE").add(1, "SUID_DUMP_USER").add(2, "SUID_DUMP_ROOT");

    static final Xlat PR_CAP_AMBIENT = new Xlat("PR_CAP_AMBIENT_???")
            .add(1, "PR_CAP_AMBIENT_IS_SET").add(2, "PR_CAP_AMBIENT_RAISE").add(3, "PR_CAP_AMBIENT_LOWER")
            .add(4, "PR_CAP_AMBIENT_CLEAR_ALL");

    static final Xlat SECCOMP_MODES = new Xlat("SECCOMP_MODE_???")
            .add(0, "SECCOMP_MODE_DISABLED").add(1, "SECCOMP_MODE_STRICT").add(2, "SECCOMP_MODE_FILTER");

    static final Xlat CAPABILITIES = new Xlat("CAP_???")
            .add(0, "CAP_CHOWN").add(1, "CAP_DAC_OVERRIDE").add(2, "CAP_DAC_READ_SEARCH").add(3, "CAP_FOWNER")
            .add(4, "CAP_FSETID").add(5, "CAP_KILL").add(6, "CAP_SETGID").add(7, "CAP_SETUID")
            .add(8, "CAP_SETPCAP").add(9, "CAP_LINUX_IMMUTABLE").add(10, "CAP_NET_BIND_SERVICE")
            .add(11, "CAP_NET_BROADCAST").add(12, "CAP_NET_ADMIN").add(13, "CAP_NET_RAW").add(14, "CAP_IPC_LOCK")
            .add(15, "CAP_IPC_OWNER").add(16, "CAP_SYS_MODULE").add(17, "CAP_SYS_RAWIO").add(18, "CAP_SYS_CHROOT")
            .add(19, "CAP_SYS_PTRACE").add(20, "CAP_SYS_PACCT").add(21, "CAP_SYS_ADMIN").add(22, "CAP_SYS_BOOT")
            .add(23, "CAP_SYS_NICE").add(24, "CAP_SYS_RESOURCE").add(25, "CAP_SYS_TIME")
            .add(26, "CAP_SYS_TTY_CONFIG").add(27, "CAP_MKNOD").add(28, "CAP_LEASE").add(29, "CAP_AUDIT_WRITE")
            .add(30, "CAP_AUDIT_CONTROL").add(31, "CAP_SETFCAP").add(32, "CAP_MAC_OVERRIDE")
            .add(33, "CAP_MAC_ADMIN").add(34, "CAP_SYSLOG").add(35, "CAP_WAKE_ALARM")
            .add(36, "CAP_BLOCK_SUSPEND").add(37, "CAP_AUDIT_READ").add(38, "CAP_PERFMON").add(39, "CAP_BPF")
            .add(40, "CAP_CHECKPOINT_RESTORE");

    static final Xlat ARCH_PRCTL_CODES = new Xlat("ARCH_???")
            .add(0x1001, "ARCH_SET_GS").add(0x1002, "ARCH_SET_FS").add(0x1003, "ARCH_GET_FS")
            .add(0x1004, "ARCH_GET_GS").add(0x1011, "ARCH_GET_CPUID").add(0x1012, "ARCH_SET_CPUID")
            .add(0x1021, "ARCH_GET_XCOMP_SUPP").add(0x1022, "ARCH_GET_XCOMP_PERM")
            .add(0x1023, "ARCH_REQ_XCOMP_PERM").add(0x1024, "ARCH_GET_XCOMP_GUEST_PERM")
            .add(0x1025, "ARCH_REQ_XCOMP_GUEST_PERM").add(0x2001, "ARCH_MAP_VDSO_X32")
            .add(0x2002, "ARCH_MAP_VDSO_32").add(0x2003, "ARCH_MAP_VDSO_64").add(0x4001, "ARCH_GET_UNTAG_MASK")
            .add(0x4002, "ARCH_ENABLE_TAGGED_ADDR").add(0x4003, "ARCH_GET_MAX_TAG_BITS")
            .add(0x4004, "ARCH_FORCE_TAGGED_SVA").add(0x5001, "ARCH_SHSTK_ENABLE")
            .add(0x5002, "ARCH_SHSTK_DISABLE").add(0x5003, "ARCH_SHSTK_LOCK").add(0x5004, "ARCH_SHSTK_UNLOCK")
            .add(0x5005, "ARCH_SHSTK_STATUS");

    static final Xlat SECCOMP_OPS = new Xlat("SECCOMP_SET_MODE_???")
            .add(0, "SECCOMP_SET_MODE_STRICT").add(1, "SECCOMP_SET_MODE_FILTER")
            .add(2, "SECCOMP_GET_ACTION_AVAIL").add(3, "SECCOMP_GET_NOTIF_SIZES");

    static final Xlat SECCOMP_FILTER_FLAGS = new Xlat("SECCOMP_FILTER_FLAG_???")
            .add(1, "SECCOMP_FILTER_FLAG_TSYNC").add(2, "SECCOMP_FILTER_FLAG_LOG")
            .add(4, "SECCOMP_FILTER_FLAG_SPEC_ALLOW").add(8, "SECCOMP_FILTER_FLAG_NEW_LISTENER")
            .add(16, "SECCOMP_FILTER_FLAG_TSYNC_ESRCH").add(32, "SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV");

    static final Xlat ADDRESS_FAMILIES = new Xlat("AF_???")
            .add(0, "AF_UNSPEC").add(1, "AF_UNIX").add(2, "AF_INET").add(3, "AF_AX25").add(4, "AF_IPX")
            .add(5, "AF_APPLETALK").add(6, "AF_NETROM").add(7, "AF_BRIDGE").add(8, "AF_ATMPVC")
            .add(9, "AF_X25").add(10, "AF_INET6").add(11, "AF_ROSE").add(12, "AF_DECnet")
            .add(13, "AF_NETBEUI").add(14, "AF_SECURITY").add(15, "AF_KEY").add(16, "AF_NETLINK")
            .add(17, "AF_PACKET").add(18, "AF_ASH").add(19, "AF_ECONET").add(20, "AF_ATMSVC").add(21, "AF_RDS")
            .add(22, "AF_SNA").add(23, "AF_IRDA").add(24, "AF_PPPOX").add(25, "AF_WANPIPE").add(26, "AF_LLC")
            .add(27, "AF_IB").add(28, "AF_MPLS").add(29, "AF_CAN").add(30, "AF_TIPC").add(31, "AF_BLUETOOTH")
            .add(32, "AF_IUCV").add(33, "AF_RXRPC").add(34, "AF_ISDN").add(35, "AF_PHONET")
            .add(36, "AF_IEEE802154").add(37, "AF_CAIF").add(38, "AF_ALG").add(39, "AF_NFC").add(40, "AF_VSOCK")
            .add(41, "AF_KCM").add(42, "AF_QIPCRTR").add(43, "AF_SMC").add(44, "AF_XDP").add(45, "AF_MCTP");

    static final int AF_INET = 2;
    static final int AF_INET6 = 10;
    static final int AF_NETLINK = 16;

    static final Xlat SOCKET_TYPES = new Xlat("SOCK_???")
            .add(1, "SOCK_STREAM").add(2, "SOCK_DGRAM").add(3, "SOCK_RAW").add(4, "SOCK_RDM")
            .add(5, "SOCK_SEQPACKET").add(6, "SOCK_DCCP").add(10, "SOCK_PACKET");

    static final Xlat SOCKET_FLAGS = new Xlat("SOCK_???")
            .add(02000000, "SOCK_CLOEXEC").add(00004000, "SOCK_NONBLOCK");

    static final Xlat INET_PROTOCOLS = new Xlat("IPPROTO_???")
            .add(0, "IPPROTO_IP").add(1, "IPPROTO_ICMP").add(2, "IPPROTO_IGMP").add(4, "IPPROTO_IPIP")
            .add(6, "IPPROTO_TCP").add(8, "IPPROTO_EGP").add(12, "IPPROTO_PUP").add(17, "IPPROTO_UDP")
            .add(22, "IPPROTO_IDP").add(29, "IPPROTO_TP").add(33, "IPPROTO_DCCP").add(41, "IPPROTO_IPV6")
            .add(46, "IPPROTO_RSVP").add(47, "IPPROTO_GRE").add(50, "IPPROTO_ESP").add(51, "IPPROTO_AH")
            .add(58, "IPPROTO_ICMPV6").add(92, "IPPROTO_MTP").add(94, "IPPROTO_BEETPH").add(98, "IPPROTO_ENCAP")
            .add(103, "IPPROTO_PIM").add(108, "IPPROTO_COMP").add(115, "IPPROTO_L2TP").add(132, "IPPROTO_SCTP")
            .add(136, "IPPROTO_UDPLITE").add(137, "IPPROTO_MPLS").add(143, "IPPROTO_ETHERNET")
            .add(255, "IPPROTO_RAW").add(262, "IPPROTO_MPTCP");

    static final Xlat NETLINK_PROTOCOLS = new Xlat("NETLINK_???")
            .add(0, "NETLINK_ROUTE").add(1, "NETLINK_UNUSED").add(2, "NETLINK_USERSOCK").add(3, "NETLINK_FIREWALL")
            .add(4, "NETLINK_SOCK_DIAG").add(5, "NETLINK_NFLOG").add(6, "NETLINK_XFRM").add(7, "NETLINK_SELINUX")
            .add(8, "NETLINK_ISCSI").add(9, "NETLINK_AUDIT").add(10, "NETLINK_FIB_LOOKUP")
            .add(11, "NETLINK_CONNECTOR").add(12, "NETLINK_NETFILTER").add(13, "NETLINK_IP6_FW")
            .add(14, "NETLINK_DNRTMSG").add(15, "NETLINK_KOBJECT_UEVENT").add(16, "NETLINK_GENERIC")
            .add(18, "NETLINK_SCSITRANSPORT").add(19, "NETLINK_ECRYPTFS").add(20, "NETLINK_RDMA")
            .add(21, "NETLINK_CRYPTO").add(22, "NETLINK_SMC");

    static final Xlat MSG_FLAGS = new Xlat("MSG_???")
            .add(0x1, "MSG_OOB").add(0x2, "MSG_PEEK").add(0x4, "MSG_DONTROUTE").add(0x8, "MSG_CTRUNC")
            .add(0x10, "MSG_PROBE").add(0x20, "MSG_TRUNC").add(0x40, "MSG_DONTWAIT").add(0x80, "MSG_EOR")
            .add(0x100, "MSG_WAITALL").add(0x200, "MSG_FIN").add(0x400, "MSG_SYN").add(0x800, "MSG_CONFIRM")
            .add(0x1000, "MSG_RST").add(0x2000, "MSG_ERRQUEUE").add(0x4000, "MSG_NOSIGNAL")
            .add(0x8000, "MSG_MORE").add(0x10000, "MSG_WAITFORONE").add(0x40000, "MSG_BATCH")
            .add(0x4000000, "MSG_ZEROCOPY").add(0x20000000, "MSG_FASTOPEN").add(0x40000000, "MSG_CMSG_CLOEXEC")
            .add(0x80000000L, "MSG_CMSG_COMPAT");

    static final Xlat CLOCKS = new Xlat("CLOCK_???")
            .add(0, "CLOCK_REALTIME").add(1, "CLOCK_MONOTONIC").add(2, "CLOCK_PROCESS_CPUTIME_ID")
            .add(3, "CLOCK_THREAD_CPUTIME_ID").add(4, "CLOCK_MONOTONIC_RAW").add(5, "CLOCK_REALTIME_COARSE")
            .add(6, "CLOCK_MONOTONIC_COARSE").add(7, "CLOCK_BOOTTIME").add(8, "CLOCK_REALTIME_ALARM")
            .add(9, "CLOCK_BOOTTIME_ALARM").add(10, "CLOCK_SGI_CYCLE").add(11, "CLOCK_TAI");

    static final Xlat FUTEX_CMDS = new Xlat("FUTEX_???")
            .add(0, "FUTEX_WAIT").add(1, "FUTEX_WAKE").add(2, "FUTEX_FD").add(3, "FUTEX_REQUEUE")
            .add(4, "FUTEX_CMP_REQUEUE").add(5, "FUTEX_WAKE_OP").add(6, "FUTEX_LOCK_PI").add(7, "FUTEX_UNLOCK_PI")
            .add(8, "FUTEX_TRYLOCK_PI").add(9, "FUTEX_WAIT_BITSET").add(10, "FUTEX_WAKE_BITSET")
            .add(11, "FUTEX_WAIT_REQUEUE_PI").add(12, "FUTEX_CMP_REQUEUE_PI").add(13, "FUTEX_LOCK_PI2");

    static final Xlat FUTEX_WAKE_OPS = new Xlat("FUTEX_OP_???")
            .add(0, "FUTEX_OP_SET").add(1, "FUTEX_OP_ADD").add(2, "FUTEX_OP_OR").add(3, "FUTEX_OP_ANDN")
            .add(4, "FUTEX_OP_XOR");

    static final Xlat FUTEX_WAKE_CMPS = new Xlat("FUTEX_OP_CMP_???")
            .add(0, "FUTEX_OP_CMP_EQ").add(1, "FUTEX_OP_CMP_NE").add(2, "FUTEX_OP_CMP_LT")
            .add(3, "FUTEX_OP_CMP_LE").add(4, "FUTEX_OP_CMP_GT").add(5, "FUTEX_OP_CMP_GE");

    static final Xlat FUTEX_BITSET = new Xlat("FUTEX_BITSET_???").add(0xffffffffL, "FUTEX_BITSET_MATCH_ANY");

    static final Xlat WHENCE = new Xlat("SEEK_???")
            .add(0, "SEEK_SET").add(1, "SEEK_CUR").add(2, "SEEK_END").add(3, "SEEK_DATA").add(4, "SEEK_HOLE");

    static final Xlat RLIMITS = new Xlat("RLIMIT_???")
            .add(0, "RLIMIT_CPU").add(1, "RLIMIT_FSIZE").add(2, "RLIMIT_DATA").add(3, "RLIMIT_STACK")
            .add(4, "RLIMIT_CORE").add(5, "RLIMIT_RSS").add(6, "RLIMIT_NPROC").add(7, "RLIMIT_NOFILE")
            .add(8, "RLIMIT_MEMLOCK").add(9, "RLIMIT_AS").add(10, "RLIMIT_LOCKS").add(11, "RLIMIT_SIGPENDING")
            .add(12, "RLIMIT_MSGQUEUE").add(13, "RLIMIT_NICE").add(14, "RLIMIT_RTPRIO").add(15, "RLIMIT_RTTIME");

    static final Xlat GRND_FLAGS = new Xlat("GRND_???")
            .add(1, "GRND_NONBLOCK").add(2, "GRND_RANDOM").add(4, "GRND_INSECURE");

    static final Xlat MOUNT_FLAGS = new Xlat("MS_???")
            .add(1, "MS_RDONLY").add(2, "MS_NOSUID").add(4, "MS_NODEV").add(8, "MS_NOEXEC")
            .add(16, "MS_SYNCHRONOUS").add(32, "MS_REMOUNT").add(64, "MS_MANDLOCK").add(128, "MS_DIRSYNC")
            .add(256, "MS_NOSYMFOLLOW").add(1024, "MS_NOATIME").add(2048, "MS_NODIRATIME").add(4096, "MS_BIND")
            .add(8192, "MS_MOVE").add(16384, "MS_REC").add(32768, "MS_SILENT").add(1 << 16, "MS_POSIXACL")
            .add(1 << 17, "MS_UNBINDABLE").add(1 << 18, "MS_PRIVATE").add(1 << 19, "MS_SLAVE")
            .add(1 << 20, "MS_SHARED").add(1 << 21, "MS_RELATIME").add(1 << 22, "MS_KERNMOUNT")
            .add(1 << 23, "MS_I_VERSION").add(1 << 24, "MS_STRICTATIME").add(1 << 25, "MS_LAZYTIME")
            .add(1 << 26, "MS_SUBMOUNT").add(1 << 27, "MS_NOREMOTELOCK").add(1 << 28, "MS_NOSEC")
            .add(1 << 29, "MS_BORN").add(1 << 30, "MS_ACTIVE").add(1L << 31, "MS_NOUSER");

    static final long MS_REMOUNT = 32;
    /** Flags that make mount ignore both the file system type and the data. */
    static final long MS_IGNORES_TYPE_AND_DATA = 4096 | 8192 | (1 << 17) | (1 << 18) | (1 << 19) | (1 << 20);
    static final long MS_MGC_VAL = 0xc0ed0000L;
    static final long MS_MGC_MSK = 0xffff0000L;

    static final Xlat UMOUNT_FLAGS = new Xlat("MNT_???")
            .add(1, "MNT_FORCE").add(2, "MNT_DETACH").add(4, "MNT_EXPIRE").add(8, "UMOUNT_NOFOLLOW");
}
