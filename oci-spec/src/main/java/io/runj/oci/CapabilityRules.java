package io.runj.oci;

import java.util.List;

/** Every name in every capability set must be a Linux capability. */
final class CapabilityRules {
    private CapabilityRules() {}

    static void check(Process process, Errors errors) {
        Capabilities caps = process.getCapabilities();
        if (caps == null) {
            return;
        }
        checkSet("bounding", caps.getBounding(), errors);
        checkSet("effective", caps.getEffective(), errors);
        checkSet("inheritable", caps.getInheritable(), errors);
        checkSet("permitted", caps.getPermitted(), errors);
        checkSet("ambient", caps.getAmbient(), errors);
    }

    private static void checkSet(String set, List<String> names, Errors errors) {
        List<String> entries = Rules.orEmpty(names);
        for (int i = 0; i < entries.size(); i++) {
            if (LinuxCapability.of(entries.get(i)).isEmpty()) {
                errors.add(JsonPath.index("process.capabilities." + set, i), "unknown capability " + entries.get(i));
            }
        }
    }
}
