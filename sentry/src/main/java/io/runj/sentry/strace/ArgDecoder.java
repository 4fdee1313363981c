package io.runj.sentry.strace;

import static io.runj.sentry.strace.StraceText.addr;
import static io.runj.sentry.strace.StraceText.hex;
import static io.runj.sentry.strace.StraceText.octal;

import io.runj.platform.Signal;
import io.runj.platform.syscall.ArgKind;

/** Prints one argument register according to its {@link ArgKind}, as strace would. */
final class ArgDecoder {

    private static final int AT_FDCWD = -100;
    private static final long S_IFMT = 0170000;
    private static final long S_IFCHR = 0020000;
    private static final long S_IFBLK = 0060000;
    private static final long MAP_TYPE = 0xf;
    private static final int MAP_HUGE_SHIFT = 26;
    private static final long MAP_HUGE_MASK = 0x3fL << MAP_HUGE_SHIFT;
    private static final long SOCK_TYPE_MASK = 0xf;

    private ArgDecoder() {
    }

    /**
     * The text for argument {@code i}, or null when strace leaves it out (an unused mode, a hidden
     * register). Kinds that decide the layout of the following arguments are handled by
     * {@link CommandDecoders} and never reach here.
     */
    static String decode(TraceeCall c, int i) {
        long v = c.arg(i);
        return switch (c.info.arg(i)) {
            case INT, FD -> Integer.toString((int) v);
            case UINT -> Long.toString(v & 0xffffffffL);
            case LONG -> Long.toString(v);
            case SIZE -> Long.toUnsignedString(v);
            case HEX, STRUCT_PTR -> addr(v);
            case HEX_VALUE -> hex(v);
            case UID -> (int) v == -1 ? "-1" : Long.toString(v & 0xffffffffL);
            case DIRFD -> (int) v == AT_FDCWD ? "AT_FDCWD" : Integer.toString((int) v);
            case PATH -> c.path(v);
            case PATH_OUT -> c.output(v, a -> c.path(a, c.ret - 1));
            case STRING -> c.cString(v);
            case BUF_IN -> c.string(v, c.arg(i + 1), false, false);
            case BUF_OUT -> c.output(v, a -> c.string(a, c.ret, false, false));
            case BUF_OUT_HEX -> c.output(v, a -> c.string(a, c.ret, false, true));
            case ARGV -> c.argv(v);
            case ENVP -> c.envp(v);
            case HIDDEN -> null;
            case OPEN_FLAGS -> openModes(v & 0xffffffffL);
            case OPEN_MODE -> (c.argOfKind(ArgKind.OPEN_FLAGS) & (Xlats.O_CREAT | Xlats.O_TMPFILE_BIT)) != 0
                    ? octal(v & 0xffffffffL) : null;
            case MODE -> octal(v & 0xffffffffL);
            case MKNOD_MODE -> symbolicMode(v & 0xffffffffL);
            case DEV -> isDevice(c.argOfKind(ArgKind.MKNOD_MODE)) ? makedev(v) : null;
            case FD_FLAGS -> Xlats.FD_FLAGS.flags(v & 0xffffffffL);
            case EPOLL_FLAGS -> Xlats.EPOLL_FLAGS.flags(v & 0xffffffffL);
            case EVENTFD_FLAGS -> Xlats.EVENTFD_FLAGS.flags(v & 0xffffffffL);
            case FADVISE_ADVICE -> Xlats.FADVISE.value(v & 0xffffffffL);
            // faccessat2 is the one *at call whose 0x200 means AT_EACCESS rather than AT_REMOVEDIR.
            case AT_FLAGS -> (c.info.indexOf(ArgKind.ACCESS_MODE) >= 0 ? Xlats.FACCESSAT_FLAGS : Xlats.AT_FLAGS)
                    .flags(v & 0xffffffffL);
            case ACCESS_MODE -> Xlats.ACCESS_MODES.flags(v & 0xffffffffL);
            case RENAME_FLAGS -> Xlats.RENAME_FLAGS.flags(v & 0xffffffffL);
            case PROT -> Xlats.PROT.flags(v);
            case MMAP_FLAGS -> mmapFlags(v);
            case MADVISE_ADVICE -> Xlats.MADVISE.value(v & 0xffffffffL);
            case MREMAP_FLAGS -> Xlats.MREMAP_FLAGS.flags(v);
            case MREMAP_NEW_ADDR -> (c.argOfKind(ArgKind.MREMAP_FLAGS) & Xlats.MREMAP_FIXED) != 0 ? addr(v) : null;
            case CLONE_FLAGS -> Xlats.CLONE_FLAGS.flags(v);
            case SIGNAL -> Signal.name((int) v);
            case SIG_HOW -> Xlats.SIG_HOW.value(v & 0xffffffffL);
            case SIGSET -> c.sigset(v);
            case SIGSET_OUT -> c.output(v, c::sigset);
            case WAIT_OPTIONS -> Xlats.WAIT_OPTIONS.flags(v & 0xffffffffL);
            // With WNOHANG and no child ready, wait4 returns 0 and leaves the status alone.
            case WAIT_STATUS -> v != 0 && c.succeeded() && c.ret != 0 ? c.waitStatus(v) : addr(v);
            case WAITID_TYPE -> Xlats.WAITID_TYPES.value(v & 0xffffffffL);
            case FCNTL_CMD -> Xlats.FCNTL_CMDS.value(v & 0xffffffffL);
            case FCNTL_ARG -> CommandDecoders.fcntlArg(c, (int) c.argOfKind(ArgKind.FCNTL_CMD), v);
            case IOCTL_REQ -> ioctlRequest(v & 0xffffffffL);
            case IOCTL_ARG -> Xlats.IOCTLS.lookup(c.argOfKind(ArgKind.IOCTL_REQ) & 0xffffffffL) != null
                    ? addr(v) : hex(v);
            case FD_PAIR -> c.output(v, c::fdPair);
            case SECCOMP_OP -> Xlats.SECCOMP_OPS.value(v & 0xffffffffL);
            case SECCOMP_FLAGS -> Xlats.SECCOMP_FILTER_FLAGS.flags(v & 0xffffffffL);
            case SOCKET_FAMILY -> Xlats.ADDRESS_FAMILIES.value(v & 0xffffffffL);
            case SOCKET_TYPE -> socketType(v & 0xffffffffL);
            case SOCKET_FLAGS -> Xlats.SOCKET_FLAGS.flags(v & 0xffffffffL);
            case SOCKET_PROTOCOL -> socketProtocol((int) c.argOfKind(ArgKind.SOCKET_FAMILY), (int) v);
            case MSG_FLAGS -> Xlats.MSG_FLAGS.flags(v & 0xffffffffL);
            case CLOCK_ID -> Xlats.CLOCKS.value(v & 0xffffffffL);
            case TIMESPEC -> c.timespec(v);
            case TIMESPEC_OUT -> c.output(v, c::timespec);
            case WHENCE -> Xlats.WHENCE.value(v & 0xffffffffL);
            case RLIMIT_RESOURCE -> Xlats.RLIMITS.value(v & 0xffffffffL);
            case GRND_FLAGS -> Xlats.GRND_FLAGS.flags(v & 0xffffffffL);
            case MOUNT_FLAGS -> mountFlags(v);
            case MOUNT_FSTYPE -> mountIgnoresType(c.argOfKind(ArgKind.MOUNT_FLAGS)) ? addr(v) : c.cString(v);
            case MOUNT_DATA -> mountIgnoresData(c.argOfKind(ArgKind.MOUNT_FLAGS)) ? addr(v) : c.cString(v);
            case UMOUNT_FLAGS -> Xlats.UMOUNT_FLAGS.flags(v & 0xffffffffL);
            case PTRACE_REQ, PRCTL_OPTION, ARCH_PRCTL_CODE, FUTEX_OP ->
                    throw new IllegalStateException(c.info.arg(i) + " lays out the arguments after it");
        };
    }

