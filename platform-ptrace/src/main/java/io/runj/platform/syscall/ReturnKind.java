package io.runj.platform.syscall;

/** How a syscall's successful return value prints (errors always print as -1 ENAME (text)). */
public enum ReturnKind {
    /** Signed decimal: counts, file descriptors, pids. */
    DECIMAL,
    /** An address in hex (mmap, brk, mremap, shmat). */
    HEX,
    /** Permission bits in octal (umask). */
    OCTAL,
    /** The call does not return to the caller (exit, exit_group): strace prints "= ?". */
    NONE,
}
