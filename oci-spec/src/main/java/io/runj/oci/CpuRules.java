package io.runj.oci;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** linux.resources.cpu: the ranges the kernel's cpu and cpuset controllers accept; 0 means unset. */
final class CpuRules {
    private static final String PATH = ResourceRules.PATH + ".cpu";
    private static final long MIN_SHARES = 2;
    private static final long MAX_SHARES = 262144;
    // CFS bandwidth limits: quota and period of at least 1ms, period at most 1s (in microseconds).
    private static final long MIN_CFS_TIME = 1000;
    private static final long MAX_CFS_PERIOD = 1_000_000;
    // cpulist format: "0-3,8", optionally with a stride, "0-15:2/4" (see cpuset(7)).
    private static final Pattern LIST_ITEM = Pattern.compile("(\\d{1,9})(?:-(\\d{1,9})(?::\\d{1,9}/\\d{1,9})?)?");

    private CpuRules() {}

    static void check(Cpu cpu, Errors errors) {
        if (cpu == null) {
            return;
        }
        Long shares = cpu.getShares();
        if (shares != null && shares != 0
                && (Long.compareUnsigned(shares, MIN_SHARES) < 0 || Long.compareUnsigned(shares, MAX_SHARES) > 0)) {
            errors.add(PATH + ".shares", "must be between 2 and 262144");
        }
        Long quota = cpu.getQuota();
        if (quota != null && quota != 0 && quota != -1 && quota < MIN_CFS_TIME) {
            errors.add(PATH + ".quota", "must be -1 (unlimited) or at least 1000");
        }
        Long period = cpu.getPeriod();
        if (period != null && period != 0
                && (Long.compareUnsigned(period, MIN_CFS_TIME) < 0 || Long.compareUnsigned(period, MAX_CFS_PERIOD) > 0)) {
            errors.add(PATH + ".period", "must be between 1000 and 1000000");
        }
        checkList("cpus", cpu.getCpus(), errors);
        checkList("mems", cpu.getMems(), errors);
        Long idle = cpu.getIdle();
        if (idle != null && idle != 0 && idle != 1) {
            errors.add(PATH + ".idle", "must be 0 or 1");
        }
    }

    private static void checkList(String field, String list, Errors errors) {
        if (!Rules.isEmpty(list) && !isList(list)) {
            errors.add(PATH + "." + field, "malformed list " + list + " (want e.g. 0-3,6)");
        }
    }

    private static boolean isList(String list) {
        for (String item : list.split(",", -1)) {
            Matcher range = LIST_ITEM.matcher(item);
            if (!range.matches()) {
                return false;
            }
            if (range.group(2) != null && Long.parseLong(range.group(1)) > Long.parseLong(range.group(2))) {
                return false;
            }
        }
        return true;
    }
}
