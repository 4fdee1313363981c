package io.runj.sentry.cgroup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.runj.oci.BlockIo;
import io.runj.oci.Cpu;
import io.runj.oci.Memory;
import io.runj.oci.Resources;

/** A cgroup on the v1 hierarchies: one directory per mounted controller runc joins. */
final class CgroupV1 extends Cgroup {
    /** The hierarchies runc's fs driver joins, in its order; those not mounted are skipped. */
    private static final List<String> CONTROLLERS = List.of("cpuset", "devices", "memory", "cpu", "cpuacct", "pids",
            "blkio", "hugetlb", "net_cls", "net_prio", "perf_event", "freezer", "name=systemd");
    /** USER_HZ: cpuacct.stat counts in clock ticks. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private final Map<String, Path> paths;

    CgroupV1(Map<String, Path> paths) {
        this.paths = paths;
    }

    static CgroupV1 at(List<CgroupMounts.Mount> mounts, Map<String, String> own, String path) {
        Map<String, Path> paths = new LinkedHashMap<>();
        for (String controller : CONTROLLERS) {
            for (CgroupMounts.Mount m : mounts) {
                if (!m.v2() && m.controllers().contains(controller)) {
                    Path base = m.point();
                    if (!path.startsWith("/")) {
                        String mine = CgroupMounts.ownIn(own, controller);
                        base = CgroupMounts.under(m.point(), m.root(), mine == null ? "/" : mine);
                    }
                    paths.put(controller, CgroupMounts.join(base, path));
                    break;
                }
            }
        }
        if (paths.isEmpty()) {
            throw new CgroupException("no cgroup v1 hierarchy is mounted");
        }
        return new CgroupV1(paths);
    }

    @Override
    public Map<String, Path> paths() {
        return paths;
    }

    @Override
    public String version() {
        return "v1";
    }

    @Override
    void make() {
        for (Path dir : withLeaves()) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new CgroupException("mkdir " + dir + ": " + e.getMessage());
            }
        }
        Path cpuset = paths.get("cpuset");
        if (cpuset != null) {
            inheritCpuset(cpuset.resolve(SANDBOX));
            inheritCpuset(cpuset.resolve(GUEST));
        }
    }

    @Override
    Path pidsDirectory() {
        return paths.get("pids");
    }

    /** A new cpuset cgroup has no cpus or mems, and no task can join it: copy them down from the nearest ancestor that has them. */
    private static void inheritCpuset(Path dir) {
        List<Path> empty = new ArrayList<>();
        Path d = dir;
        while (d != null && Files.exists(d.resolve("cpuset.cpus")) && CgroupFiles.read(d, "cpuset.cpus").isEmpty()) {
            empty.add(0, d);
            d = d.getParent();
        }
        for (Path e : empty) {
            for (String f : List.of("cpuset.cpus", "cpuset.mems")) {
                if (CgroupFiles.read(e, f).isEmpty()) {
                    CgroupFiles.write(e, f, CgroupFiles.read(e.getParent(), f));
                }
            }
        }
    }

    @Override
    void setLimits(Resources r) {
        Cpu cpu = r.getCpu();
        Path cpuset = paths.get("cpuset");
        if (cpu != null && cpuset != null) {
            writeIfSet(cpuset, "cpuset.cpus", cpu.getCpus());
            writeIfSet(cpuset, "cpuset.mems", cpu.getMems());
        }
        if (r.getMemory() != null) {
            setMemory(required("memory"), r.getMemory());
        }
        if (cpu != null) {
            setCpu(required("cpu"), cpu);
        }
        BlockIo blkio = r.getBlockIo();
        if (blkio != null && blkio.getWeight() != null && blkio.getWeight() != 0) {
            Path dir = required("blkio");
            // Kernels with the BFQ scheduler and without CFQ only have blkio.bfq.weight.
            CgroupFiles.write(dir, CgroupFiles.exists(dir, "blkio.weight") ? "blkio.weight" : "blkio.bfq.weight",
                    blkio.getWeight().toString());
        }
        if (r.getUnified() != null && !r.getUnified().isEmpty()) {
            throw new CgroupException("invalid configuration: cannot use unified on cgroup v1");
        }
    }

