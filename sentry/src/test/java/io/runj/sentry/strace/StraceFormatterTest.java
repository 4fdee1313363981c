package io.runj.sentry.strace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.runj.platform.syscall.SyscallInfo;
import io.runj.platform.syscall.SyscallTable;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Every expected line below is copied from strace 6.1 output on this machine ({@code strace -a0
 * -f}), for {@code sh -c 'echo hi; cat /nope'} and small C programs that make the calls shown; the
 * registers and the fake memory reproduce what those programs passed.
 */
class StraceFormatterTest {

    private final FakeMemory mem = new FakeMemory();

    private String format(String name, long ret, long... args) {
        return StraceFormatter.format(info(name), args, ret, mem);
    }

    private static SyscallInfo info(String name) {
        SyscallInfo info = SyscallTable.byName(name);
        if (info == null) {
            throw new IllegalArgumentException(name);
        }
        return info;
    }

    private void assertLine(String expected, String name, long ret, long... args) {
        assertEquals(expected, format(name, ret, args));
    }

    private static long errno(int e) {
        return -e;
    }

    // ---- sh -c 'echo hi' -------------------------------------------------------------------

    @Test
    void execveOfAShell() {
        mem.putString(0x1000, "/usr/bin/sh")
                .putWords(0x2000, 0x3000, 0x3010, 0x3020, 0)
                .putString(0x3000, "sh").putString(0x3010, "-c").putString(0x3020, "echo hi; cat /nope");
        long[] env = new long[40];
        Arrays.fill(env, 0, 39, 0x4000);
        mem.putWords(0x7ffee042a060L, env).putString(0x4000, "A=1");
        String expected = "execve(\"/usr/bin/sh\", [\"sh\", \"-c\", \"echo hi; cat /nope\"], "
                + "0x7ffee042a060 /* 39 vars */) = 0";
        long[] args = {0x1000, 0x2000, 0x7ffee042a060L, 0, 0, 0};
        assertEquals(expected, StraceFormatter.format(info("execve"), args, 0, mem));
        // How a tracer prints it: the arguments at entry, the result after the new image is in.
        assertEquals(expected, StraceFormatter.formatEntry(info("execve"), args, mem)
                + StraceFormatter.formatResult(info("execve"), 0));
    }

    @Test
    void dynamicLoaderStartup() {
        assertLine("brk(NULL) = 0x556fbbddf000", "brk", 0x556fbbddf000L, 0);
        assertLine("mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f5f36026000",
                "mmap", 0x7f5f36026000L, 0, 8192, 3, 0x22, -1, 0);
        mem.putString(0x1000, "/etc/ld.so.preload").putString(0x2000, "/etc/ld.so.cache");
        assertLine("access(\"/etc/ld.so.preload\", R_OK) = -1 ENOENT (No such file or directory)",
                "access", errno(2), 0x1000, 4);
        assertLine("openat(AT_FDCWD, \"/etc/ld.so.cache\", O_RDONLY|O_CLOEXEC) = 3",
                "openat", 3, -100, 0x2000, 02000000, 0);
        assertLine("mmap(NULL, 35275, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f5f3601d000",
                "mmap", 0x7f5f3601d000L, 0, 35275, 1, 2, 3, 0);
        assertLine("close(3) = 0", "close", 0, 3);
        assertLine("mmap(0x7f5f35e61000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, "
                + "0x26000) = 0x7f5f35e61000", "mmap", 0x7f5f35e61000L, 0x7f5f35e61000L, 1400832, 5, 0x812, 3, 0x26000);
        assertLine("arch_prctl(ARCH_SET_FS, 0x7f5f35e38740) = 0", "arch_prctl", 0, 0x1002, 0x7f5f35e38740L);
        assertLine("set_tid_address(0x7f5f35e38a10) = 3574", "set_tid_address", 3574, 0x7f5f35e38a10L);
        assertLine("set_robust_list(0x7f5f35e38a20, 24) = 0", "set_robust_list", 0, 0x7f5f35e38a20L, 24);
        assertLine("rseq(0x7f5f35e39060, 0x20, 0, 0x53053053) = 0", "rseq", 0, 0x7f5f35e39060L, 0x20, 0, 0x53053053);
        assertLine("mprotect(0x7f5f3600a000, 16384, PROT_READ) = 0", "mprotect", 0, 0x7f5f3600a000L, 16384, 1);
        assertLine("munmap(0x7f5f3601d000, 35275) = 0", "munmap", 0, 0x7f5f3601d000L, 35275);
        assertLine("getuid() = 0", "getuid", 0);
        assertLine("getpid() = 3574", "getpid", 3574);
    }

    @Test
    void readOfAnElfHeaderEscapesInOctal() {
        byte[] elf = new byte[832];
        byte[] head = {0x7f, 'E', 'L', 'F', 2, 1, 1, 3, 0, 0, 0, 0, 0, 0, 0, 0,
            3, 0, '>', 0, 1, 0, 0, 0, 0x10, 't', 2, 0, 0, 0, 0, 0, '0'};
        System.arraycopy(head, 0, elf, 0, head.length);
        mem.put(0x5000, elf);
        // byte 32 is '0': strace looks ahead only within the 32 bytes it prints, so "\0" stays short.
        assertLine("read(3, \"\\177ELF\\2\\1\\1\\3\\0\\0\\0\\0\\0\\0\\0\\0\\3\\0>\\0\\1\\0\\0\\0\\20t\\2\\0\\0\\0\\0\\0\"..., "
                + "832) = 832", "read", 832, 3, 0x5000, 832);
        byte[] phdr = new byte[784];
        byte[] phead = {6, 0, 0, 0, 4, 0, 0, 0, '@', 0, 0, 0, 0, 0, 0, 0, '@', 0, 0, 0, 0, 0, 0, 0, '@'};
        System.arraycopy(phead, 0, phdr, 0, phead.length);
        mem.put(0x6000, phdr);
        assertLine("pread64(3, \"\\6\\0\\0\\0\\4\\0\\0\\0@\\0\\0\\0\\0\\0\\0\\0@\\0\\0\\0\\0\\0\\0\\0@\\0\\0\\0\\0\\0\\0\\0\"..., "
                + "784, 64) = 784", "pread64", 784, 3, 0x6000, 784, 64);
    }

    @Test
    void writeAndGetrandom() {
        mem.putBytes(0x1000, "hi\n");
        assertLine("write(1, \"hi\\n\", 3) = 3", "write", 3, 1, 0x1000, 3);
        mem.put(0x2000, new byte[] {0x1f, (byte) 0xea, 0x03, 0x05, (byte) 0x90, 0x5f, (byte) 0xcc, (byte) 0xe7});
        assertLine("getrandom(\"\\x1f\\xea\\x03\\x05\\x90\\x5f\\xcc\\xe7\", 8, GRND_NONBLOCK) = 8",
                "getrandom", 8, 0x2000, 8, 1);
        assertLine("getrandom(NULL, 0, 0) = 0", "getrandom", 0, 0, 0, 0);
    }

