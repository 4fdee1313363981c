package io.runj.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.runj.oci.Resources;
import io.runj.oci.Spec;
import io.runj.sentry.cgroup.Cgroup;
import io.runj.sentry.cgroup.CgroupException;
import io.runj.sentry.cgroup.SandboxCgroup;

/** The CLI's view of a container's cgroup: made by its sentry at boot, recorded in its directory. */
final class ContainerCgroup {
    private ContainerCgroup() {
    }

    /**
     * In the sentry, before the gofer and the guest exist: the sentry joins the container's
     * cgroup, so every process it starts is born in it. Without root, and with no limits asked
     * for, there is no cgroup, as runc skips what it may not create when rootless.
     */
    static SandboxCgroup enter(StateDir dir, Spec spec, String id, boolean systemd) {
        Resources r = spec.getLinux() == null ? null : spec.getLinux().getResources();
        if (!root() && (r == null || (r.getMemory() == null && r.getCpu() == null && r.getPids() == null
                && r.getBlockIo() == null))) {
            return null;
        }
        try {
            return SandboxCgroup.create(dir.cgroupRecord(), spec.getLinux() == null ? null : spec.getLinux().getCgroupsPath(),
                    systemd, id, r, ProcessHandle.current().pid());
        } catch (CgroupException e) {
            throw new CliException("unable to apply cgroup configuration: " + e.getMessage());
        }
    }

    /** In the sentry, once the guest's init exists: see {@link SandboxCgroup#separate}; nothing without a cgroup. */
    static void separate(SandboxCgroup cg, long guestInit) {
        if (cg == null) {
            return;
        }
        try {
            cg.separate(guestInit);
        } catch (CgroupException e) {
            throw new CliException("unable to apply cgroup configuration: " + e.getMessage());
        }
    }

    /**
     * A sentry that outlives its container (a foreground run) goes back to the cgroups it was in
     * before {@link #enter}, {@code home}, so that removing the container's does not kill it.
     * Nothing when the container has no cgroup.
     */
    static void leave(StateDir dir, Cgroup home) {
        if (home == null || of(dir) == null) {
            return;
        }
        try {
            home.join(ProcessHandle.current().pid(), "");
        } catch (CgroupException e) {
            throw new CliException("leaving the container's cgroup: " + e.getMessage());
        }
    }

    /** This process's cgroups now, or null where cgroups cannot be read. */
    static Cgroup home() {
        try {
            return Cgroup.current();
        } catch (CgroupException e) {
            return null;
        }
    }

    /** The container's cgroup, or null when it has none. */
    static SandboxCgroup of(StateDir dir) {
        try {
            return SandboxCgroup.load(dir.cgroupRecord());
        } catch (CgroupException e) {
            throw new CliException(e.getMessage());
        }
    }

    /** As {@link #of}, for the commands that cannot work without one. */
    static SandboxCgroup required(StateDir dir) {
        SandboxCgroup cg = of(dir);
        if (cg == null) {
            throw new CliException("cgroups not configured for container");
        }
        return cg;
    }

    /** Whether the container's freezer has it frozen: the sentry is then frozen too and cannot answer. */
    static boolean paused(StateDir dir) {
        SandboxCgroup cg = of(dir);
        try {
            return cg != null && cg.cgroup().frozen();
        } catch (CgroupException e) {
            return false;
        }
    }

    /** Freezes or thaws, with errors as one line. */
    static void freeze(SandboxCgroup cg, boolean frozen) {
        try {
            cg.cgroup().freeze(frozen);
        } catch (CgroupException e) {
            throw new CliException(e.getMessage());
        }
    }

    /** Removes the cgroups the container made once its processes are gone; nothing when it has none. */
    static void remove(StateDir dir) {
        SandboxCgroup cg = of(dir);
        if (cg == null) {
            return;
        }
        try {
            cg.remove();
        } catch (CgroupException e) {
            throw new CliException(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted while removing the cgroup of " + dir.id());
        }
    }

    /** Whether this process runs as root (the owner of /proc/self is the effective uid). */
    private static boolean root() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
