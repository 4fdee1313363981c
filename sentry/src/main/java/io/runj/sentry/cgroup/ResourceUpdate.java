package io.runj.sentry.cgroup;

import io.runj.oci.BlockIo;
import io.runj.oci.Cpu;
import io.runj.oci.Memory;
import io.runj.oci.Pids;
import io.runj.oci.Resources;

/**
 * What {@code runj update} may change, as runc's update: memory limit, reservation and swap; cpu
 * shares, quota, period, realtime runtime and period, cpus and mems; the pids limit; the blkio
 * weight. A member left null in the changes keeps its value.
 */
public final class ResourceUpdate {
    private ResourceUpdate() {
    }

    /** {@code base} with every non-null member of {@code changes} put over it; neither is modified. */
    public static Resources merge(Resources base, Resources changes) {
        Memory m = copy(base.getMemory());
        Cpu c = copy(base.getCpu());
        Long pids = base.getPids() == null ? null : base.getPids().getLimit();
        Integer weight = base.getBlockIo() == null ? null : base.getBlockIo().getWeight();
        Memory dm = changes.getMemory();
        if (dm != null) {
            m.setLimit(pick(dm.getLimit(), m.getLimit()))
                    .setReservation(pick(dm.getReservation(), m.getReservation()))
                    .setSwap(pick(dm.getSwap(), m.getSwap()));
        }
        Cpu dc = changes.getCpu();
        if (dc != null) {
            c.setShares(pick(dc.getShares(), c.getShares()))
                    .setQuota(pick(dc.getQuota(), c.getQuota()))
                    .setPeriod(pick(dc.getPeriod(), c.getPeriod()))
                    .setRealtimeRuntime(pick(dc.getRealtimeRuntime(), c.getRealtimeRuntime()))
                    .setRealtimePeriod(pick(dc.getRealtimePeriod(), c.getRealtimePeriod()))
                    .setCpus(pick(dc.getCpus(), c.getCpus()))
                    .setMems(pick(dc.getMems(), c.getMems()));
        }
        if (changes.getPids() != null && changes.getPids().getLimit() != null) {
            pids = changes.getPids().getLimit();
        }
        if (changes.getBlockIo() != null && changes.getBlockIo().getWeight() != null) {
            weight = changes.getBlockIo().getWeight();
        }
        Resources out = new Resources().setMemory(m).setCpu(c)
                .setPids(pids == null ? null : new Pids().setLimit(pids))
                .setBlockIo(weight == null ? null : new BlockIo().setWeight(weight));
        // Members update does not touch stay as the config set them.
        out.setDevices(base.getDevices());
        out.setHugepageLimits(base.getHugepageLimits());
        out.setNetwork(base.getNetwork());
        out.setUnified(base.getUnified());
        return out;
    }

    private static <T> T pick(T changed, T current) {
        return changed != null ? changed : current;
    }

    private static Memory copy(Memory m) {
        Memory out = new Memory();
        if (m != null) {
            out.setLimit(m.getLimit()).setReservation(m.getReservation()).setSwap(m.getSwap())
                    .setKernel(m.getKernel()).setKernelTcp(m.getKernelTcp()).setSwappiness(m.getSwappiness());
            out.setDisableOomKiller(m.getDisableOomKiller());
        }
        return out;
    }

    private static Cpu copy(Cpu c) {
        Cpu out = new Cpu();
        if (c != null) {
            out.setShares(c.getShares()).setQuota(c.getQuota()).setPeriod(c.getPeriod())
                    .setRealtimeRuntime(c.getRealtimeRuntime()).setRealtimePeriod(c.getRealtimePeriod())
                    .setCpus(c.getCpus()).setMems(c.getMems());
        }
        return out;
    }
}
