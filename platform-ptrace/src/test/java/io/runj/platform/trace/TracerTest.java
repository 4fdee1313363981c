package io.runj.platform.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.runj.platform.ProcessVm;
import io.runj.platform.Regs;
import io.runj.platform.SeccompFilter;
import io.runj.platform.Stub;
import io.runj.platform.WaitStatus;

/** The tracer against real processes: the stub, injection, seccomp traps, fork, threads, signals. */
class TracerTest {
    private static final int SYS_GETPID = 39;
    private static final int SYS_GETPPID = 110;
    private static final int SYS_EXECVE = 59;
    private static final int SYS_PRCTL = 157;
    private static final int SYS_SECCOMP = 317;
    // A tracer is confined to the thread that seized; each test runs its tracer on this thread.
    private static final ExecutorService TRACER_THREAD = Executors.newSingleThreadExecutor();

    @TempDir
    Path tmp;

    @AfterAll
    static void shutdown() {
        TRACER_THREAD.shutdownNow();
    }

    private static <T> T onTracerThread(Callable<T> c) throws Exception {
        return TRACER_THREAD.submit(c).get(60, TimeUnit.SECONDS);
    }

    /** Records every trapped syscall number; lets them all run unless {@code emulateGetppid}. */
    static final class Recorder implements TraceHandler {
        final List<Long> syscalls = new ArrayList<>();
        final List<Integer> newTasks = new ArrayList<>();
        final List<Integer> exits = new ArrayList<>();
        int execs;
        boolean emulateGetppid;

        @Override
        public Resume onSyscall(Tracee t, Regs regs) {
            syscalls.add(regs.origRax());
            if (emulateGetppid && regs.origRax() == SYS_GETPPID) {
                regs.setRax(4242);
                return Resume.EMULATED;
            }
            return Resume.RUN;
        }

        @Override
        public void onSyscallExit(Tracee t, Regs regs) {
        }

        @Override
        public void onNewTask(Tracee parent, Tracee child, int event) {
            newTasks.add(event);
        }

        @Override
        public void onExec(Tracee t) {
            execs++;
        }

        @Override
        public void onExit(Tracee t, int status) {
            exits.add(t.tid());
        }
    }

