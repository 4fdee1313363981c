package io.runj.oci;

/** linux.resources.memory: the values runc can write to the memory controller. */
final class MemoryRules {
    private static final String PATH = ResourceRules.PATH + ".memory";
    private static final long MAX_SWAPPINESS = 100;

    private MemoryRules() {}

    static void check(Memory memory, Errors errors) {
        if (memory == null) {
            return;
        }
        checkLimit("limit", memory.getLimit(), errors);
        checkLimit("reservation", memory.getReservation(), errors);
        checkLimit("swap", memory.getSwap(), errors);
        checkLimit("kernel", memory.getKernel(), errors);
        checkLimit("kernelTCP", memory.getKernelTcp(), errors);
        checkSwap(memory, errors);
        Long swappiness = memory.getSwappiness();
        if (swappiness != null && Long.compareUnsigned(swappiness, MAX_SWAPPINESS) > 0) {
            errors.add(PATH + ".swappiness", "must be between 0 and 100");
        }
    }

    private static void checkLimit(String field, Long value, Errors errors) {
        if (value != null && value < -1) {
            errors.add(PATH + "." + field, "must be -1 (unlimited) or non-negative");
        }
    }

    /** swap is memory plus swap (the cgroup v1 meaning); runc derives cgroup v2's swap.max from it. */
    private static void checkSwap(Memory memory, Errors errors) {
        long swap = memory.getSwap() == null ? 0 : memory.getSwap();
        long limit = memory.getLimit() == null ? 0 : memory.getLimit();
        if (swap <= 0) {
            return;
        }
        if (limit <= 0) {
            errors.add(PATH + ".swap", "requires memory.limit");
        } else if (swap < limit) {
            errors.add(PATH + ".swap", "must be at least memory.limit");
        }
    }
}