    @Test
    void signalMasksAndActions() {
        long fill = ~(3L << 31); // glibc's sigfillset leaves out its two internal signals
        mem.putWords(0x1000, fill).putWords(0x2000, 0).putWords(0x3000, ~((1L << 8) | (1L << 18) | (3L << 31)))
                .putWords(0x4000, (1L << 1) | (1L << 14) | (1L << 39));
        assertLine("rt_sigprocmask(SIG_SETMASK, ~[RTMIN RT_1], NULL, 8) = 0", "rt_sigprocmask", 0, 2, 0x1000, 0, 8);
        assertLine("rt_sigprocmask(SIG_SETMASK, [], ~[KILL STOP RTMIN RT_1], 8) = 0",
                "rt_sigprocmask", 0, 2, 0x2000, 0x3000, 8);
        assertLine("rt_sigprocmask(SIG_BLOCK, [INT TERM RT_8], NULL, 8) = 0", "rt_sigprocmask", 0, 0, 0x4000, 0, 8);
        assertLine("rt_sigprocmask(SIG_UNBLOCK, [INT TERM RT_8], [INT TERM RT_8], 8) = 0",
                "rt_sigprocmask", 0, 1, 0x4000, 0x4000, 8);
        assertLine("rt_sigprocmask(0x63 /* SIG_??? */, NULL, NULL, 8) = 0", "rt_sigprocmask", 0, 99, 0, 0, 8);
        assertLine("rt_sigaction(SIGINT, NULL, NULL, 8) = 0", "rt_sigaction", 0, 2, 0, 0, 8);
    }

    @Test
    void forkAndWait() {
        assertLine("clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, "
                + "child_tidptr=0x7fdb45fd0a10) = 6120", "clone", 6120, 0x01200011, 0, 0, 0x7fdb45fd0a10L, 0);
        mem.putInts(0x1000, 3 << 8).putInts(0x2000, 9);
        assertLine("wait4(6120, [{WIFEXITED(s) && WEXITSTATUS(s) == 3}], 0, NULL) = 6120",
                "wait4", 6120, 6120, 0x1000, 0, 0);
        assertLine("wait4(6121, [{WIFSIGNALED(s) && WTERMSIG(s) == SIGKILL}], __WALL, NULL) = 6121",
                "wait4", 6121, 6121, 0x2000, 0x40000000, 0);
        assertLine("wait4(-1, 0x7fffc12c2d5c, WNOHANG, NULL) = -1 ECHILD (No child processes)",
                "wait4", errno(10), -1, 0x7fffc12c2d5cL, 1, 0);
        assertLine("wait4(-1, NULL, WNOHANG|WSTOPPED|WCONTINUED|__WALL, NULL) = -1 ECHILD (No child processes)",
                "wait4", errno(10), -1, 0, 0x4000000b, 0);
        assertLine("exit_group(3) = ?", "exit_group", 0, 3);
        assertLine("exit(5) = ?", "exit", 0, 5);
    }

    /** Formats from strace's printstatus for stops and core dumps, which the C programs did not hit. */
    @Test
    void waitStatusStopsAndCoreDumps() {
        mem.putInts(0x1000, (4 << 16) | (5 << 8) | 0x7f).putInts(0x2000, 0x80 | 11).putInts(0x3000, 0xffff);
        assertLine("wait4(7, [{WIFSTOPPED(s) && WSTOPSIG(s) == SIGTRAP} | PTRACE_EVENT_EXEC << 16], __WALL, NULL) = 7",
                "wait4", 7, 7, 0x1000, 0x40000000, 0);
        assertLine("wait4(7, [{WIFSIGNALED(s) && WTERMSIG(s) == SIGSEGV && WCOREDUMP(s)}], 0, NULL) = 7",
                "wait4", 7, 7, 0x2000, 0, 0);
        assertLine("wait4(7, [{WIFCONTINUED(s)}], WCONTINUED, NULL) = 7", "wait4", 7, 7, 0x3000, 8, 0);
    }

    // ---- file calls ---------------------------------------------------------------------------

    @Test
    void readsWritesAndErrors() {
        mem.putBytes(0x1000, "vm\n");
        assertLine("read(3, \"vm\\n\", 100) = 3", "read", 3, 3, 0x1000, 100);
        assertLine("read(3, 0x1, 10) = -1 EFAULT (Bad address)", "read", errno(14), 3, 1, 10);
        assertLine("lseek(3, 0, SEEK_SET) = 0", "lseek", 0, 3, 0, 0);
        assertLine("lseek(3, -5, SEEK_END) = -1 EINVAL (Invalid argument)", "lseek", errno(22), 3, -5, 2);
        assertLine("lseek(0, 0, 0x63 /* SEEK_??? */) = -1 EINVAL (Invalid argument)", "lseek", errno(22), 0, 0, 99);
        assertLine("close(-1) = -1 EBADF (Bad file descriptor)", "close", errno(9), -1);
        mem.putBytes(0x2000, "x");
        assertLine("pwrite64(99, \"x\", 1, 7) = -1 EBADF (Bad file descriptor)", "pwrite64", errno(9), 99, 0x2000, 1, 7);
        mem.putString(0x3000, "");
        assertLine("pread64(0, \"\", 10, 5) = 0", "pread64", 0, 0, 0x3000, 10, 5);
    }

    @Test
    void stringEscapesAndTruncation() {
        String weird = "a\tb\"c\\d\u0001\u00012\u007f\u00ff end of a longer string here!!xyz";
        mem.putBytes(0x1000, weird);
        assertLine("write(4, \"a\\tb\\\"c\\\\d\\1\\0012\\177\\377 end of a longer str\"..., 45) = 45",
                "write", 45, 4, 0x1000, 45);
        assertLine("read(3, \"a\\tb\\\"c\\\\d\\1\\0012\\177\\377 end of a longer str\"..., 100) = 45",
                "read", 45, 3, 0x1000, 100);
        mem.put(0x2000, new byte[3]);
        assertLine("write(4, \"\\0\\0\\0\", 3) = 3", "write", 3, 4, 0x2000, 3);
        mem.putBytes(0x3000, "\u00011\u00019\u0001a\u00ff\b\u001b");
        assertLine("write(99, \"\\0011\\19\\1a\\377\\10\\33\", 9) = -1 EBADF (Bad file descriptor)",
                "write", errno(9), 99, 0x3000, 9);
        mem.putBytes(0x4000, "0123456789abcdefghijklmnopqrstuvwxyz");
        assertLine("write(99, \"0123456789abcdefghijklmnopqrstuv\"..., 33) = -1 EBADF (Bad file descriptor)",
                "write", errno(9), 99, 0x4000, 33);
        assertLine("write(99, \"0123456789abcdefghijklmnopqrstuv\", 32) = -1 EBADF (Bad file descriptor)",
                "write", errno(9), 99, 0x4000, 32);
    }

