/* Forks children that wait until the first fork fails, then prints how many succeeded and the
 * errno of the failure (EAGAIN under a pids limit), and ends its children. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void) {
    pid_t kids[1000];
    int n = 0;
    int err = 0;
    while (n < 1000) {
        pid_t p = fork();
        if (p == 0) {
            pause();
            _exit(0);
        }
        if (p < 0) {
            err = errno;
            break;
        }
        kids[n++] = p;
    }
    printf("forked %d, then %s\n", n, err == EAGAIN ? "EAGAIN" : err == 0 ? "no error" : strerror(err));
    fflush(stdout);
    for (int i = 0; i < n; i++) {
        kill(kids[i], SIGKILL);
        waitpid(kids[i], NULL, 0);
    }
    return 0;
}
