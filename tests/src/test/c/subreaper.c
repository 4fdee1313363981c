/*
 * Host-side test harness, never run in a guest: plays conmon's part for `runj exec --detach`.
 * It becomes a child subreaper, runs argv[2..] (the exec), then waits for the process whose
 * pid the exec wrote to the pid file argv[1], and prints its exit code, as conmon takes it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 3 || prctl(PR_SET_CHILD_SUBREAPER, 1) != 0) {
        return 2;
    }
    pid_t child = fork();
    if (child == 0) {
        execv(argv[2], argv + 2);
        _exit(127);
    }
    int status;
    if (waitpid(child, &status, 0) != child || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        printf("exec failed: status %d\n", status);
        return 1;
    }
    FILE *f = fopen(argv[1], "r");
    int pid;
    if (f == NULL || fscanf(f, "%d", &pid) != 1) {
        printf("no pid file\n");
        return 1;
    }
    if (waitpid(pid, &status, 0) != pid) {
        printf("pid %d is not ours to wait for\n", pid);
        return 1;
    }
    printf("waited %d: %s %d\n", pid, WIFEXITED(status) ? "exit" : "signal",
           WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status));
    return 0;
}