    /** Starts {@code argv} under a fresh tracer with a trace-everything filter; returns its wait status. */
    private static int runTraced(Recorder rec, boolean filter, String... argv) throws Exception {
        return onTracerThread(() -> {
            Tracer tracer = new Tracer(rec);
            Tracee stub = tracer.spawnStub();
            ProcessVm mem = tracer.memory(stub.tid());
            if (filter) {
                int[] actions = new int[460];
                Arrays.fill(actions, SeccompFilter.RET_TRACE);
                byte[] prog = SeccompFilter.build(actions, SeccompFilter.RET_TRACE);
                long progAddr = Stub.SCRATCH + 4096;
                mem.write(progAddr, prog);
                byte[] fprog = new byte[16];
                java.nio.ByteBuffer.wrap(fprog).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                        .putShort((short) (prog.length / 8)).putShort((short) 0).putInt(0).putLong(progAddr);
                mem.write(Stub.SCRATCH, fprog);
                assertEquals(0, tracer.injector().inject(stub.tid(), Stub.SYSCALL_INSN, SYS_PRCTL, 38, 1));
                assertEquals(0, tracer.injector().inject(stub.tid(), Stub.SYSCALL_INSN, SYS_SECCOMP, 1, 0, Stub.SCRATCH));
            }
            long p = Stub.SCRATCH + 65536;
            long[] ptrs = new long[argv.length];
            for (int i = 0; i < argv.length; i++) {
                ptrs[i] = p;
                p = mem.writeCString(p, argv[i]);
            }
            long argvAddr = (p + 7) & ~7L;
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8 * (argv.length + 2)).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            for (long ptr : ptrs) {
                b.putLong(ptr);
            }
            mem.write(argvAddr, b.array());
            long envp = argvAddr + 8L * argv.length; // the NULL that ends argv doubles as an empty envp
            long rc = tracer.injector().inject(stub.tid(), Stub.SYSCALL_INSN, SYS_EXECVE, ptrs[0], argvAddr, envp);
            assertEquals(0, rc, "execve");
            return tracer.run();
        });
    }

    @Test
    void injectedGetpidReturnsTheStubsPid() throws Exception {
        onTracerThread(() -> {
            Tracer tracer = new Tracer(new Recorder());
            Tracee stub = tracer.spawnStub();
            assertEquals(stub.tid(), tracer.injector().inject(stub.tid(), Stub.SYSCALL_INSN, SYS_GETPID));
            io.runj.platform.Signals.kill(stub.tid(), 9);
            assertEquals(128 + 9, WaitStatus.shellStatus(tracer.run()));
            return null;
        });
    }

    @Test
    void exitStatusAndSignalDeathPassThrough() throws Exception {
        assertEquals(3, WaitStatus.shellStatus(runTraced(new Recorder(), true, "/bin/sh", "-c", "exit 3")));
        assertEquals(143, WaitStatus.shellStatus(runTraced(new Recorder(), true, "/bin/sh", "-c", "kill -TERM $$")));
    }

    @Test
    void seccompTrapsEverySyscallAndFollowsForks() throws Exception {
        Recorder rec = new Recorder();
        int st = runTraced(rec, true, "/bin/sh", "-c", "/bin/true; /bin/sh -c '/bin/true'; exit 0");
        assertEquals(0, WaitStatus.shellStatus(st));
        assertTrue(rec.syscalls.contains((long) SYS_EXECVE), "execve trapped");
        assertTrue(rec.newTasks.size() >= 2, "forks followed: " + rec.newTasks);
        assertTrue(rec.execs >= 3, "execs seen: " + rec.execs);
    }

    @Test
    void emulatedSyscallReturnsTheHandlersValue() throws Exception {
        Recorder rec = new Recorder();
        rec.emulateGetppid = true;
        Path out = tmp.resolve("out");
        int st = runTraced(rec, true, "/bin/sh", "-c", "echo $PPID > " + out);
        assertEquals(0, WaitStatus.shellStatus(st));
        assertEquals("4242", Files.readString(out, StandardCharsets.UTF_8).trim());
    }

    @Test
    void groupStopAndContinueOfAChild() throws Exception {
        Path out = tmp.resolve("out");
        int st = runTraced(new Recorder(), true, "/bin/sh", "-c",
                "sleep 0.3 & p=$!; kill -STOP $p; sleep 0.1; grep State /proc/$p/status > " + out
                        + "; kill -CONT $p; wait $p; echo status $? >> " + out);
        assertEquals(0, WaitStatus.shellStatus(st));
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(text.contains("(stopped)") || text.contains("(tracing stop)"), text);
        assertTrue(text.endsWith("status 0\n"), text);
    }

    @Test
    void interruptStopsARunningTraceeAndSiginfoNamesADeliveredSignal() throws Exception {
        onTracerThread(() -> {
            Tracer tracer = new Tracer(new Recorder());
            Tracee stub = tracer.spawnStub();
            io.runj.platform.Ptrace ptrace = tracer.ptrace();
            io.runj.platform.Waiter waiter = new io.runj.platform.Waiter();
            ptrace.cont(stub.tid(), 0);
            ptrace.interrupt(stub.tid());
            waiter.waitpid(stub.tid(), io.runj.platform.Waiter.WALL);
            assertEquals(io.runj.platform.Ptrace.EVENT_STOP, WaitStatus.event(waiter.status()));
            ptrace.cont(stub.tid(), 0);
            io.runj.platform.Signals.tgkill(stub.tid(), stub.tid(), io.runj.platform.Signal.SIGUSR1);
            waiter.waitpid(stub.tid(), io.runj.platform.Waiter.WALL);
            assertEquals(io.runj.platform.Signal.SIGUSR1, WaitStatus.stopSig(waiter.status()));
            assertEquals(io.runj.platform.Signal.SIGUSR1, ptrace.getSiginfo(stub.tid()));
            io.runj.platform.Signals.kill(stub.tid(), io.runj.platform.Signal.SIGKILL);
            assertEquals(128 + 9, WaitStatus.shellStatus(tracer.run()));
            return null;
        });
    }
}
