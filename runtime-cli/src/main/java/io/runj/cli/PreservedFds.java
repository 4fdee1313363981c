package io.runj.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The caller's fds from 3 on that reach the guest as the same numbers: --preserve-fds N, after
 * systemd's LISTEN_FDS for create and run, as runc passes them. Every other fd the caller has
 * stays out. They travel to the sentry in one SCM_RIGHTS message (16 fds at most, stdio
 * included for exec), far below the guest's reserved fd 1000.
 */
final class PreservedFds {
    /** MessageSocket.MAX_FDS: one message's worth. */
    static final int MAX_MESSAGE = 16;

    private PreservedFds() {
    }

    /**
     * fds 3 to 3+count-1, each checked open, as runc checks them.
     *
     * @param room how many fds the message still has room for
     */
    static int[] fromThree(int count, int listen, int room) {
        if (count < 0) {
            throw new CliException("--preserve-fds: must not be negative");
        }
        if (count + listen > room) {
            throw new CliException("--preserve-fds " + count + ": runj passes at most " + (room - listen) + " fds");
        }
        int[] fds = new int[listen + count];
        for (int i = 0; i < fds.length; i++) {
            int fd = 3 + i;
            if (i >= listen && !Files.exists(Path.of("/proc/self/fd/" + fd), LinkOption.NOFOLLOW_LINKS)) {
                throw new CliException("unable to stat preserved-fd " + (i - listen) + " (of " + count + "): "
                        + "/proc/self/fd/" + fd + ": no such file or directory");
            }
            fds[i] = fd;
        }
        return fds;
    }

    /**
     * systemd's socket activation: LISTEN_FDS fds from 3 on when LISTEN_PID names this process
     * (bin/runj execs the JVM, so the pid is the one systemd started), as go-systemd's
     * activation.Files reads them for runc; 0 otherwise.
     */
    static int listenFds() {
        String pid = System.getenv("LISTEN_PID");
        String count = System.getenv("LISTEN_FDS");
        if (pid == null || count == null || !pid.equals(Long.toString(ProcessHandle.current().pid()))) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(count));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