    @Test
    void unreadableMemoryPrintsTheAddress() {
        // "abc" right before an unmapped page: no NUL for the path, too short for the buffer.
        mem.putBytes(0x7f4e3378fffdL, "abc");
        assertLine("openat(AT_FDCWD, 0x7f4e3378fffd, O_RDONLY) = -1 EFAULT (Bad address)",
                "openat", errno(14), -100, 0x7f4e3378fffdL, 0, 0);
        assertLine("write(99, 0x7f4e3378fffd, 10) = -1 EBADF (Bad file descriptor)",
                "write", errno(9), 99, 0x7f4e3378fffdL, 10);
        assertLine("openat(AT_FDCWD, 0x10, O_RDONLY) = -1 EFAULT (Bad address)", "openat", errno(14), -100, 0x10, 0, 0);
        assertLine("openat(AT_FDCWD, NULL, O_RDONLY) = -1 EFAULT (Bad address)", "openat", errno(14), -100, 0, 0, 0);
    }

    @Test
    void openFlagsAndModes() {
        mem.putString(0x1000, "/tmp/st/new").putString(0x2000, "/tmp/st").putString(0x3000, "");
        assertLine("openat(AT_FDCWD, \"/tmp/st/new\", O_WRONLY|O_CREAT|O_TRUNC, 0644) = 5",
                "openat", 5, -100, 0x1000, 01101, 0644);
        assertLine("openat(AT_FDCWD, \"/tmp/st/new\", O_RDWR|O_APPEND|O_SYNC|O_DIRECTORY|0x40000000) = -1 ENOTDIR "
                + "(Not a directory)", "openat", errno(20), -100, 0x1000, 0x40000000 | 04212002, 0);
        assertLine("openat(AT_FDCWD, \"/tmp/st\", O_RDWR|O_TMPFILE, 0600) = 6",
                "openat", 6, -100, 0x2000, 020200002, 0600);
        assertLine("openat(-5, \"\", O_ACCMODE|O_CREAT|O_EXCL|O_NOCTTY|O_TRUNC|O_APPEND|O_NONBLOCK|O_SYNC|O_DIRECT"
                + "|O_LARGEFILE|O_NOFOLLOW|O_NOATIME|O_CLOEXEC|O_PATH|O_TMPFILE|FASYNC|0x7f80003c, 040120) = -1 ENOENT "
                + "(No such file or directory)", "openat", errno(2), -5, 0x3000, 0x7fffffff, 040120);
    }

    @Test
    void fcntlCommandsAndResults() {
        assertLine("fcntl(3, F_GETFD) = 0x1 (flags FD_CLOEXEC)", "fcntl", 1, 3, 1);
        assertLine("fcntl(3, F_SETFD, FD_CLOEXEC) = 0", "fcntl", 0, 3, 2, 1);
        assertLine("fcntl(3, F_GETFL) = 0x8000 (flags O_RDONLY|O_LARGEFILE)", "fcntl", 0x8000, 3, 3);
        assertLine("fcntl(1, F_GETFL) = 0x1 (flags O_WRONLY)", "fcntl", 1, 1, 3);
        assertLine("fcntl(3, F_SETFL, O_RDONLY|O_NONBLOCK) = 0", "fcntl", 0, 3, 4, 04000);
        assertLine("fcntl(3, F_DUPFD_CLOEXEC, 10) = 11", "fcntl", 11, 3, 1030, 10);
        assertLine("fcntl(1, F_SETLK, NULL) = -1 EFAULT (Bad address)", "fcntl", errno(14), 1, 6, 0);
        assertLine("fcntl(1, F_GETOWN) = 0", "fcntl", 0, 1, 9);
        assertLine("fcntl(1, 0x270f /* F_??? */, 0x5) = -1 EINVAL (Invalid argument)", "fcntl", errno(22), 1, 9999, 5);
        assertLine("fcntl(1, F_SETSIG, SIGIO) = 0", "fcntl", 0, 1, 10, 29);
        assertLine("fcntl(1, F_ADD_SEALS, F_SEAL_SEAL|F_SEAL_WRITE) = -1 EINVAL (Invalid argument)",
                "fcntl", errno(22), 1, 1033, 9);
        assertLine("fcntl(1, F_SETLEASE, F_UNLCK) = -1 EINVAL (Invalid argument)", "fcntl", errno(22), 1, 1024, 2);
        // Without the arguments, formatResult cannot know the command and prints the plain value.
        assertEquals(" = 32768", StraceFormatter.formatResult(info("fcntl"), 0x8000));
    }

    @Test
    void descriptors() {
        assertLine("dup2(3, 20) = 20", "dup2", 20, 3, 20);
        assertLine("dup3(3, 21, O_CLOEXEC) = 21", "dup3", 21, 3, 21, 02000000);
        mem.putInts(0x1000, 3, 4);
        assertLine("pipe2([3, 4], O_NONBLOCK|O_CLOEXEC) = 0", "pipe2", 0, 0x1000, 02004000);
        assertLine("epoll_create1(EPOLL_CLOEXEC) = 3", "epoll_create1", 3, 02000000);
        assertLine("eventfd2(0, EFD_CLOEXEC|EFD_NONBLOCK) = 4", "eventfd2", 4, 0, 02004000);
        assertLine("fadvise64(3, 0, 0, POSIX_FADV_SEQUENTIAL) = 0", "fadvise64", 0, 3, 0, 0, 2);
        assertLine("close_range(3, 4294967295, 0) = 0", "close_range", 0, 3, 0xffffffffL, 0);
        assertLine("pidfd_open(99999, 0) = -1 ESRCH (No such process)", "pidfd_open", errno(3), 99999, 0);
        mem.putString(0x2000, "/proc/self/exe").putBytes(0x3000, "/tmp/st/t").putString(0x4000, "/tmp");
        assertLine("readlink(\"/proc/self/exe\", \"/tmp/st/t\", 100) = 9", "readlink", 9, 0x2000, 0x3000, 100);
        assertLine("getcwd(\"/tmp\", 100) = 5", "getcwd", 5, 0x4000, 100);
        assertLine("getdents64(99, 0x7fff6c47d930, 100) = -1 EBADF (Bad file descriptor)",
                "getdents64", errno(9), 99, 0x7fff6c47d930L, 100);
    }