    /** O_RDONLY|O_CLOEXEC: the access mode always prints, then the flags, then unknown bits. */
    static String openModes(long flags) {
        String access = Xlats.OPEN_ACCESS.value(flags & 3);
        long rest = flags & ~3L;
        if (rest == 0) {
            return access;
        }
        String named = Xlats.OPEN_FLAGS.flagsOrNull(rest);
        return access + "|" + (named != null ? named : hex(rest));
    }

    /** MAP_PRIVATE|MAP_ANONYMOUS: the mapping type as a value, then flags, then the huge page size. */
    private static String mmapFlags(long flags) {
        StringBuilder out = new StringBuilder(Xlats.MMAP_TYPES.value(flags & MAP_TYPE));
        long rest = flags & ~MAP_TYPE & ~MAP_HUGE_MASK;
        if (rest != 0) {
            String named = Xlats.MMAP_FLAGS.flagsOrNull(rest);
            out.append('|').append(named != null ? named : hex(rest));
        }
        long huge = (flags & MAP_HUGE_MASK) >>> MAP_HUGE_SHIFT;
        if (huge != 0) {
            out.append('|').append(huge).append("<<MAP_HUGE_SHIFT");
        }
        return out.toString();
    }

    /** S_IFCHR|0666, S_IFREG|S_ISUID|0755, or plain octal when there is no file type. */
    private static String symbolicMode(long mode) {
        long type = mode & S_IFMT;
        String typeName = Xlats.FILE_TYPES.lookup(type);
        if (type != 0 && typeName == null) {
            return octal(mode);
        }
        StringBuilder out = new StringBuilder();
        if (typeName != null) {
            out.append(typeName).append('|');
        }
        if ((mode & 04000) != 0) {
            out.append("S_ISUID|");
        }
        if ((mode & 02000) != 0) {
            out.append("S_ISGID|");
        }
        if ((mode & 01000) != 0) {
            out.append("S_ISVTX|");
        }
        return out.append(octal(mode & 0777)).toString();
    }

