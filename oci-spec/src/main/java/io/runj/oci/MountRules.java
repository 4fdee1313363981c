package io.runj.oci;

import java.util.List;

/** mounts[]: absolute destinations, and a filesystem type unless it is a bind mount. */
final class MountRules {
    private MountRules() {}

    static void check(Spec spec, Errors errors) {
        List<Mount> mounts = Rules.orEmpty(spec.getMounts());
        for (int i = 0; i < mounts.size(); i++) {
            Mount mount = mounts.get(i);
            String path = JsonPath.index("mounts", i);
            Rules.checkAbsolute(path + ".destination", mount.getDestination(), errors);
            // runc ignores the type of a bind mount; any other mount without one fails in mount(2) with ENODEV.
            if (Rules.isEmpty(mount.getType()) && !isBind(mount)) {
                errors.add(path + ".type", "missing");
            }
            IdMappingRules.checkRanges(path + ".uidMappings", mount.getUidMappings(), errors);
            IdMappingRules.checkRanges(path + ".gidMappings", mount.getGidMappings(), errors);
        }
    }

    private static boolean isBind(Mount mount) {
        List<String> options = Rules.orEmpty(mount.getOptions());
        return options.contains("bind") || options.contains("rbind");
    }
}
