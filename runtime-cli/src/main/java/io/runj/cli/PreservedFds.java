package io.runj.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * --preserve-fds N: the caller's fds 3 to 3+N-1 reach the guest as the same numbers. They travel
 * to the sentry in one SCM_RIGHTS message (at most 16 fds with stdio) and must stay below the
 * guest's reserved fd.
 */
final class PreservedFds {
    /** Stdio and the preserved fds in one message of at most MessageSocket.MAX_FDS. */
    static final int MAX = 13;

    private PreservedFds() {
    }

    /** {@code first} followed by fds {@code first.length} to {@code first.length + count - 1}, each checked open. */
    static int[] after(int[] first, int count) {
        if (count < 0) {
            throw new CliException("--preserve-fds: must not be negative");
        }
        if (first.length + count > 3 + MAX) {
            throw new CliException("--preserve-fds " + count + ": runj passes at most " + (3 + MAX - first.length) + " fds");
        }
        int[] fds = Arrays.copyOf(first, first.length + count);
        for (int i = first.length; i < fds.length; i++) {
            // As runc words it when a preserved fd is not open.
            if (!Files.exists(Path.of("/proc/self/fd/" + i), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new CliException("unable to stat preserved-fd " + (i - first.length) + " (of " + count + "): "
                        + "/proc/self/fd/" + i + ": no such file or directory");
            }
            fds[i] = i;
        }
        return fds;
    }

    /** create and run: only 0 so far. */
    static void check(int count) {
        if (count < 0) {
            throw new CliException("--preserve-fds: must not be negative");
        }
        if (count > 0) {
            throw new CliException("--preserve-fds " + count + ": passing extra fds to the container is not supported yet");
        }
    }
}
