package io.runj.sentry.exec;

import java.util.ArrayList;
import java.util.List;

/**
 * The fds the container's init gets from 3 on, the caller's own numbers: systemd's socket
 * activation fds first ({@code listen} of them), then --preserve-fds. As runc does, the init's
 * environment then says LISTEN_FDS=listen and LISTEN_PID; runc sets LISTEN_PID=1, the init's pid
 * in its pid namespace, while runj has no pid namespace yet, so it sets the pid the guest's
 * getpid() returns.
 *
 * @param fds    the sentry's copies, in order: fds[i] becomes the guest's fd 3+i
 * @param listen how many of them are socket activation fds
 */
public record InheritedFds(int[] fds, int listen) {
    public static final InheritedFds NONE = new InheritedFds(new int[0], 0);

    /** {@code p} with LISTEN_FDS and LISTEN_PID added when there are socket activation fds. */
    GuestProcess environment(GuestProcess p, int pid) {
        if (listen == 0) {
            return p;
        }
        List<String> env = new ArrayList<>(p.env());
        env.add("LISTEN_FDS=" + listen);
        env.add("LISTEN_PID=" + pid);
        return new GuestProcess(p.rootfs(), p.rootBind(), p.readonlyRoot(), p.kernelMounts(), p.args(), List.copyOf(env),
                p.cwd(), p.uid(), p.gid(), p.additionalGids(), p.umask(), p.hostname(), p.namespaces(), p.rlimits(),
                p.capabilities(), p.noNewPrivileges(), p.mounts());
    }
}
