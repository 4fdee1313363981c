/* Tries to close and replace the sentry's reserved fd 1000, then checks it is still there. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

int main(void) {
    int e1, e2, e3;
    int r1 = close(1000); e1 = errno;
    int r2 = dup2(1, 1000); e2 = errno;
    int r3 = dup3(1, 1000, 0); e3 = errno;
    int alive = fcntl(1000, F_GETFD) >= 0;
    printf("close %d %d dup2 %d %d dup3 %d %d alive %d\n", r1, e1, r2, e2, r3, e3, alive);
    return 0;
}
