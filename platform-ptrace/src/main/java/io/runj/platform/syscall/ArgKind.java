package io.runj.platform.syscall;

/**
 * How to interpret one syscall argument register, fine-grained enough to print it the way strace
 * does. Kinds marked "output" describe memory the kernel fills in: they can only be decoded after
 * the call returned successfully, and print as an address otherwise. Kinds marked "depends on"
 * are printed (or omitted) according to another argument of the same call.
 */
public enum ArgKind {
    /** Signed 32-bit decimal (C int, pid_t). */
    INT,
    /** Unsigned 32-bit decimal. */
    UINT,
    /** Signed 64-bit decimal (off_t, long). */
    LONG,
    /** Unsigned 64-bit decimal (size_t). */
    SIZE,
    /** Address: NULL for 0, else 0x-prefixed hex. */
    HEX,
    /** Opaque value in hex, 0 printed as "0" (strace's %#lx for undecoded flags and words). */
    HEX_VALUE,
    /** uid_t/gid_t: unsigned decimal, except (uid_t)-1 ("leave unchanged") printed as -1. */
    UID,
    /** File descriptor. */
    FD,
    /** Directory file descriptor of the *at calls: AT_FDCWD by name. */
    DIRFD,
    /** NUL-terminated path, quoted in full. */
    PATH,
    /** Output: a path the kernel wrote, the return value counting its NUL (getcwd). */
    PATH_OUT,
    /** NUL-terminated string, quoted and cut at 32 characters. */
    STRING,
    /** Buffer whose length is the next argument, quoted and cut at 32 bytes. */
    BUF_IN,
    /** Output: buffer whose length is the return value, quoted and cut at 32 bytes. */
    BUF_OUT,
    /** Output: like {@link #BUF_OUT} but every byte as \xNN (getrandom). */
    BUF_OUT_HEX,
    /** NULL-terminated array of strings, printed as a list. */
    ARGV,
    /** NULL-terminated array of strings, printed as its address and a count comment. */
    ENVP,
    /** Pointer to a structure not decoded yet: printed as an address. */
    STRUCT_PTR,
    /** Register the kernel reads but strace does not print (high half of a split 64-bit offset). */
    HIDDEN,

    /** open(2) flags: access mode then O_* flags. */
    OPEN_FLAGS,
    /** Depends on {@link #OPEN_FLAGS}: printed only when O_CREAT or O_TMPFILE asks for a mode. */
    OPEN_MODE,
    /** Permission bits in octal (0644). */
    MODE,
    /** mknod mode: file type by name plus permission bits (S_IFCHR|0666). */
    MKNOD_MODE,
    /** Depends on {@link #MKNOD_MODE}: device number, printed only for character and block devices. */
    DEV,
    /** O_CLOEXEC/O_NONBLOCK/O_DIRECT flags of pipe2 and dup3. */
    FD_FLAGS,
    /** epoll_create1 flags (EPOLL_CLOEXEC). */
    EPOLL_FLAGS,
    /** eventfd2 flags (EFD_CLOEXEC, EFD_NONBLOCK, EFD_SEMAPHORE). */
    EVENTFD_FLAGS,
    /** POSIX_FADV_* advice. */
    FADVISE_ADVICE,
    /** AT_* flags (AT_SYMLINK_NOFOLLOW, AT_EMPTY_PATH, ...). */
    AT_FLAGS,
    /** access(2) mode: F_OK or R_OK|W_OK|X_OK. */
    ACCESS_MODE,
    /** renameat2 flags. */
    RENAME_FLAGS,

    /** PROT_* memory protection. */
    PROT,
    /** mmap flags: mapping type then MAP_* flags. */
    MMAP_FLAGS,
    /** MADV_* advice. */
    MADVISE_ADVICE,
    /** MREMAP_* flags. */
    MREMAP_FLAGS,
    /** Depends on {@link #MREMAP_FLAGS}: new address, printed only with MREMAP_FIXED. */
    MREMAP_NEW_ADDR,

    /** CLONE_* flags (clone's low byte is its exit signal). */
    CLONE_FLAGS,
    /** Signal number by name. */
    SIGNAL,
    /** SIG_BLOCK/SIG_UNBLOCK/SIG_SETMASK. */
    SIG_HOW,
    /** Pointer to a signal set, printed as [INT TERM] or ~[...]. */
    SIGSET,
    /** Output: signal set the kernel fills in. */
    SIGSET_OUT,
    /** wait4/waitid option flags (WNOHANG, __WALL, ...). */
    WAIT_OPTIONS,
    /** Output: wait status, printed as the W* macros that decode it. */
    WAIT_STATUS,
    /** waitid's idtype (P_PID, P_ALL, ...). */
    WAITID_TYPE,

    /** fcntl command. */
    FCNTL_CMD,
    /** Depends on {@link #FCNTL_CMD}: its argument, omitted for commands that take none. */
    FCNTL_ARG,
    /** ioctl request: name for common tty/file requests, else its _IOC decoding. */
    IOCTL_REQ,
    /** Depends on {@link #IOCTL_REQ}: an address for the named requests, raw hex otherwise. */
    IOCTL_ARG,
    /** Output: two file descriptors (pipe, socketpair). */
    FD_PAIR,

    /** ptrace request; the remaining arguments are printed according to it. */
    PTRACE_REQ,
    /** prctl option; the remaining arguments are printed according to it. */
    PRCTL_OPTION,
    /** arch_prctl code; its address argument is printed according to it. */
    ARCH_PRCTL_CODE,
    /** seccomp operation. */
    SECCOMP_OP,
    /** seccomp filter flags. */
    SECCOMP_FLAGS,

    /** AF_* address family. */
    SOCKET_FAMILY,
    /** SOCK_* type plus SOCK_CLOEXEC/SOCK_NONBLOCK. */
    SOCKET_TYPE,
    /** SOCK_CLOEXEC/SOCK_NONBLOCK alone (accept4). */
    SOCKET_FLAGS,
    /** Depends on {@link #SOCKET_FAMILY}: protocol number by the family's names. */
    SOCKET_PROTOCOL,
    /** MSG_* flags of send/recv. */
    MSG_FLAGS,

    /** CLOCK_* id. */
    CLOCK_ID,
    /** Pointer to a struct timespec, printed as {tv_sec=..., tv_nsec=...}. */
    TIMESPEC,
    /** Output: struct timespec the kernel fills in. */
    TIMESPEC_OUT,
    /** futex operation; the remaining arguments are printed according to it. */
    FUTEX_OP,
    /** lseek whence (SEEK_SET, ...). */
    WHENCE,
    /** RLIMIT_* resource. */
    RLIMIT_RESOURCE,
    /** getrandom flags. */
    GRND_FLAGS,

    /** MS_* mount flags. */
    MOUNT_FLAGS,
    /** Depends on {@link #MOUNT_FLAGS}: file system type, an address when the flags make it unused. */
    MOUNT_FSTYPE,
    /** Depends on {@link #MOUNT_FLAGS}: mount data, an address when the flags make it unused. */
    MOUNT_DATA,
    /** umount2 flags (MNT_DETACH, ...). */
    UMOUNT_FLAGS,
}