    private Path required(String controller) {
        Path dir = paths.get(controller);
        if (dir == null) {
            throw new CgroupException("cannot set " + controller + " limit: the " + controller + " cgroup is not mounted");
        }
        return dir;
    }

    private static void writeIfSet(Path dir, String file, String value) {
        if (value != null && !value.isEmpty()) {
            CgroupFiles.write(dir, file, value);
        }
    }

    /** runc's order: when both change, swap first if the new swap exceeds the current limit, so neither write is refused. */
    private static void setMemory(Path dir, Memory m) {
        long limit = orZero(m.getLimit());
        long swap = orZero(m.getSwap());
        if (limit == -1 && swap == 0 && CgroupFiles.exists(dir, "memory.memsw.limit_in_bytes")) {
            swap = -1;
        }
        if (limit != 0 && swap != 0) {
            long current = CgroupFiles.readLong(dir, "memory.limit_in_bytes", Long.MAX_VALUE);
            if (swap == -1 || Long.compareUnsigned(current, swap) < 0) {
                setSwap(dir, swap);
                setLimit(dir, limit);
                setRest(dir, m);
                return;
            }
        }
        setLimit(dir, limit);
        setSwap(dir, swap);
        setRest(dir, m);
    }

    private static void setLimit(Path dir, long limit) {
        if (limit == 0) {
            return;
        }
        try {
            CgroupFiles.write(dir, "memory.limit_in_bytes", Long.toString(limit));
        } catch (CgroupException e) {
            // EBUSY: the new limit is below what the cgroup already uses.
            if (!e.getMessage().endsWith("device or resource busy")) {
                throw e;
            }
            throw new CgroupException("unable to set memory limit to " + limit + " (current usage: "
                    + CgroupFiles.readLong(dir, "memory.usage_in_bytes", 0) + ", peak usage: "
                    + CgroupFiles.readLong(dir, "memory.max_usage_in_bytes", 0) + ")");
        }
    }

    private static void setSwap(Path dir, long swap) {
        if (swap != 0) {
            CgroupFiles.write(dir, "memory.memsw.limit_in_bytes", Long.toString(swap));
        }
    }

    /** Reservation, swappiness and the OOM killer switch; kernel memory limits are ignored, as by runc. */
    private static void setRest(Path dir, Memory m) {
        if (orZero(m.getReservation()) != 0) {
            CgroupFiles.write(dir, "memory.soft_limit_in_bytes", m.getReservation().toString());
        }
        if (Boolean.TRUE.equals(m.getDisableOomKiller())) {
            CgroupFiles.write(dir, "memory.oom_control", "1");
        }
        Long swappiness = m.getSwappiness();
        if (swappiness != null && swappiness != -1) {
            if (swappiness < 0 || swappiness > 100) {
                throw new CgroupException("invalid value:" + Long.toUnsignedString(swappiness)
                        + ". valid memory swappiness range is 0-100");
            }
            CgroupFiles.write(dir, "memory.swappiness", swappiness.toString());
        }
    }

