/* trace_floor PROGRAM ARGS...: the floor under runj's trapped-syscall round trip. A minimal C
 * tracer that does per trap what runj's tracer loop does for a call the sentry lets the host run:
 * the child installs a seccomp filter that traps getppid (SECCOMP_RET_TRACE) and allows the rest,
 * stops, and execs PROGRAM; the parent seizes it and, at each seccomp stop, reads the registers
 * (PTRACE_GETREGS) and resumes it (PTRACE_CONT). Exits with the program's status.
 * With TRACE_FLOOR_CPU=N set, tracer and tracee are both pinned to CPU N. */
#define _GNU_SOURCE
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/user.h>
#include <sys/wait.h>
#include <unistd.h>

static void pin(void) {
    const char *cpu = getenv("TRACE_FLOOR_CPU");
    if (cpu != NULL) {
        cpu_set_t set;
        CPU_ZERO(&set);
        CPU_SET(atoi(cpu), &set);
        if (sched_setaffinity(0, sizeof set, &set) != 0) {
            perror("sched_setaffinity");
            exit(1);
        }
    }
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: trace_floor PROGRAM ARGS...\n");
        return 2;
    }
    pin();
    pid_t child = fork();
    if (child < 0) {
        perror("fork");
        return 1;
    }
    if (child == 0) {
        struct sock_filter code[] = {
            BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
            BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_getppid, 0, 1),
            BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRACE),
            BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
        };
        struct sock_fprog prog = {sizeof code / sizeof code[0], code};
        if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 || prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog) != 0) {
            perror("seccomp");
            _exit(1);
        }
        raise(SIGSTOP);
        execv(argv[1], argv + 1);
        perror("execv");
        _exit(127);
    }
    int status;
    if (waitpid(child, &status, WUNTRACED) != child || ptrace(PTRACE_SEIZE, child, 0,
            PTRACE_O_TRACESECCOMP | PTRACE_O_EXITKILL) != 0 || kill(child, SIGCONT) != 0) {
        perror("seize");
        return 1;
    }
    struct user_regs_struct regs;
    for (;;) {
        if (waitpid(-1, &status, __WALL) < 0) {
            perror("waitpid");
            return 1;
        }
        if (WIFEXITED(status)) {
            return WEXITSTATUS(status);
        }
        if (WIFSIGNALED(status)) {
            return 128 + WTERMSIG(status);
        }
        int sig = 0;
        if (status >> 8 == (SIGTRAP | (PTRACE_EVENT_SECCOMP << 8))) {
            ptrace(PTRACE_GETREGS, child, 0, &regs);
        } else if (status >> 16 == 0 && WSTOPSIG(status) != SIGSTOP && WSTOPSIG(status) != SIGCONT) {
            sig = WSTOPSIG(status);
        }
        ptrace(PTRACE_CONT, child, 0, sig);
    }
}
