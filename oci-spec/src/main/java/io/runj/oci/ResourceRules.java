package io.runj.oci;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** linux.resources: device rules, block I/O, huge pages and unified files; memory and CPU have their own rules. */
final class ResourceRules {
    static final String PATH = "linux.resources";

    private static final Set<String> RULE_TYPES = Set.of("a", "c", "b");
    private static final Pattern ACCESS = Pattern.compile("(?!.*(.).*\\1)[rwm]+");
    // runtime-spec: "<size><unit-prefix>B", e.g. 64KB, 2MB, 1GB.
    private static final Pattern PAGE_SIZE = Pattern.compile("[1-9][0-9]*[KMGTPE]B");
    private static final int MIN_WEIGHT = 10;
    private static final int MAX_WEIGHT = 1000;

    private ResourceRules() {}

    static void check(Spec spec, Errors errors) {
        Resources resources = spec.getLinux() == null ? null : spec.getLinux().getResources();
        if (resources == null) {
            return;
        }
        checkDeviceRules(Rules.orEmpty(resources.getDevices()), errors);
        MemoryRules.check(resources.getMemory(), errors);
        CpuRules.check(resources.getCpu(), errors);
        checkBlockIo(resources.getBlockIo(), errors);
        checkHugepages(Rules.orEmpty(resources.getHugepageLimits()), errors);
        checkUnified(Rules.orEmpty(resources.getUnified()), errors);
    }

    private static void checkDeviceRules(List<DeviceRule> rules, Errors errors) {
        for (int i = 0; i < rules.size(); i++) {
            DeviceRule rule = rules.get(i);
            String path = JsonPath.index(PATH + ".devices", i);
            if (!Rules.isEmpty(rule.getType()) && !RULE_TYPES.contains(rule.getType())) {
                errors.add(path + ".type", "unknown device type " + rule.getType());
            }
            if (!Rules.isEmpty(rule.getAccess()) && !ACCESS.matcher(rule.getAccess()).matches()) {
                errors.add(path + ".access", "must be a combination of r, w and m");
            }
        }
    }

    /** Weights are the blkio (CFQ/BFQ) range; 0 means unset, as runc treats it. */
    private static void checkBlockIo(BlockIo blockIo, Errors errors) {
        if (blockIo == null) {
            return;
        }
        String path = PATH + ".blockIO";
        checkWeight(path + ".weight", blockIo.getWeight(), errors);
        checkWeight(path + ".leafWeight", blockIo.getLeafWeight(), errors);
        List<WeightDevice> devices = Rules.orEmpty(blockIo.getWeightDevice());
        for (int i = 0; i < devices.size(); i++) {
            String device = JsonPath.index(path + ".weightDevice", i);
            checkWeight(device + ".weight", devices.get(i).getWeight(), errors);
            checkWeight(device + ".leafWeight", devices.get(i).getLeafWeight(), errors);
        }
    }

    private static void checkWeight(String path, Integer weight, Errors errors) {
        if (weight != null && weight != 0 && (weight < MIN_WEIGHT || weight > MAX_WEIGHT)) {
            errors.add(path, "must be between 10 and 1000");
        }
    }

    private static void checkHugepages(List<HugepageLimit> limits, Errors errors) {
        for (int i = 0; i < limits.size(); i++) {
            String pageSize = limits.get(i).getPageSize();
            String path = JsonPath.index(PATH + ".hugepageLimits", i) + ".pageSize";
            if (Rules.isEmpty(pageSize)) {
                errors.add(path, "missing");
            } else if (!PAGE_SIZE.matcher(pageSize).matches()) {
                errors.add(path, "malformed page size " + pageSize + " (want e.g. 2MB)");
            }
        }
    }

    /** Keys are cgroup v2 interface files of the container's own cgroup, like memory.high. */
    private static void checkUnified(Map<String, String> unified, Errors errors) {
        for (String key : unified.keySet()) {
            String path = JsonPath.member(PATH + ".unified", key);
            if (key.contains("/")) {
                errors.add(path, "must be a file name");
            } else if (key.indexOf('.') < 1 || key.endsWith(".")) {
                errors.add(path, "must have the form CONTROLLER.FILE");
            }
        }
    }
}
