package io.runj.oci;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** process.rlimits: known types, each at most once (runtime-spec), and soft not above hard (setrlimit). */
final class RlimitRules {
    private RlimitRules() {}

    static void check(Process process, Errors errors) {
        List<Rlimit> rlimits = Rules.orEmpty(process.getRlimits());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rlimits.size(); i++) {
            Rlimit rlimit = rlimits.get(i);
            String path = JsonPath.index("process.rlimits", i);
            String type = rlimit.getType();
            if (Rules.isEmpty(type)) {
                errors.add(path + ".type", "missing");
            } else if (RlimitType.of(type).isEmpty()) {
                errors.add(path + ".type", "unknown rlimit " + type);
            } else if (!seen.add(type)) {
                errors.add(path + ".type", "duplicate rlimit " + type);
            }
            // Absent limits are 0, as in Go; limits are unsigned, so RLIM_INFINITY (-1L) is the largest.
            long soft = rlimit.getSoft() == null ? 0 : rlimit.getSoft();
            long hard = rlimit.getHard() == null ? 0 : rlimit.getHard();
            if (Long.compareUnsigned(soft, hard) > 0) {
                errors.add(path, "soft limit exceeds hard limit");
            }
        }
    }
}