    @Test
    void pathCalls() {
        mem.putString(0x1000, "/tmp/st/d").putString(0x2000, "/etc/passwd").putString(0x3000, "/x")
                .putString(0x4000, "rel").putString(0x5000, "/a").putString(0x6000, "/b").putString(0x7000, "b");
        assertLine("mkdir(\"/tmp/st/d\", 0755) = 0", "mkdir", 0, 0x1000, 0755);
        assertLine("unlinkat(AT_FDCWD, \"/tmp/st/d\", AT_REMOVEDIR) = 0", "unlinkat", 0, -100, 0x1000, 0x200);
        assertLine("access(\"/etc/passwd\", R_OK|W_OK) = 0", "access", 0, 0x2000, 6);
        assertLine("access(\"/etc/passwd\", F_OK) = 0", "access", 0, 0x2000, 0);
        assertLine("faccessat2(AT_FDCWD, \"/x\", X_OK, AT_EACCESS) = -1 ENOENT (No such file or directory)",
                "faccessat2", errno(2), -100, 0x3000, 1, 0x200);
        assertLine("faccessat2(3, \"rel\", R_OK, AT_SYMLINK_NOFOLLOW|AT_EMPTY_PATH|0x10000) = -1 EINVAL "
                + "(Invalid argument)", "faccessat2", errno(22), 3, 0x4000, 4, 0x11100);
        assertLine("rename(\"/a\", \"/b\") = -1 ENOENT (No such file or directory)", "rename", errno(2), 0x5000, 0x6000);
        assertLine("renameat2(AT_FDCWD, \"/a\", 5, \"b\", RENAME_NOREPLACE) = -1 EBADF (Bad file descriptor)",
                "renameat2", errno(9), -100, 0x5000, 5, 0x7000, 1);
        assertLine("symlinkat(\"/a\", AT_FDCWD, \"/b\") = -1 EEXIST (File exists)",
                "symlinkat", errno(17), 0x5000, -100, 0x6000);
        assertLine("linkat(AT_FDCWD, \"/a\", AT_FDCWD, \"/b\", AT_SYMLINK_FOLLOW) = -1 ENOENT (No such file or "
                + "directory)", "linkat", errno(2), -100, 0x5000, -100, 0x6000, 0x400);
        assertLine("chmod(\"/a\", 04755) = -1 ENOENT (No such file or directory)", "chmod", errno(2), 0x5000, 04755);
        assertLine("fchmod(99, 000) = -1 EBADF (Bad file descriptor)", "fchmod", errno(9), 99, 0);
        assertLine("fchmodat(AT_FDCWD, \"/a\", 0644) = -1 ENOENT (No such file or directory)",
                "fchmodat", errno(2), -100, 0x5000, 0644);
        assertLine("chown(\"/a\", 0, -1) = -1 ENOENT (No such file or directory)",
                "chown", errno(2), 0x5000, 0, 0xffffffffL);
        assertLine("fchownat(AT_FDCWD, \"/a\", 0, 0, AT_SYMLINK_NOFOLLOW) = -1 ENOENT (No such file or directory)",
                "fchownat", errno(2), -100, 0x5000, 0, 0, 0x100);
        assertLine("mknodat(AT_FDCWD, \"/a\", S_IFIFO|0600) = 0", "mknodat", 0, -100, 0x5000, 010600, 0);
        assertLine("mknodat(AT_FDCWD, \"/a\", S_IFCHR|0666, makedev(0x1, 0x3)) = -1 EEXIST (File exists)",
                "mknodat", errno(17), -100, 0x5000, 020666, 0x103);
        assertLine("mknodat(AT_FDCWD, \"/x\", S_IFREG|S_ISUID|S_ISVTX|0644) = 0",
                "mknodat", 0, -100, 0x3000, 0105644, 0);
        assertLine("mknodat(AT_FDCWD, \"/x\", 0644) = -1 EEXIST (File exists)", "mknodat", errno(17), -100, 0x3000, 0644, 0);
        assertLine("mknodat(AT_FDCWD, \"/x\", S_IFBLK|0644, makedev(0x456, 0x12378)) = -1 EEXIST (File exists)",
                "mknodat", errno(17), -100, 0x3000, 060644, 0x12345678);
        assertLine("umask(022) = 022", "umask", 022, 022);
        assertLine("umask(022) = 000", "umask", 0, 022);
        assertLine("umask(000) = 022", "umask", 022, 0);
        mem.putString(0x8000, "/tmp").putString(0x9000, "/nonexistent").putString(0xa000, ".");
        assertLine("chdir(\"/tmp\") = 0", "chdir", 0, 0x8000);
        assertLine("chdir(\"/nonexistent\") = -1 ENOENT (No such file or directory)", "chdir", errno(2), 0x9000);
        assertLine("pivot_root(\".\", \".\") = -1 EBUSY (Device or resource busy)", "pivot_root", errno(16), 0xa000, 0xa000);
    }

    @Test
    void longPathsPrintInFullButStringsStopAt32() {
        String longPath = "/" + "d".repeat(60);
        mem.putString(0x1000, longPath);
        assertLine("chdir(\"" + longPath + "\") = 0", "chdir", 0, 0x1000);
    }

    // ---- memory ------------------------------------------------------------------------------

    @Test
    void mmapFlagsAndProtections() {
        assertLine("mprotect(0x7fdb461bc000, 4096, PROT_NONE) = 0", "mprotect", 0, 0x7fdb461bc000L, 4096, 0);
        assertLine("mprotect(0x7fdb461bc000, 4096, PROT_READ|PROT_EXEC|0x100) = -1 EINVAL (Invalid argument)",
                "mprotect", errno(22), 0x7fdb461bc000L, 4096, 0x105);
        assertLine("mmap(NULL, 4096, PROT_READ, MAP_SHARED|MAP_POPULATE|MAP_STACK|MAP_FIXED_NOREPLACE, 99, 0x1000) = "
                + "-1 EBADF (Bad file descriptor)", "mmap", errno(9), 0, 4096, 1, 0x128001, 99, 0x1000);
        assertLine("mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_NORESERVE|MAP_GROWSDOWN|MAP_EXECUTABLE|"
                + "MAP_LOCKED, -1, 0) = -1 EBADF (Bad file descriptor)", "mmap", errno(9), 0, 4096, 3, 0x7102, -1, 0);
        assertLine("mmap(NULL, 4096, PROT_READ|PROT_WRITE, 0x4 /* MAP_??? */|MAP_ANONYMOUS, -1, 0) = -1 EINVAL "
                + "(Invalid argument)", "mmap", errno(22), 0, 4096, 3, 0x24, -1, 0);
        assertLine("mmap(NULL, 4096, 0xf0 /* PROT_??? */, MAP_SHARED_VALIDATE|1<<MAP_HUGE_SHIFT, -1, 0) = -1 EBADF "
                + "(Bad file descriptor)", "mmap", errno(9), 0, 4096, 0xf0, 0x4000003, -1, 0);
        assertLine("madvise(0x7fff6c47d930, 4096, MADV_DONTNEED) = -1 EINVAL (Invalid argument)",
                "madvise", errno(22), 0x7fff6c47d930L, 4096, 4);
        assertLine("madvise(0x7fff6c47d930, 4096, 0x63 /* MADV_??? */) = -1 EINVAL (Invalid argument)",
                "madvise", errno(22), 0x7fff6c47d930L, 4096, 99);
        assertLine("madvise(NULL, 0, MADV_NORMAL) = 0", "madvise", 0, 0, 0, 0);
        assertLine("mremap(0x1000, 4096, 8192, MREMAP_MAYMOVE) = -1 EFAULT (Bad address)",
                "mremap", errno(14), 0x1000, 4096, 8192, 1, 0);
    }