    private static boolean isDevice(long mode) {
        long type = mode & S_IFMT;
        return type == S_IFCHR || type == S_IFBLK;
    }

    /** The kernel's dev_t split into major and minor, as glibc's makedev takes them. */
    private static String makedev(long dev) {
        long major = ((dev >>> 8) & 0xfff) | ((dev >>> 32) & ~0xfffL);
        long minor = (dev & 0xff) | ((dev >>> 12) & ~0xffL);
        return "makedev(" + hex(major) + ", " + hex(minor) + ")";
    }

    /** A named request, else the _IOC macro's four fields. */
    private static String ioctlRequest(long code) {
        String name = Xlats.IOCTLS.lookup(code);
        if (name != null) {
            return name;
        }
        return "_IOC(" + Xlats.IOCTL_DIRS.flags(code >>> 30) + ", " + hex((code >> 8) & 0xff) + ", "
                + hex(code & 0xff) + ", " + hex((code >> 16) & 0x3fff) + ")";
    }

    /** SOCK_STREAM|SOCK_CLOEXEC; an unknown type leaves all bits to the flag table. */
    private static String socketType(long type) {
        String name = Xlats.SOCKET_TYPES.lookup(type & SOCK_TYPE_MASK);
        if (name == null) {
            return Xlats.SOCKET_FLAGS.flags(type);
        }
        long flags = type & ~SOCK_TYPE_MASK;
        return flags == 0 ? name : name + "|" + Xlats.SOCKET_FLAGS.flags(flags);
    }

    private static String socketProtocol(int family, int protocol) {
        return switch (family) {
            case Xlats.AF_INET, Xlats.AF_INET6 -> Xlats.INET_PROTOCOLS.value(protocol & 0xffffffffL);
            case Xlats.AF_NETLINK -> Xlats.NETLINK_PROTOCOLS.value(protocol & 0xffffffffL);
            default -> Integer.toString(protocol);
        };
    }

    /** MS_BIND|MS_REC; the obsolete magic in the high half prints as MS_MGC_VAL. */
    private static String mountFlags(long flags) {
        if ((flags & Xlats.MS_MGC_MSK) != Xlats.MS_MGC_VAL) {
            return Xlats.MOUNT_FLAGS.flags(flags);
        }
        long rest = flags & ~Xlats.MS_MGC_MSK;
        return rest == 0 ? "MS_MGC_VAL" : "MS_MGC_VAL|" + Xlats.MOUNT_FLAGS.flags(rest);
    }

    private static long withoutMagic(long flags) {
        return (flags & Xlats.MS_MGC_MSK) == Xlats.MS_MGC_VAL ? flags & ~Xlats.MS_MGC_MSK : flags;
    }

    /** Remounts, binds, moves and propagation changes take no file system type. */
    private static boolean mountIgnoresType(long flags) {
        long f = withoutMagic(flags);
        return (f & Xlats.MS_REMOUNT) != 0 || (f & Xlats.MS_IGNORES_TYPE_AND_DATA) != 0;
    }

    /** Binds, moves and propagation changes take no data; remounts do. */
    private static boolean mountIgnoresData(long flags) {
        long f = withoutMagic(flags);
        return (f & Xlats.MS_REMOUNT) == 0 && (f & Xlats.MS_IGNORES_TYPE_AND_DATA) != 0;
    }
}
