package io.runj.sentry.cgroup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.runj.oci.BlockIo;
import io.runj.oci.Cpu;
import io.runj.oci.Memory;
import io.runj.oci.Resources;

/** A cgroup v2 directory, with runc's conversions of the OCI's v1-shaped values. */
final class CgroupV2 extends Cgroup {
    /** The controllers runj sets limits with, enabled in each ancestor's cgroup.subtree_control when available. */
    private static final Set<String> CONTROLLERS = Set.of("cpu", "cpuset", "io", "memory", "pids");
    private static final long UNLIMITED = -1L;

    private final Path dir;

    CgroupV2(Path dir) {
        this.dir = dir;
    }

    /**
     * An absolute path is below the mount; a relative one below the parent of our own cgroup,
     * which (unlike ours) holds no process, so controllers can be enabled for its children.
     */
    static CgroupV2 at(Path mount, String own, String path) {
        if (path.startsWith("/")) {
            return new CgroupV2(CgroupMounts.join(mount, path));
        }
        Path mine = CgroupMounts.join(mount, own == null ? "/" : own);
        Path parent = mine.equals(mount) ? mount : mine.getParent();
        return new CgroupV2(CgroupMounts.join(parent, path));
    }

    @Override
    public Map<String, Path> paths() {
        return Map.of("", dir);
    }

    @Override
    public String version() {
        return "v2";
    }

    /** Each ancestor, from the mount down, delegates the controllers it has to its children; then the leaf is made. */
    @Override
    void make() {
        List<Path> chain = new ArrayList<>();
        for (Path d = dir.getParent(); d != null && Files.exists(d.resolve("cgroup.controllers")); d = d.getParent()) {
            chain.add(0, d);
        }
        mkdir(dir);
        chain.add(dir);
        for (Path d : chain) {
            StringBuilder enable = new StringBuilder();
            for (String c : CgroupFiles.read(d, "cgroup.controllers").split(" ")) {
                if (CONTROLLERS.contains(c) && !CgroupFiles.read(d, "cgroup.subtree_control").contains(c)) {
                    enable.append(enable.length() == 0 ? "" : " ").append('+').append(c);
                }
            }
            if (enable.length() > 0) {
                CgroupFiles.write(d, "cgroup.subtree_control", enable.toString());
            }
        }
        mkdir(dir.resolve(SANDBOX));
        mkdir(dir.resolve(GUEST));
    }

    private static void mkdir(Path d) {
        try {
            Files.createDirectories(d);
        } catch (IOException e) {
            throw new CgroupException("mkdir " + d + ": " + e.getMessage());
        }
    }

    /** pids is a controller of the one directory when the host has it. */
    @Override
    Path pidsDirectory() {
        return CgroupFiles.exists(dir, "pids.max") || CgroupFiles.read(dir, "cgroup.subtree_control").contains("pids")
                ? dir : null;
    }

    @Override
    void setLimits(Resources r) {
        Cpu cpu = r.getCpu();
        if (cpu != null) {
            writeIfSet("cpuset.cpus", cpu.getCpus());
            writeIfSet("cpuset.mems", cpu.getMems());
        }
        if (r.getMemory() != null) {
            setMemory(r.getMemory());
        }
        if (cpu != null) {
            setCpu(cpu);
        }
        BlockIo blkio = r.getBlockIo();
        if (blkio != null && blkio.getWeight() != null && blkio.getWeight() != 0) {
            if (CgroupFiles.exists(dir, "io.bfq.weight")) {
                CgroupFiles.write(dir, "io.bfq.weight", blkio.getWeight().toString());
            } else {
                CgroupFiles.write(dir, "io.weight", Long.toString(V2Values.ioWeight(blkio.getWeight())));
            }
        }
        if (r.getUnified() != null) {
            for (Map.Entry<String, String> e : r.getUnified().entrySet()) {
                if (e.getKey().contains("/")) {
                    throw new CgroupException("unified resource " + e.getKey() + " must be a file name");
                }
                CgroupFiles.write(dir, e.getKey(), e.getValue());
            }
        }
    }

    private void writeIfSet(String file, String value) {
        if (value != null && !value.isEmpty()) {
            CgroupFiles.write(dir, file, value);
        }
    }

    /** swap.max is swap alone (v1's memsw is memory plus swap); reservation is memory.low. */
    private void setMemory(Memory m) {
        long limit = m.getLimit() == null ? 0 : m.getLimit();
        long memsw = m.getSwap() == null ? 0 : m.getSwap();
        long swap = V2Values.swap(memsw, limit);
        String swapValue = V2Values.text(swap);
        if (swapValue.isEmpty() && swap == 0 && memsw > 0) {
            swapValue = "0";
        }
        if (!swapValue.isEmpty()) {
            if (CgroupFiles.exists(dir, "memory.swap.max")) {
                CgroupFiles.write(dir, "memory.swap.max", swapValue);
            } else if (!swapValue.equals("max") && !swapValue.equals("0")) {
                throw new CgroupException("cannot set swap limit: swap accounting is not enabled (no memory.swap.max)");
            }
        }
        if (!V2Values.text(limit).isEmpty()) {
            CgroupFiles.write(dir, "memory.max", V2Values.text(limit));
        }
        long reservation = m.getReservation() == null ? 0 : m.getReservation();
        if (!V2Values.text(reservation).isEmpty()) {
            CgroupFiles.write(dir, "memory.low", V2Values.text(reservation));
        }
        if (Boolean.TRUE.equals(m.getDisableOomKiller())) {
            throw new CgroupException("invalid configuration: disableOOMKiller is not supported on cgroup v2");
        }
    }