    // ---- processes and signals ----------------------------------------------------------------

    @Test
    void killAndSignals() {
        assertLine("kill(0, 0) = 0", "kill", 0, 0, 0);
        assertLine("kill(-1, SIGCONT) = 0", "kill", 0, -1, 18);
        assertLine("kill(999999, SIGRT_2) = -1 ESRCH (No such process)", "kill", errno(3), 999999, 34);
        assertLine("kill(999999, SIGRT_8) = -1 ESRCH (No such process)", "kill", errno(3), 999999, 40);
        assertLine("kill(999999, SIGRT_32) = -1 ESRCH (No such process)", "kill", errno(3), 999999, 64);
        assertLine("kill(999999, SIGRTMIN) = -1 ESRCH (No such process)", "kill", errno(3), 999999, 32);
        assertLine("kill(999999, SIGRT_1) = -1 ESRCH (No such process)", "kill", errno(3), 999999, 33);
        assertLine("kill(1, 99) = -1 EINVAL (Invalid argument)", "kill", errno(22), 1, 99);
        assertLine("tgkill(1, 2, SIGUSR1) = -1 ESRCH (No such process)", "tgkill", errno(3), 1, 2, 10);
    }

    @Test
    void cloneVariants() {
        assertLine("clone(child_stack=0x1000, flags=CLONE_VM|CLONE_VFORK|CLONE_SETTLS|CLONE_PARENT_SETTID, "
                + "parent_tid=0x2000, tls=0x4000) = 9272", "clone", 9272, 0x184100, 0x1000, 0x2000, 0x3000, 0x4000);
        assertLine("clone(child_stack=NULL, flags=0) = -1 ENOMEM (Cannot allocate memory)", "clone", errno(12), 0, 0, 0,
                0, 0);
        assertLine("clone(child_stack=NULL, flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_PTRACE|CLONE_VFORK|CLONE_PARENT|"
                + "CLONE_NEWNS|CLONE_SYSVSEM|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID|CLONE_NEWIPC|CLONE_NEWNET|"
                + "0x1700400000|255, parent_tid=NULL, child_tidptr=NULL) = -1 EINVAL (Invalid argument)",
                "clone", errno(22), 99999999999L, 0, 0, 0, 0);
        mem.putInts(0x2000, 9272);
        assertLine("clone(child_stack=NULL, flags=CLONE_PARENT_SETTID|SIGCHLD, parent_tid=[9272]) = 9272",
                "clone", 9272, 0x100011, 0, 0x2000, 0, 0);
        assertEquals("clone(child_stack=NULL, flags=CLONE_PARENT_SETTID|SIGCHLD, parent_tid=0x2000)",
                StraceFormatter.formatEntry(info("clone"), new long[] {0x100011, 0, 0x2000, 0, 0, 0}, mem));
    }

    @Test
    void execveArgumentLists() {
        mem.putString(0x1000, "/nonexistent/bin").putString(0x1100, "/nonexistent")
                .putWords(0x2000, 0x3000, 0x3010, 0x3040, 0)
                .putString(0x3000, "a").putString(0x3010, "b with space")
                .putString(0x3040, "a string that is definitely longer than 32 chars")
                .putWords(0x7fffc12c2d60L, 0x3000, 0);
        assertLine("execve(\"/nonexistent/bin\", [\"a\", \"b with space\", \"a string that is definitely long\"...], "
                + "0x7fffc12c2d60 /* 1 var */) = -1 ENOENT (No such file or directory)",
                "execve", errno(2), 0x1000, 0x2000, 0x7fffc12c2d60L);
        assertLine("execve(\"/nonexistent/bin\", NULL, NULL) = -1 ENOENT (No such file or directory)",
                "execve", errno(2), 0x1000, 0, 0);
        assertLine("execve(\"/nonexistent\", 0x10, 0x10) = -1 ENOENT (No such file or directory)",
                "execve", errno(2), 0x1100, 0x10, 0x10);

        long[] manyX = new long[40];
        Arrays.fill(manyX, 0, 39, 0x3000 + 0x800);
        mem.putString(0x3800, "x").putWords(0x7ffdd5c0f930L, manyX);
        assertLine("execve(\"/nonexistent\", [" + "\"x\", ".repeat(32) + "...], 0x7ffdd5c0f930 /* 39 vars */) = -1 "
                + "ENOENT (No such file or directory)", "execve", errno(2), 0x1100, 0x7ffdd5c0f930L, 0x7ffdd5c0f930L);

        // The array runs into an unmapped page after two entries.
        mem.putWords(0x7f4e3378fff0L, 0x4000, 0x4010).putString(0x4000, "first").putString(0x4010, "second");
        assertLine("execve(\"/nonexistent\", [\"first\", \"second\", ... /* 0x7f4e33790000 */], 0x7f4e3378fff0 "
                + "/* 2 vars, unterminated */) = -1 ENOENT (No such file or directory)",
                "execve", errno(2), 0x1100, 0x7f4e3378fff0L, 0x7f4e3378fff0L);

        // Exactly 32 characters prints whole; 33 gets "...".
        mem.putWords(0x5000, 0x5100, 0x5200, 0).putString(0x5100, "0123456789abcdefghijklmnopqrstuv")
                .putString(0x5200, "0123456789abcdefghijklmnopqrstuvw");
        assertLine("execve(\"/nonexistent\", [\"0123456789abcdefghijklmnopqrstuv\", \"0123456789abcdefghijklmnopqrstuv\""
                + "...], NULL) = -1 ENOENT (No such file or directory)", "execve", errno(2), 0x1100, 0x5000, 0);
    }

