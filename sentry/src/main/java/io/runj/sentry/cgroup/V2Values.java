package io.runj.sentry.cgroup;

/**
 * runc's conversions from the OCI's cgroup v1 values to cgroup v2's, so one config means the same
 * on both.
 */
final class V2Values {
    private V2Values() {
    }

    /** cpu.shares 2..262144 onto cpu.weight 1..10000; 0 means unset. */
    static long cpuWeight(long shares) {
        return shares == 0 ? 0 : 1 + ((shares - 2) * 9999) / 262142;
    }

    /** blkio.weight 10..1000 onto io.weight 1..10000; 0 means unset. */
    static long ioWeight(long weight) {
        return weight == 0 ? 0 : 1 + (weight - 10) * 9999 / 990;
    }

    /**
     * The OCI swap is memory+swap (v1's memsw); memory.swap.max is swap alone. -1 is unlimited,
     * 0 unset; unlimited memory with unset swap means unlimited swap too.
     */
    static long swap(long memsw, long memory) {
        if (memory == -1 && memsw == 0) {
            return -1;
        }
        if (memsw == -1 || memsw == 0) {
            return memsw;
        }
        if (memory == 0 || memory == -1) {
            throw new CgroupException("unable to set swap limit without memory limit");
        }
        if (memory < 0) {
            throw new CgroupException("invalid memory value: " + memory);
        }
        if (memsw < memory) {
            throw new CgroupException("memory+swap limit should be >= memory limit");
        }
        return memsw - memory;
    }

    /** A v2 limit as written: "" for unset (0), "max" for unlimited (-1). */
    static String text(long value) {
        return value == 0 ? "" : value == -1 ? "max" : Long.toString(value);
    }
}
