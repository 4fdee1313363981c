/* SYSCALL_loop N: N raw calls of one argument-less syscall, nothing printed. Built twice, as
 * getpid_loop (SYS_getpid, which runj's seccomp filter passes through) and getppid_loop
 * (SYS_getppid, which it traps to the sentry). Timing N calls against N=0 gives the cost of
 * one call, container start and exit cancelling out. */
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef NR
#define NR SYS_getpid
#endif

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 0;
    for (long i = 0; i < n; i++) {
        syscall(NR);
    }
    return 0;
}