    /** Shares (read back: the kernel clamps them), then period and quota in the order the kernel accepts. */
    private static void setCpu(Path dir, Cpu c) {
        long shares = orZero(c.getShares());
        if (shares != 0) {
            CgroupFiles.write(dir, "cpu.shares", Long.toString(shares));
            long read = CgroupFiles.readLong(dir, "cpu.shares", 0);
            if (shares > read) {
                throw new CgroupException("the maximum allowed cpu-shares is " + read);
            } else if (shares < read) {
                throw new CgroupException("the minimum allowed cpu-shares is " + read);
            }
        }
        long period = orZero(c.getPeriod());
        long quota = orZero(c.getQuota());
        boolean periodPending = false;
        if (period != 0) {
            try {
                CgroupFiles.write(dir, "cpu.cfs_period_us", Long.toString(period));
            } catch (CgroupException e) {
                // A shorter period can exceed the parent's quota until the new quota is in.
                if (quota == 0) {
                    throw e;
                }
                periodPending = true;
            }
        }
        if (quota != 0) {
            CgroupFiles.write(dir, "cpu.cfs_quota_us", Long.toString(quota));
            if (periodPending) {
                CgroupFiles.write(dir, "cpu.cfs_period_us", Long.toString(period));
            }
        }
        if (orZero(c.getRealtimePeriod()) != 0) {
            CgroupFiles.write(dir, "cpu.rt_period_us", c.getRealtimePeriod().toString());
        }
        if (orZero(c.getRealtimeRuntime()) != 0) {
            CgroupFiles.write(dir, "cpu.rt_runtime_us", c.getRealtimeRuntime().toString());
        }
    }

    private static long orZero(Long v) {
        return v == null ? 0 : v;
    }

    @Override
    void requestFreeze(boolean frozen) {
        CgroupFiles.write(required("freezer"), "freezer.state", frozen ? "FROZEN" : "THAWED");
    }

    @Override
    public boolean frozen() {
        Path dir = paths.get("freezer");
        return dir != null && Files.isDirectory(dir) && CgroupFiles.read(dir, "freezer.state").equals("FROZEN");
    }

    @Override
    public long oomKills() {
        Path dir = paths.get("memory");
        if (dir == null) {
            return 0;
        }
        // v1 counts a kill in the victim's own cgroup only, not in its ancestors.
        long kills = 0;
        for (Path d : List.of(dir, dir.resolve(SANDBOX), dir.resolve(GUEST))) {
            if (Files.isDirectory(d)) {
                kills += CgroupFiles.keyValues(d, "memory.oom_control").getOrDefault("oom_kill", 0L);
            }
        }
        return kills;
    }

    @Override
    public ObjectNode stats() {
        ObjectNode data = StatsJson.skeleton();
        Path cpuacct = paths.get("cpuacct");
        ObjectNode cpu = (ObjectNode) data.get("cpu");
        if (cpuacct != null) {
            ObjectNode usage = (ObjectNode) cpu.get("usage");
            StatsJson.putNonZero(usage, "total", CgroupFiles.readLong(cpuacct, "cpuacct.usage", 0));
            StatsJson.putList(usage, "percpu", StatsJson.numbers(CgroupFiles.read(cpuacct, "cpuacct.usage_percpu")));
            if (CgroupFiles.exists(cpuacct, "cpuacct.usage_percpu_sys")) {
                StatsJson.putList(usage, "percpu_kernel", StatsJson.numbers(CgroupFiles.read(cpuacct, "cpuacct.usage_percpu_sys")));
                StatsJson.putList(usage, "percpu_user", StatsJson.numbers(CgroupFiles.read(cpuacct, "cpuacct.usage_percpu_user")));
            }
            Map<String, Long> ticks = CgroupFiles.keyValues(cpuacct, "cpuacct.stat");
            StatsJson.put(usage, "kernel", ticks.getOrDefault("system", 0L) * NANOS_PER_TICK);
            StatsJson.put(usage, "user", ticks.getOrDefault("user", 0L) * NANOS_PER_TICK);
        }
        if (paths.get("cpu") != null) {
            Map<String, Long> stat = CgroupFiles.keyValues(paths.get("cpu"), "cpu.stat");
            ObjectNode t = (ObjectNode) cpu.get("throttling");
            StatsJson.putNonZero(t, "periods", stat.getOrDefault("nr_periods", 0L));
            StatsJson.putNonZero(t, "throttledPeriods", stat.getOrDefault("nr_throttled", 0L));
            StatsJson.putNonZero(t, "throttledTime", stat.getOrDefault("throttled_time", 0L));
        }
        if (paths.get("cpuset") != null) {
            cpusetStats(paths.get("cpuset"), (ObjectNode) data.get("cpuset"));
        }
        if (paths.get("memory") != null) {
            memoryStats(paths.get("memory"), (ObjectNode) data.get("memory"));
        }
        pidsStats(data);
        if (paths.get("blkio") != null) {
            blkioStats(paths.get("blkio"), (ObjectNode) data.get("blkio"));
        }
        return data;
    }

