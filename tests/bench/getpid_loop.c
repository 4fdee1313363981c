/* getpid_loop N: N raw getpid(2) calls, nothing printed. Timing N=1000000 against N=0 gives the
 * cost of one system call round trip, the unit every trapping runtime pays per syscall. */
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 0;
    for (long i = 0; i < n; i++) {
        syscall(SYS_getpid);
    }
    return 0;
}