    private void setCpu(Cpu c) {
        long shares = c.getShares() == null ? 0 : c.getShares();
        if (shares != 0) {
            CgroupFiles.write(dir, "cpu.weight", Long.toString(V2Values.cpuWeight(shares)));
        }
        long quota = c.getQuota() == null ? 0 : c.getQuota();
        long period = c.getPeriod() == null ? 0 : c.getPeriod();
        if (quota != 0 || period != 0) {
            String max = quota > 0 ? Long.toString(quota) : "max";
            if (period != 0) {
                max += " " + period;
            }
            CgroupFiles.write(dir, "cpu.max", max);
        }
    }

    @Override
    void requestFreeze(boolean frozen) {
        CgroupFiles.write(dir, "cgroup.freeze", frozen ? "1" : "0");
    }

    /** cgroup.events says "frozen 1" once every task has stopped. */
    @Override
    public boolean frozen() {
        return Files.isDirectory(dir) && CgroupFiles.keyValues(dir, "cgroup.events").getOrDefault("frozen", 0L) == 1;
    }

    @Override
    public long oomKills() {
        return CgroupFiles.keyValues(dir, "memory.events").getOrDefault("oom_kill", 0L);
    }

    @Override
    public ObjectNode stats() {
        ObjectNode data = StatsJson.skeleton();
        ObjectNode cpu = (ObjectNode) data.get("cpu");
        Map<String, Long> stat = CgroupFiles.keyValues(dir, "cpu.stat");
        ObjectNode usage = (ObjectNode) cpu.get("usage");
        StatsJson.putNonZero(usage, "total", stat.getOrDefault("usage_usec", 0L) * 1000);
        StatsJson.put(usage, "kernel", stat.getOrDefault("system_usec", 0L) * 1000);
        StatsJson.put(usage, "user", stat.getOrDefault("user_usec", 0L) * 1000);
        ObjectNode t = (ObjectNode) cpu.get("throttling");
        StatsJson.putNonZero(t, "periods", stat.getOrDefault("nr_periods", 0L));
        StatsJson.putNonZero(t, "throttledPeriods", stat.getOrDefault("nr_throttled", 0L));
        StatsJson.putNonZero(t, "throttledTime", stat.getOrDefault("throttled_usec", 0L) * 1000);
        if (CgroupFiles.exists(dir, "memory.current")) {
            memoryStats((ObjectNode) data.get("memory"));
        }
        pidsStats(data);
        if (CgroupFiles.exists(dir, "io.stat")) {
            ioStats((ObjectNode) data.get("blkio"));
        }
        return data;
    }

    /** As runc reports v2 memory: swap is shown as memory plus swap, v1's memsw. */
    private void memoryStats(ObjectNode out) {
        Map<String, Long> raw = CgroupFiles.keyValues(dir, "memory.stat");
        StatsJson.putNonZero(out, "cache", raw.getOrDefault("file", 0L));
        long usage = CgroupFiles.readLong(dir, "memory.current", 0);
        long limit = CgroupFiles.readLong(dir, "memory.max", UNLIMITED);
        long failcnt = CgroupFiles.keyValues(dir, "memory.events").getOrDefault("max", 0L);
        out.set("usage", StatsJson.memoryEntry(limit, usage, 0, failcnt));
        if (CgroupFiles.exists(dir, "memory.swap.current")) {
            long swap = CgroupFiles.readLong(dir, "memory.swap.current", 0);
            long swapLimit = CgroupFiles.readLong(dir, "memory.swap.max", UNLIMITED);
            long total = limit == UNLIMITED || swapLimit == UNLIMITED ? UNLIMITED : limit + swapLimit;
            out.set("swap", StatsJson.memoryEntry(total, usage + swap, 0, 0));
        } else {
            out.set("swap", StatsJson.memoryEntry(0, 0, 0, 0));
        }
        out.set("kernel", StatsJson.memoryEntry(0, 0, 0, 0));
        out.set("kernelTCP", StatsJson.memoryEntry(0, 0, 0, 0));
        StatsJson.putRaw(out, raw);
    }

    /** io.stat's "MAJ:MIN rbytes=N wbytes=N rios=N wios=N ..." as v1's service bytes and serviced counts. */
    private void ioStats(ObjectNode out) {
        ArrayNode bytes = StatsJson.JSON.createArrayNode();
        ArrayNode ios = StatsJson.JSON.createArrayNode();
        for (String line : CgroupFiles.read(dir, "io.stat").split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 2 || !f[0].contains(":")) {
                continue;
            }
            String[] dev = f[0].split(":");
            long major = Long.parseLong(dev[0]);
            long minor = Long.parseLong(dev[1]);
            for (int i = 1; i < f.length; i++) {
                String[] kv = f[i].split("=", 2);
                if (kv.length != 2) {
                    continue;
                }
                long v = Long.parseUnsignedLong(kv[1]);
                switch (kv[0]) {
                    case "rbytes" -> bytes.add(StatsJson.blkioEntry(major, minor, "Read", v));
                    case "wbytes" -> bytes.add(StatsJson.blkioEntry(major, minor, "Write", v));
                    case "rios" -> ios.add(StatsJson.blkioEntry(major, minor, "Read", v));
                    case "wios" -> ios.add(StatsJson.blkioEntry(major, minor, "Write", v));
                    default -> {
                        // dbytes/dios and others have no v1 counterpart in runc's stats.
                    }
                }
            }
        }
        if (!bytes.isEmpty()) {
            out.set("ioServiceBytesRecursive", bytes);
        }
        if (!ios.isEmpty()) {
            out.set("ioServicedRecursive", ios);
        }
    }
}
