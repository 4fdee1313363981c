/* Probes the guest's syscall policy: each check prints "NAME: ok" or "NAME: ERRNO" (the errno's
 * name), so a test can compare with docs/syscalls.md. "int80" and "x32" make a syscall through
 * another ABI, which must kill the process with SIGSYS. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

static void report(const char *name, long rc) {
    if (rc < 0) {
        const char *e = strerrorname_np(errno);
        printf("%s: %s\n", name, e ? e : "?");
    } else {
        printf("%s: ok\n", name);
    }
    fflush(stdout);
}

static void denied(void) {
    char buf[256] = {0};
    report("bpf", syscall(SYS_bpf, 0 /* BPF_MAP_CREATE */, buf, sizeof buf));
    report("io_uring_setup", syscall(SYS_io_uring_setup, 4, buf));
    report("perf_event_open", syscall(SYS_perf_event_open, buf, 0, -1, -1, 0));
    report("kexec_load", syscall(SYS_kexec_load, 0, 0, NULL, 0));
    report("init_module", syscall(SYS_init_module, buf, sizeof buf, ""));
    report("finit_module", syscall(SYS_finit_module, 0, "", 0));
    report("keyctl", syscall(SYS_keyctl, 0 /* KEYCTL_GET_KEYRING_ID */, -3, 0));
    report("userfaultfd", syscall(SYS_userfaultfd, 0));
    /* A wrong magic: harmless even if it got through (EINVAL from the kernel, after its EPERM check). */
    report("reboot", syscall(SYS_reboot, 0xfee1dead, 0, 0, NULL));
    report("open_by_handle_at", syscall(SYS_open_by_handle_at, AT_FDCWD, buf, O_RDONLY));
    report("clone3", syscall(SYS_clone3, buf, 64));
    report("unshare_user", unshare(CLONE_NEWUSER));
    report("socket_packet", socket(AF_PACKET, SOCK_RAW, 0));
    report("socket_unix", socket(AF_UNIX, SOCK_STREAM, 0));
    report("ioctl_tiocsti", ioctl(0, TIOCSTI, "x"));
}

static void host_pids(void) {
    pid_t sentry = getppid(); /* the init's parent is the sentry that spawned it */
    report("kill_host_init", kill(1, 0));
    report("kill_sentry", kill(sentry, 0));
    report("tkill_sentry", syscall(SYS_tkill, sentry, 0));
    report("tgkill_sentry", syscall(SYS_tgkill, sentry, sentry, 0));
    report("sigqueue_sentry", sigqueue(sentry, 0, (union sigval) {0}));
    report("pidfd_open_host_init", syscall(SYS_pidfd_open, 1, 0));
    report("ptrace_attach_sentry", ptrace(PTRACE_SEIZE, sentry, 0, 0));
    report("ptrace_traceme", ptrace(PTRACE_TRACEME, 0, 0, 0));
    char b[8];
    struct iovec local = {b, sizeof b}, remote = {(void *) 0x400000, sizeof b};
    report("process_vm_readv_sentry", process_vm_readv(sentry, &local, 1, &remote, 1, 0));
    struct rlimit rl;
    report("prlimit_host_init", prlimit(1, RLIMIT_NOFILE, NULL, &rl));
    report("setpriority_host_init", setpriority(PRIO_PROCESS, 1, 0));
    report("getpgid_sentry", getpgid(sentry));
    report("getpgid_self", getpgid(0));
    report("fcntl_setown_sentry", fcntl(1, F_SETOWN, sentry));
    fcntl(1, F_SETOWN, 0);
}

/* Signals inside the sandbox still work: a child by pid, and kill(-1) reaching every guest process but the caller. */
static void own_pids(void) {
    pid_t child = fork();
    if (child == 0) {
        pause();
        _exit(0);
    }
    report("kill_child", kill(child, SIGTERM));
    int status;
    waitpid(child, &status, 0);
    printf("child_status: %s\n", WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM ? "SIGTERM" : "other");
    pid_t a = fork();
    if (a == 0) {
        pause();
        _exit(0);
    }
    pid_t b = fork();
    if (b == 0) {
        pause();
        _exit(0);
    }
    usleep(50000);
    report("kill_all", kill(-1, SIGUSR1));
    int sa, sb;
    waitpid(a, &sa, 0);
    waitpid(b, &sb, 0);
    printf("kill_all_reached: %s\n",
           WIFSIGNALED(sa) && WTERMSIG(sa) == SIGUSR1 && WIFSIGNALED(sb) && WTERMSIG(sb) == SIGUSR1 ? "both" : "not both");
}

int main(int argc, char **argv) {
    const char *what = argc > 1 ? argv[1] : "";
    /* Outside runj's filter these probes are real: kill(-1) as root reaches every host process.
     * bpf() with a bad command is EINVAL natively and EPERM (from the filter) in the sandbox. */
    if (syscall(SYS_bpf, -1, NULL, 0) != -1 || errno != EPERM) {
        fprintf(stderr, "syscall_policy: not in a runj sandbox, refusing to probe\n");
        return 3;
    }
    if (!strcmp(what, "denied")) {
        denied();
    } else if (!strcmp(what, "host-pids")) {
        host_pids();
    } else if (!strcmp(what, "own-pids")) {
        own_pids();
    } else if (!strcmp(what, "int80")) {
        long rc;
        __asm__ volatile("int $0x80" : "=a"(rc) : "a"(20 /* i386 getpid */) : "memory");
        printf("int80 returned %ld\n", rc);
    } else if (!strcmp(what, "x32")) {
        printf("x32 returned %ld\n", syscall(0x40000000 | SYS_getpid));
    } else {
        fprintf(stderr, "usage: syscall_policy denied|host-pids|own-pids|int80|x32\n");
        return 2;
    }
    return 0;
}
