package io.runj.sentry.cgroup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.runj.oci.Pids;
import io.runj.oci.Resources;

/**
 * A container's cgroup on this host: one directory per v1 hierarchy, or one cgroup v2 directory.
 * Chosen as runc chooses: v2 when /sys/fs/cgroup is cgroup2, else the v1 hierarchies (on a
 * hybrid host the v2 hierarchy beside them holds no controller runc uses).
 */
public abstract sealed class Cgroup permits CgroupV1, CgroupV2 {
    static final String PROCS = "cgroup.procs";
    /**
     * The two leaves of the container's cgroup: the sentry and the gofer in one, the guest's tasks
     * in the other. Every limit is the container's, except pids.max, which is the guest leaf's: the
     * JVMs' threads would otherwise eat the guest's share, and a JVM cannot even start under a
     * limit meant for a shell. On cgroup v2 the container's cgroup can hold no process itself
     * anyway once its controllers are delegated to children.
     */
    public static final String SANDBOX = "sandbox";
    public static final String GUEST = "guest";
    private static final long FREEZE_TIMEOUT_NANOS = 10_000_000_000L;

    /** The directories by controller; cgroup v2 has one, under the key "". */
    public abstract Map<String, Path> paths();

    /** "v1" or "v2". */
    public abstract String version();

    /** Makes the directories and their two leaves, prepared as the controllers require before a task joins. */
    abstract void make();

    /** Applies the limits that are set in {@code r} but the pids limit; null members are left as they are. */
    abstract void setLimits(Resources r);

    /** The pids controller's directory, or null when it is not there. */
    abstract Path pidsDirectory();

    /** Applies every limit set in {@code r}; null members are left as they are. */
    public void set(Resources r) {
        setLimits(r);
        setPids(r.getPids());
    }

    /** The pids limit, on the guest's leaf; 0 leaves it, a negative one means none. */
    void setPids(Pids pids) {
        if (pids == null || pids.getLimit() == null || pids.getLimit() == 0) {
            return;
        }
        Path dir = pidsDirectory();
        if (dir == null) {
            throw new CgroupException("cannot set pids limit: the pids controller is not available");
        }
        CgroupFiles.write(dir.resolve(GUEST), "pids.max", pids.getLimit() > 0 ? pids.getLimit().toString() : "max");
    }

    /** The guest's task count and limit into runc's "pids" stats. */
    void pidsStats(ObjectNode data) {
        Path dir = pidsDirectory();
        if (dir != null && CgroupFiles.exists(dir.resolve(GUEST), "pids.current")) {
            ObjectNode p = (ObjectNode) data.get("pids");
            StatsJson.putNonZero(p, "current", CgroupFiles.readLong(dir.resolve(GUEST), "pids.current", 0));
            StatsJson.putNonZero(p, "limit", CgroupFiles.readLong(dir.resolve(GUEST), "pids.max", 0));
        }
    }

    /** Asks the kernel to freeze or thaw the cgroup. */
    abstract void requestFreeze(boolean frozen);

    /** Whether every task in the cgroup is frozen. */
    public abstract boolean frozen();

    /**
     * Freezes or thaws every task in the cgroup and returns once the kernel reports it done. The
     * request is repeated while it is pending: a v1 freeze can stall in FREEZING while a task
     * sleeps uninterruptibly. A freeze that does not complete is undone.
     */
    public void freeze(boolean frozen) {
        long deadline = System.nanoTime() + FREEZE_TIMEOUT_NANOS;
        while (true) {
            requestFreeze(frozen);
            if (frozen() == frozen) {
                return;
            }
            if (System.nanoTime() > deadline) {
                if (frozen) {
                    requestFreeze(false);
                }
                throw new CgroupException("unable to " + (frozen ? "freeze" : "thaw") + " the cgroup "
                        + directories().iterator().next());
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CgroupException("interrupted while freezing " + directories().iterator().next());
            }
        }
    }

    /** The usage as runc's {@code events --stats} prints its "data". */
    public abstract ObjectNode stats();

    /** How many tasks the OOM killer has killed in the cgroup. */
    public abstract long oomKills();

    /** The cgroup of {@code linux.cgroupsPath} resolved by {@link CgroupsPath}, on this host. */
    public static Cgroup at(String path) {
        List<CgroupMounts.Mount> mounts = CgroupMounts.read();
        Map<String, String> own = CgroupMounts.own();
        return CgroupMounts.unified(mounts) ? CgroupV2.at(CgroupMounts.UNIFIED, own.get(""), path)
                : CgroupV1.at(mounts, own, path);
    }

    /** The cgroups this process is in now, in every hierarchy {@link #at} would use. */
    public static Cgroup current() {
        List<CgroupMounts.Mount> mounts = CgroupMounts.read();
        Map<String, String> own = CgroupMounts.own();
        return CgroupMounts.unified(mounts)
                ? new CgroupV2(CgroupMounts.join(CgroupMounts.UNIFIED, own.getOrDefault("", "/")))
                : CgroupV1.at(mounts, own, ".");
    }

    /** A cgroup recorded by {@link #paths} and {@link #version}. */
    static Cgroup of(String version, Map<String, Path> paths) {
        return version.equals("v2") ? new CgroupV2(paths.get("")) : new CgroupV1(new LinkedHashMap<>(paths));
    }

    /** Each directory once (v1 controllers mounted together share one). */
    Set<Path> directories() {
        return new LinkedHashSet<>(paths().values());
    }

    /** Every directory and its leaves, leaves first. */
    List<Path> withLeaves() {
        List<Path> out = new ArrayList<>();
        for (Path dir : directories()) {
            out.add(dir.resolve(SANDBOX));
            out.add(dir.resolve(GUEST));
        }
        out.addAll(directories());
        return out;
    }

    /** Moves the process {@code pid} (all its threads) into the leaf {@code leaf} ("" for the directory itself) of every directory. */
    public void join(long pid, String leaf) {
        for (Path dir : directories()) {
            CgroupFiles.write(dir.resolve(leaf), PROCS, Long.toString(pid));
        }
    }

    /** The pids of the processes in the leaves: the sandbox's, whatever else a pre-existing cgroup holds. */
    Set<Long> processes() {
        Set<Long> out = new LinkedHashSet<>();
        for (Path dir : withLeaves()) {
            if (Files.isDirectory(dir) && (dir.endsWith(SANDBOX) || dir.endsWith(GUEST))) {
                for (String pid : CgroupFiles.read(dir, PROCS).split("\n")) {
                    if (!pid.isBlank()) {
                        out.add(Long.parseLong(pid.trim()));
                    }
                }
            }
        }
        return out;
    }
}