    @Test
    void ptraceRequests() {
        assertLine("ptrace(PTRACE_TRACEME) = -1 EPERM (Operation not permitted)", "ptrace", errno(1), 0, 0, 0, 0);
        assertLine("ptrace(PTRACE_PEEKDATA, 99999, 0x1000, 0x7fff6c47d8a8) = -1 ESRCH (No such process)",
                "ptrace", errno(3), 2, 99999, 0x1000, 0x7fff6c47d8a8L);
        assertLine("ptrace(PTRACE_CONT, 99999, NULL, SIGTERM) = -1 ESRCH (No such process)",
                "ptrace", errno(3), 7, 99999, 0, 15);
        assertLine("ptrace(PTRACE_SETOPTIONS, 99999, NULL, PTRACE_O_TRACESYSGOOD|PTRACE_O_EXITKILL) = -1 ESRCH "
                + "(No such process)", "ptrace", errno(3), 0x4200, 99999, 0, 0x100001);
        assertLine("ptrace(PTRACE_ATTACH, 99999) = -1 ESRCH (No such process)", "ptrace", errno(3), 16, 99999, 0, 0);
        assertLine("ptrace(PTRACE_GETREGS, 99999, 0x7fff6c47d930) = -1 ESRCH (No such process)",
                "ptrace", errno(3), 12, 99999, 0, 0x7fff6c47d930L);
        assertLine("ptrace(PTRACE_SEIZE, 99999, NULL, PTRACE_O_TRACECLONE) = -1 ESRCH (No such process)",
                "ptrace", errno(3), 0x4206, 99999, 0, 8);
        assertLine("ptrace(PTRACE_SYSCALL, 99999, NULL, 0) = -1 ESRCH (No such process)",
                "ptrace", errno(3), 24, 99999, 0, 0);
        assertLine("ptrace(PTRACE_GETREGSET, 99999, NT_PRSTATUS, 0x10) = -1 ESRCH (No such process)",
                "ptrace", errno(3), 0x4204, 99999, 1, 0x10);
        assertLine("ptrace(PTRACE_POKEDATA, 99999, 0x10, 0x20) = -1 ESRCH (No such process)",
                "ptrace", errno(3), 5, 99999, 0x10, 0x20);
        assertLine("ptrace(PTRACE_GETEVENTMSG, 99999, NULL, 0x20) = -1 ESRCH (No such process)",
                "ptrace", errno(3), 0x4201, 99999, 0, 0x20);
        assertLine("ptrace(0x9999 /* PTRACE_??? */, 99999, 0x10, 0x20) = -1 ESRCH (No such process)",
                "ptrace", errno(3), 0x9999, 99999, 0x10, 0x20);
        assertLine("ptrace(PTRACE_DETACH, 99999, NULL, SIGSTOP) = -1 ESRCH (No such process)",
                "ptrace", errno(3), 17, 99999, 0, 19);
        assertLine("ptrace(PTRACE_KILL, 99999) = -1 ESRCH (No such process)", "ptrace", errno(3), 8, 99999, 0, 0);
        assertLine("ptrace(PTRACE_GETSIGINFO, 99999, NULL, 0x20) = -1 ESRCH (No such process)",
                "ptrace", errno(3), 0x4202, 99999, 0, 0x20);
        // On success the word the kernel stored is shown, as strace's printnum does.
        mem.putWords(0x3000, 0xdeadbeefL);
        assertLine("ptrace(PTRACE_PEEKDATA, 42, 0x1000, [0xdeadbeef]) = 0", "ptrace", 0, 2, 42, 0x1000, 0x3000);
    }

    @Test
    void prctlOptions() {
        mem.putString(0x1000, "hello").putString(0x2000, "0123456789abcdefgh").putString(0x3000, "0123456789abcde")
                .putString(0x4000, "0123456789abcd").putInts(0x5000, 0).putString(0x6000, "t4");
        assertLine("prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) = 0", "prctl", 0, 38, 1, 0, 0, 0);
        assertLine("prctl(PR_SET_NAME, \"hello\") = 0", "prctl", 0, 15, 0x1000, 0, 0, 0);
        // 15 characters fill the kernel's buffer, so strace cannot see a NUL and adds "...".
        assertLine("prctl(PR_SET_NAME, \"0123456789abcde\"...) = 0", "prctl", 0, 15, 0x2000, 0, 0, 0);
        assertLine("prctl(PR_SET_NAME, \"0123456789abcde\"...) = 0", "prctl", 0, 15, 0x3000, 0, 0, 0);
        assertLine("prctl(PR_SET_NAME, \"0123456789abcd\") = 0", "prctl", 0, 15, 0x4000, 0, 0, 0);
        assertLine("prctl(PR_GET_DUMPABLE) = 1 (SUID_DUMP_USER)", "prctl", 1, 3, 0, 0, 0, 0);
        assertLine("prctl(PR_SET_PDEATHSIG, SIGKILL) = 0", "prctl", 0, 1, 9, 0, 0, 0);
        assertLine("prctl(PR_CAPBSET_READ, CAP_KILL) = 1", "prctl", 1, 23, 5, 0, 0, 0);
        assertLine("prctl(0x12345 /* PR_??? */, 0x1, 0x2, 0x3, 0x4) = -1 EINVAL (Invalid argument)",
                "prctl", errno(22), 0x12345, 1, 2, 3, 4);
        assertLine("prctl(PR_SET_DUMPABLE, SUID_DUMP_DISABLE) = 0", "prctl", 0, 4, 0, 0, 0, 0);
        assertLine("prctl(PR_SET_KEEPCAPS, 1) = 0", "prctl", 0, 8, 1, 0, 0, 0);
        assertLine("prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_RAISE, CAP_SYS_ADMIN, 0, 0) = -1 EPERM (Operation not "
                + "permitted)", "prctl", errno(1), 47, 2, 21, 0, 0);
        assertLine("prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) = 0", "prctl", 0, 47, 4, 0, 0, 0);
        assertLine("prctl(PR_SET_CHILD_SUBREAPER, 1) = 0", "prctl", 0, 36, 1, 0, 0, 0);
        assertLine("prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0) = 0", "prctl", 0, 39, 0, 0, 0, 0);
        assertLine("prctl(PR_SET_SECCOMP, SECCOMP_MODE_STRICT) = 0", "prctl", 0, 22, 1, 0, 0, 0);
        assertLine("prctl(PR_GET_SECCOMP) = 0", "prctl", 0, 21, 0, 0, 0, 0);
        assertLine("prctl(PR_SET_PTRACER, PR_SET_PTRACER_ANY) = -1 EINVAL (Invalid argument)",
                "prctl", errno(22), 0x59616d61, -1, 0, 0, 0);
        assertLine("prctl(PR_CAPBSET_DROP, 0x63 /* CAP_??? */) = -1 EINVAL (Invalid argument)",
                "prctl", errno(22), 24, 99, 0, 0, 0);
        assertLine("prctl(PR_GET_PDEATHSIG, [0]) = 0", "prctl", 0, 2, 0x5000, 0, 0, 0);
        assertLine("prctl(PR_GET_NAME, \"t4\") = 0", "prctl", 0, 16, 0x6000, 0, 0, 0);
        assertLine("prctl(PR_GET_KEEPCAPS) = 1", "prctl", 1, 7, 0, 0, 0, 0);
    }

