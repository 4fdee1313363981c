package io.runj.platform.syscall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyscallTableTest {

    private static final Path HOST_HEADER = Path.of("/usr/include/x86_64-linux-gnu/asm/unistd_64.h");

    private static Map<String, Integer> hostSyscalls() throws IOException {
        assumeTrue(Files.isReadable(HOST_HEADER), "no " + HOST_HEADER);
        Pattern define = Pattern.compile("^#define __NR_(\\w+) (\\d+)$");
        Map<String, Integer> result = new TreeMap<>();
        for (String line : Files.readAllLines(HOST_HEADER)) {
            Matcher m = define.matcher(line.trim());
            if (m.matches()) {
                result.put(m.group(1), Integer.parseInt(m.group(2)));
            }
        }
        return result;
    }

    @Test
    void everyHostSyscallHasTheHostNumber() throws IOException {
        Map<String, Integer> host = hostSyscalls();
        assertTrue(host.size() > 300, "parsed " + host.size() + " syscalls from " + HOST_HEADER);
        host.forEach((name, number) -> {
            SyscallInfo info = SyscallTable.byName(name);
            assertNotNull(info, name + " missing");
            assertEquals(number, info.number(), name);
        });
    }

    @Test
    void tableHasNothingTheHostLacksUpToTheHostsNewestSyscall() throws IOException {
        Map<String, Integer> host = hostSyscalls();
        int hostMax = host.values().stream().max(Integer::compare).orElseThrow();
        for (SyscallInfo info : SyscallTable.all()) {
            if (info.number() <= hostMax) {
                assertEquals(info.number(), host.get(info.name()), info.name() + " not in host header");
            }
        }
    }

    @Test
    void numbersAndNamesAreUniqueAndContiguousExceptTheReservedGap() {
        Set<Integer> numbers = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (SyscallInfo info : SyscallTable.all()) {
            assertTrue(numbers.add(info.number()), "duplicate number " + info.number());
            assertTrue(names.add(info.name()), "duplicate name " + info.name());
        }
        for (int nr = 0; nr <= SyscallTable.MAX_NUMBER; nr++) {
            boolean reserved = nr >= 335 && nr <= 423;
            assertEquals(!reserved, SyscallTable.isDefined(nr), "number " + nr);
        }
        assertEquals(470, SyscallTable.MAX_NUMBER);
    }

    @Test
    void lookupsAgree() {
        for (SyscallInfo info : SyscallTable.all()) {
            assertSame(info, SyscallTable.byNumber(info.number()));
            assertSame(info, SyscallTable.byName(info.name()));
        }
        assertNull(SyscallTable.byName("no_such_call"));
    }

    @Test
    void unknownNumbersGetStracesStandIn() {
        SyscallInfo unknown = SyscallTable.byNumber(500);
        assertEquals("syscall_0x1f4", unknown.name());
        assertEquals(6, unknown.argCount());
        assertFalse(SyscallTable.isDefined(500));
        assertEquals("syscall_0xffffffffffffffff", SyscallTable.byNumber(-1).name());
        assertEquals("syscall_0x150", SyscallTable.byNumber(336).name());
    }

    @Test
    void syscallNumbersConstantsMatchTheTable() throws IllegalAccessException {
        int count = 0;
        for (Field field : SyscallNumbers.class.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || field.getType() != int.class) {
                continue;
            }
            String name = field.getName().toLowerCase();
            SyscallInfo info = SyscallTable.byName(name);
            if (info == null) {
                info = SyscallTable.byName("_" + name);
            }
            assertNotNull(info, field.getName());
            assertEquals(info.number(), field.getInt(null), field.getName());
            count++;
        }
        assertEquals(SyscallTable.all().size(), count);
        assertEquals(59, SyscallNumbers.EXECVE);
        assertEquals(231, SyscallNumbers.EXIT_GROUP);
        assertEquals(435, SyscallNumbers.CLONE3);
    }

    /** Printed arity per the man pages; HIDDEN registers (split offsets) are not part of it. */
    @ParameterizedTest
    @CsvSource({
        "read,3", "write,3", "open,3", "openat,4", "close,1", "mmap,6", "munmap,2", "brk,1",
        "execve,3", "execveat,5", "clone,5", "clone3,2", "fork,0", "wait4,4", "waitid,5",
        "kill,2", "tgkill,3", "exit,1", "exit_group,1", "getpid,0", "rt_sigaction,4",
        "rt_sigprocmask,4", "rt_sigreturn,0", "pread64,4", "preadv,4", "preadv2,5", "sendto,6",
        "recvfrom,6", "socket,3", "socketpair,4", "mount,5", "umount2,2", "prctl,5", "ptrace,4",
        "futex,6", "renameat2,5", "statx,5", "openat2,4", "faccessat2,4", "fchmodat,3",
        "lseek,3", "ioctl,3", "fcntl,3", "pipe,1", "pipe2,2", "dup3,3", "getrandom,3",
        "close_range,3", "pidfd_open,2", "seccomp,3", "unshare,1", "setns,2", "chroot,1",
        "pivot_root,2", "newfstatat,4", "getdents64,3", "mseal,3"
    })
    void argumentCountsMatchManPages(String name, int arity) {
        SyscallInfo info = SyscallTable.byName(name);
        assertNotNull(info, name);
        long printed = Arrays.stream(info.args()).filter(k -> k != ArgKind.HIDDEN).count();
        assertEquals(arity, printed, name);
    }

    @Test
    void returnKindsMarkAddressesAndCallsThatDoNotReturn() {
        assertEquals(ReturnKind.HEX, SyscallTable.byName("mmap").returns());
        assertEquals(ReturnKind.HEX, SyscallTable.byName("brk").returns());
        assertEquals(ReturnKind.OCTAL, SyscallTable.byName("umask").returns());
        assertEquals(ReturnKind.NONE, SyscallTable.byName("exit_group").returns());
        assertEquals(ReturnKind.DECIMAL, SyscallTable.byName("openat").returns());
    }

    @Test
    void infoIsImmutableAndValueBased() {
        SyscallInfo read = SyscallTable.byName("read");
        ArgKind[] copy = read.args();
        copy[0] = ArgKind.HEX;
        assertEquals(ArgKind.FD, read.arg(0));
        assertEquals(read, new SyscallInfo(0, "read",
                new ArgKind[] {ArgKind.FD, ArgKind.BUF_OUT, ArgKind.SIZE}, ReturnKind.DECIMAL));
        assertEquals(1, read.indexOf(ArgKind.BUF_OUT));
        assertEquals(-1, read.indexOf(ArgKind.PATH));
    }
}
