package io.runj.gofer;

import java.util.List;

import io.runj.platform.HostFs;
import io.runj.platform.UnixSockets;

/** The gofer process's life: open the mount roots, connect to the sentry, confine itself, serve until EOF. */
public final class Gofer {
    private Gofer() {
    }

    /**
     * Runs the gofer for {@code mounts}, connecting to the sentry's socket at {@code connectPath}.
     * Returns when the sentry closes the connection (or dies).
     */
    public static void run(String connectPath, List<MountSpec> mounts) {
        // The modes the sentry sends already have the guest's umask applied: none of our own on top.
        HostFs.umask(0);
        int[] roots = GoferServer.openRoots(mounts);
        int fd = UnixSockets.connect(connectPath);
        GoferConfinement.apply();
        new GoferServer(fd, mounts, roots).serve();
    }
}