    @Test
    void archPrctl() {
        mem.putWords(0x1000, 0x7fb4f2454740L);
        assertLine("arch_prctl(ARCH_GET_FS, [0x7fb4f2454740]) = 0", "arch_prctl", 0, 0x1003, 0x1000);
        assertLine("arch_prctl(0x3001 /* ARCH_??? */, 0) = -1 EINVAL (Invalid argument)",
                "arch_prctl", errno(22), 0x3001, 0);
        assertLine("arch_prctl(ARCH_SET_GS, 0x10) = 0", "arch_prctl", 0, 0x1001, 0x10);
    }

    // ---- sockets, ioctls, futexes, clocks -------------------------------------------------------

    @Test
    void sockets() {
        assertLine("socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP) = 7", "socket", 7, 2, 02000001, 0);
        assertLine("socket(AF_UNIX, SOCK_DGRAM, 0) = 8", "socket", 8, 1, 2, 0);
        assertLine("socket(AF_INET6, SOCK_RAW|SOCK_NONBLOCK, IPPROTO_RAW) = 9", "socket", 9, 10, 04003, 255);
        assertLine("socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE) = 12", "socket", 12, 16, 3, 0);
        assertLine("socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC|SOCK_NONBLOCK, IPPROTO_TCP) = 3",
                "socket", 3, 2, 02004001, 6);
        assertLine("socket(AF_INET, SOCK_CLOEXEC|0x70000, 0x12c /* IPPROTO_??? */) = -1 EINVAL (Invalid argument)",
                "socket", errno(22), 2, 0xf0000, 300);
        assertLine("socket(0x63 /* AF_??? */, SOCK_STREAM, 0) = -1 EAFNOSUPPORT (Address family not supported by "
                + "protocol)", "socket", errno(97), 99, 1, 0);
        assertLine("accept4(99, NULL, NULL, SOCK_CLOEXEC|SOCK_NONBLOCK) = -1 EBADF (Bad file descriptor)",
                "accept4", errno(9), 99, 0, 0, 02004000);
        assertLine("accept4(99, NULL, NULL, 0) = -1 EBADF (Bad file descriptor)", "accept4", errno(9), 99, 0, 0, 0);
        assertLine("recvfrom(99, NULL, 0, MSG_PEEK|MSG_DONTWAIT|MSG_CMSG_COMPAT, NULL, NULL) = -1 EBADF (Bad file "
                + "descriptor)", "recvfrom", errno(9), 99, 0, 0, 0x80000042L, 0, 0);
        mem.putString(0x1000, "");
        assertLine("sendto(99, \"\", 0, MSG_CMSG_COMPAT, NULL, 0) = -1 EBADF (Bad file descriptor)",
                "sendto", errno(9), 99, 0x1000, 0, 0x80000000L, 0, 0);
    }

    @Test
    void ioctls() {
        assertLine("ioctl(0, TCGETS, 0x7fffc12c2e40) = -1 ENOTTY (Inappropriate ioctl for device)",
                "ioctl", errno(25), 0, 0x5401, 0x7fffc12c2e40L);
        assertLine("ioctl(1, TIOCGWINSZ, 0x7fffc12c2e40) = -1 ENOTTY (Inappropriate ioctl for device)",
                "ioctl", errno(25), 1, 0x5413, 0x7fffc12c2e40L);
        assertLine("ioctl(0, _IOC(_IOC_NONE, 0x12, 0x34, 0), 0) = -1 ENOTTY (Inappropriate ioctl for device)",
                "ioctl", errno(25), 0, 0x1234, 0);
        assertLine("ioctl(0, FIONREAD, 0x7fffc12c2e40) = -1 ENOTTY (Inappropriate ioctl for device)",
                "ioctl", errno(25), 0, 0x541b, 0x7fffc12c2e40L);
        assertLine("ioctl(0, TIOCGPTN, NULL) = -1 ENOTTY (Inappropriate ioctl for device)",
                "ioctl", errno(25), 0, 0x80045430L, 0);
    }

    @Test
    void futexOperations() {
        long f = 0x7ffd9c57c95cL;
        mem.putWords(0x1000, 1, 5);
        assertLine("futex(0x7fffc12c2dac, FUTEX_WAKE_PRIVATE, 1) = 0", "futex", 0, 0x7fffc12c2dacL, 129, 1, 0, 0, 0);
        assertLine("futex(0x7fffc12c2dac, FUTEX_WAIT, 1, NULL) = -1 EAGAIN (Resource temporarily unavailable)",
                "futex", errno(11), 0x7fffc12c2dacL, 0, 1, 0, 0, 0);
        assertLine("futex(0x7ffd9c57c95c, FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME, 1, {tv_sec=1, tv_nsec=5}, "
                + "FUTEX_BITSET_MATCH_ANY) = -1 EAGAIN (Resource temporarily unavailable)",
                "futex", errno(11), f, 393, 1, 0x1000, 0, 0xffffffffL);
        assertLine("futex(0x7ffd9c57c95c, FUTEX_WAKE_OP_PRIVATE, 1, 1, 0x7ffd9c57c95c, "
                + "FUTEX_OP_SET<<28|0<<12|FUTEX_OP_CMP_GT<<24|0x1) = 0", "futex", 0, f, 133, 1, 1, f, 0x04000001);
        assertLine("futex(0x7ffd9c57c95c, FUTEX_CMP_REQUEUE_PRIVATE, 1, 2, 0x7ffd9c57c95c, 0) = 0",
                "futex", 0, f, 132, 1, 2, f, 0);
        assertLine("futex(0x7ffd9c57c95c, 0x63 /* FUTEX_??? */, 1, 0x2, 0x7ffd9c57c95c, 0) = -1 ENOSYS (Function not "
                + "implemented)", "futex", errno(38), f, 99, 1, 2, f, 0);
        assertLine("futex(0x7ffd9c57c95c, FUTEX_UNLOCK_PI) = -1 EPERM (Operation not permitted)",
                "futex", errno(1), f, 7, 1, 2, f, 0);
        assertLine("futex(0x7ffd9c57c95c, FUTEX_LOCK_PI_PRIVATE, NULL) = 0", "futex", 0, f, 134, 0, 0, 0, 0);
        assertLine("futex(0x7ffd9c57c95c, 0x201 /* FUTEX_??? */, 1) = -1 ENOSYS (Function not implemented)",
                "futex", errno(38), f, 0x201, 1, 2, f, 0);
    }

    @Test
    void clocksAndSleeps() {
        mem.putWords(0x1000, 0, 1000).putWords(0x2000, 428, 902358209);
        assertLine("clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=1000}, NULL) = 0",
                "clock_nanosleep", 0, 0, 0, 0x1000, 0);
        assertLine("clock_gettime(CLOCK_MONOTONIC, {tv_sec=428, tv_nsec=902358209}) = 0",
                "clock_gettime", 0, 1, 0x2000);
        assertLine("clock_gettime(0x63 /* CLOCK_??? */, NULL) = -1 EINVAL (Invalid argument)",
                "clock_gettime", errno(22), 99, 0);
        assertLine("clock_gettime(0xfffffffe /* CLOCK_??? */, NULL) = -1 EFAULT (Bad address)",
                "clock_gettime", errno(14), -2, 0);
    }

