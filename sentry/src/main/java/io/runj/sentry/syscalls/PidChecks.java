package io.runj.sentry.syscalls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.runj.platform.Errno;

/**
 * Checks for calls that name another task by pid, pid group or pidfd. The guest shares the host's
 * pid numbers today, and a guest running as uid 0 (with CAP_KILL in runc's default set) could
 * otherwise signal, renice or read the memory of host processes, the sentry included. Anything
 * outside the sandbox answers ESRCH, as if it did not exist.
 *
 * <p>A checked pid cannot be reused before the call runs: a traced task that exits stays a zombie
 * until this tracer has waited for it, and the tracer thread is busy with this very check.
 */
final class PidChecks {
    private static final int ESRCH = -Errno.ESRCH;
    private static final int PRIO_PROCESS = 0;
    private static final int PRIO_PGRP = 1;
    private static final int PRIO_USER = 2;
    private static final int IOPRIO_WHO_PROCESS = 1;
    private static final int IOPRIO_WHO_PGRP = 2;
    private static final int IOPRIO_WHO_USER = 3;
    private static final int NETLINK_ROUTE = 0;

    private PidChecks() {
    }

    /** Argument {@code i} names a task; 0 means the caller. */
    static SyscallCheck pidOrSelf(int i) {
        return c -> task(c, c.intArg(i));
    }

    /** Arguments {@code i} and {@code j} both name tasks (kcmp, tgkill, rt_tgsigqueueinfo). */
    static SyscallCheck twoPids(int i, int j) {
        return c -> task(c, c.intArg(i)) == SyscallCheck.RUN ? task(c, c.intArg(j)) : ESRCH;
    }

    private static long task(GuestCall c, int pid) {
        return pid <= 0 || c.sandbox().isGuest(pid) ? SyscallCheck.RUN : ESRCH;
    }

    /**
     * kill(2): a pid must be the guest's, a process group must hold a guest process (a group never
     * spans sessions, and the guest's sessions hold only guest tasks), and kill(-1) is emulated:
     * every guest process but the caller and the init, never the host's.
     */
    static long kill(GuestCall c) {
        int pid = c.intArg(0);
        if (pid > 0) {
            return task(c, pid);
        }
        if (pid == 0) {
            return SyscallCheck.RUN;
        }
        if (pid == -1) {
            return killAll(c, c.intArg(1));
        }
        return isGuestGroup(c.sandbox(), pid == Integer.MIN_VALUE ? -1 : -pid) ? SyscallCheck.RUN : ESRCH;
    }

    /** The sentry sends the signals itself, so their si_pid is the sentry's rather than the caller's. */
    private static long killAll(GuestCall c, int sig) {
        Sandbox s = c.sandbox();
        boolean any = false;
        for (int pid : s.processes()) {
            if (pid == c.tgid() || pid == s.init()) {
                continue;
            }
            any |= sig == 0 || s.signal(pid, sig);
        }
        return any ? 0 : ESRCH;
    }

    private static boolean isGuestGroup(Sandbox s, int pgid) {
        for (int pid : s.processes()) {
            if (s.processGroup(pid) == pgid) {
                return true;
            }
        }
        return false;
    }

    /** getpriority/setpriority(which, who): PRIO_USER would reach every host process of that uid. */
    static long priority(GuestCall c) {
        return whichWho(c, PRIO_PROCESS, PRIO_PGRP, PRIO_USER);
    }

    /** ioprio_get/ioprio_set(which, who), the same shape as setpriority with other constants. */
    static long ioPriority(GuestCall c) {
        return whichWho(c, IOPRIO_WHO_PROCESS, IOPRIO_WHO_PGRP, IOPRIO_WHO_USER);
    }

    private static long whichWho(GuestCall c, int process, int group, int user) {
        int which = c.intArg(0);
        int who = c.intArg(1);
        if (which == process) {
            return task(c, who);
        }
        if (which == group) {
            return who == 0 || isGuestGroup(c.sandbox(), who) ? SyscallCheck.RUN : ESRCH;
        }
        if (which == user) {
            return -Errno.EPERM;
        }
        return SyscallCheck.RUN;
    }

    /** fcntl(fd, F_SETOWN, owner): SIGIO/SIGURG would go to the owner, a pid or (negative) a group. */
    static long fcntlSetOwner(GuestCall c) {
        int owner = c.intArg(2);
        if (owner >= 0) {
            return task(c, owner);
        }
        return owner != Integer.MIN_VALUE && isGuestGroup(c.sandbox(), -owner) ? SyscallCheck.RUN : ESRCH;
    }

    /**
     * Argument {@code i} is a pidfd: a pidfd names its process in fdinfo's "Pid:", and a
     * /proc/PID directory fd (which pidfd_send_signal also takes) by its path. Anything else is
     * not a pidfd and the kernel itself answers EBADF.
     */
    static SyscallCheck pidfd(int i) {
        return c -> {
            int fd = c.intArg(i);
            if (fd < 0) {
                return SyscallCheck.RUN;
            }
            int pid = pidOfFd(c.tid(), fd);
            return pid <= 0 || c.sandbox().isGuest(pid) ? SyscallCheck.RUN : ESRCH;
        };
    }

    private static int pidOfFd(int tid, int fd) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Integer.toString(tid), "fdinfo", Integer.toString(fd)))) {
                if (line.startsWith("Pid:")) {
                    return Integer.parseInt(line.substring(4).trim());
                }
            }
            String target = Files.readSymbolicLink(Path.of("/proc", Integer.toString(tid), "fd", Integer.toString(fd))).toString();
            String last = target.substring(target.lastIndexOf('/') + 1);
            return last.matches("[0-9]{1,9}") ? Integer.parseInt(last) : 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    /** socket(AF_NETLINK, type, protocol): only the routing family (ip, getifaddrs). */
    static long netlink(GuestCall c) {
        return c.intArg(2) == NETLINK_ROUTE ? SyscallCheck.RUN : -Errno.EPROTONOSUPPORT;
    }
}