    private static void cpusetStats(Path dir, ObjectNode out) {
        StatsJson.putList(out, "cpus", StatsJson.cpuList(CgroupFiles.read(dir, "cpuset.cpus")));
        StatsJson.put(out, "cpu_exclusive", CgroupFiles.readOptional(dir, "cpuset.cpu_exclusive"));
        StatsJson.putList(out, "mems", StatsJson.cpuList(CgroupFiles.read(dir, "cpuset.mems")));
        for (String f : List.of("mem_hardwall", "mem_exclusive", "memory_migrate", "memory_spread_page",
                "memory_spread_slab", "memory_pressure", "sched_load_balance")) {
            StatsJson.put(out, f, CgroupFiles.readOptional(dir, "cpuset." + f));
        }
        String level = CgroupFiles.exists(dir, "cpuset.sched_relax_domain_level")
                ? CgroupFiles.read(dir, "cpuset.sched_relax_domain_level") : "0";
        out.put("sched_relax_domain_level", Long.parseLong(level));
    }

    private static void memoryStats(Path dir, ObjectNode out) {
        Map<String, Long> raw = CgroupFiles.keyValues(dir, "memory.stat");
        StatsJson.putNonZero(out, "cache", raw.getOrDefault("cache", 0L));
        out.set("usage", entry(dir, "memory"));
        out.set("swap", entry(dir, "memory.memsw"));
        out.set("kernel", entry(dir, "memory.kmem"));
        out.set("kernelTCP", entry(dir, "memory.kmem.tcp"));
        StatsJson.putRaw(out, raw);
    }

    /** A MemoryEntry from PREFIX.{limit_in_bytes,usage_in_bytes,max_usage_in_bytes,failcnt}; zeros when the kernel lacks it. */
    private static ObjectNode entry(Path dir, String prefix) {
        if (!CgroupFiles.exists(dir, prefix + ".usage_in_bytes")) {
            return StatsJson.memoryEntry(0, 0, 0, 0);
        }
        return StatsJson.memoryEntry(CgroupFiles.readLong(dir, prefix + ".limit_in_bytes", 0),
                CgroupFiles.readLong(dir, prefix + ".usage_in_bytes", 0),
                CgroupFiles.readLong(dir, prefix + ".max_usage_in_bytes", 0),
                CgroupFiles.readLong(dir, prefix + ".failcnt", 0));
    }

    /** The bfq scheduler's counters when the kernel has them, else the throttle layer's, as runc picks. */
    private static void blkioStats(Path dir, ObjectNode out) {
        String base = CgroupFiles.exists(dir, "blkio.bfq.io_service_bytes_recursive") ? "blkio.bfq." : "blkio.throttle.";
        blkioList(dir, base + "io_service_bytes_recursive", out, "ioServiceBytesRecursive");
        blkioList(dir, base + "io_serviced_recursive", out, "ioServicedRecursive");
    }

    private static void blkioList(Path dir, String file, ObjectNode out, String key) {
        if (!CgroupFiles.exists(dir, file)) {
            return;
        }
        ArrayNode list = StatsJson.JSON.createArrayNode();
        for (String line : CgroupFiles.read(dir, file).split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 3) {
                String[] dev = f[0].split(":");
                list.add(StatsJson.blkioEntry(Long.parseLong(dev[0]), Long.parseLong(dev[1]), f[1], Long.parseUnsignedLong(f[2])));
            }
        }
        if (!list.isEmpty()) {
            out.set(key, list);
        }
    }
}