    // ---- containers: mounts, namespaces, credentials, limits ------------------------------------

    @Test
    void mountsAndNamespaces() {
        mem.putString(0x1000, "proc").putString(0x2000, "/nope").putString(0x3000, "/a").putString(0x4000, "/b")
                .putString(0x5000, "none").putString(0x6000, "tmpfs").putString(0x7000, "size=1m")
                .putString(0x8000, "/x").putString(0x9000, "host");
        assertLine("mount(\"proc\", \"/nope\", \"proc\", MS_NOSUID|MS_NODEV|MS_NOEXEC, NULL) = -1 ENOENT (No such "
                + "file or directory)", "mount", errno(2), 0x1000, 0x2000, 0x1000, 14, 0);
        assertLine("mount(NULL, \"/nope\", NULL, MS_REC|MS_PRIVATE, 0x55ca6f4c200f) = -1 ENOENT (No such file or "
                + "directory)", "mount", errno(2), 0, 0x2000, 0, 0x44000, 0x55ca6f4c200fL);
        assertLine("mount(\"/a\", \"/b\", NULL, MS_BIND|MS_REC, NULL) = 0", "mount", 0, 0x3000, 0x4000, 0, 0x5000, 0);
        assertLine("mount(\"none\", \"/b\", 0x6000, MS_RDONLY|MS_REMOUNT, \"size=1m\") = -1 EINVAL (Invalid "
                + "argument)", "mount", errno(22), 0x5000, 0x4000, 0x6000, 33, 0x7000);
        assertLine("mount(\"none\", \"/b\", \"tmpfs\", MS_MGC_VAL|MS_RDONLY, NULL) = -1 ENOTDIR (Not a directory)",
                "mount", errno(20), 0x5000, 0x4000, 0x6000, 0xc0ed0001L, 0);
        assertLine("umount2(\"/nope\", MNT_DETACH) = -1 ENOENT (No such file or directory)",
                "umount2", errno(2), 0x2000, 2);
        assertLine("umount2(\"/x\", 0x10 /* MNT_??? */) = -1 EINVAL (Invalid argument)", "umount2", errno(22), 0x8000, 0x10);
        mem.putBytes(0x9000, "host");
        assertLine("sethostname(\"host\", 4) = 0", "sethostname", 0, 0x9000, 4);
        assertLine("unshare(CLONE_NEWNS|CLONE_NEWUTS) = 0", "unshare", 0, 0x4020000);
        assertLine("unshare(CLONE_FS|CLONE_FILES|CLONE_NEWNS|CLONE_NEWUSER|CLONE_NEWPID) = 0",
                "unshare", 0, 0x30020600);
        assertLine("unshare(0) = 0", "unshare", 0, 0);
        assertLine("setns(99, CLONE_NEWNET) = -1 EBADF (Bad file descriptor)", "setns", errno(9), 99, 0x40000000);
        assertLine("seccomp(SECCOMP_SET_MODE_STRICT, 0, NULL) = 0", "seccomp", 0, 0, 0, 0);
    }

    @Test
    void credentialsLimitsAndMisc() {
        assertLine("setuid(0) = 0", "setuid", 0, 0);
        assertLine("setresuid(-1, 0, -1) = 0", "setresuid", 0, 0xffffffffL, 0, 0xffffffffL);
        assertLine("setsid() = 6495", "setsid", 6495);
        assertLine("setpgid(0, 0) = -1 EPERM (Operation not permitted)", "setpgid", errno(1), 0, 0);
        assertLine("prlimit64(5, 0x63 /* RLIMIT_??? */, NULL, NULL) = -1 EINVAL (Invalid argument)",
                "prlimit64", errno(22), 5, 99, 0, 0);
        assertLine("waitid(P_ALL, 0, 0x7fff6c47d930, WNOHANG|WEXITED, NULL) = -1 ECHILD (No child processes)",
                "waitid", errno(10), 0, 0, 0x7fff6c47d930L, 5, 0);
        assertLine("waitid(0x63 /* P_??? */, 0, NULL, 0, NULL) = -1 EINVAL (Invalid argument)",
                "waitid", errno(22), 99, 0, 0, 0, 0);
        assertLine("alarm(0) = 0", "alarm", 0, 0);
        assertLine("sched_yield() = 0", "sched_yield", 0);
        assertLine("ftruncate(99, 100) = -1 EBADF (Bad file descriptor)", "ftruncate", errno(9), 99, 100);
    }

    // ---- results --------------------------------------------------------------------------------

    @Test
    void restartsAndUnknownErrnos() {
        assertLine("read(3, 0x7ffd18ce8f16, 10) = ? ERESTARTSYS (To be restarted if SA_RESTART is set)",
                "read", errno(512), 3, 0x7ffd18ce8f16L, 10);
        mem.putWords(0x1000, 3, 0);
        assertLine("clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=3, tv_nsec=0}, NULL) = ? ERESTART_RESTARTBLOCK "
                + "(Interrupted by signal)", "clock_nanosleep", errno(516), 0, 0, 0x1000, 0);
        assertEquals(" = -1 (errno 600)", StraceFormatter.formatResult(info("getpid"), -600));
        assertEquals(" = -1 ENOIOCTLCMD (Unknown error 515)", StraceFormatter.formatResult(info("getpid"), -515));
        // -4096 and below are results, not errors (a high mmap address, say).
        assertEquals(" = -4096", StraceFormatter.formatResult(info("getpid"), -4096));
    }

    @Test
    void unknownSyscallNumbers() {
        assertEquals("syscall_0x1f4(0x1, 0x2, 0x3, 0, 0x7fdb461cc6d0, 0) = -1 ENOSYS (Function not implemented)",
                StraceFormatter.format(SyscallTable.byNumber(500), new long[] {1, 2, 3, 0, 0x7fdb461cc6d0L, 0},
                        -38, mem));
    }

    @Test
    void entriesOfUnfinishedCallsShowOutputBuffersAsAddresses() {
        assertEquals("read(3, 0x7ffd18ce8f16, 10)",
                StraceFormatter.formatEntry(info("read"), new long[] {3, 0x7ffd18ce8f16L, 10, 0, 0, 0}, mem));
        assertEquals("wait4(-1, 0x7ffd0000, 0, NULL)",
                StraceFormatter.formatEntry(info("wait4"), new long[] {-1, 0x7ffd0000L, 0, 0, 0, 0}, mem));
        assertEquals("exit_group(0)", StraceFormatter.formatEntry(info("exit_group"), new long[] {0}, mem));
        assertEquals(" = ?", StraceFormatter.formatResult(info("exit_group"), 0));
    }
}
