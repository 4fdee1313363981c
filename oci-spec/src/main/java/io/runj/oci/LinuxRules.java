package io.runj.oci;

import java.util.List;
import java.util.Set;

/** The rest of linux: masked and read-only paths, rootfs propagation, device nodes, personality. */
final class LinuxRules {
    // runc also accepts the recursive variants; "" means leave propagation alone.
    private static final Set<String> PROPAGATIONS = Set.of(
            "shared", "slave", "private", "unbindable", "rshared", "rslave", "rprivate", "runbindable");
    private static final Set<String> DEVICE_TYPES = Set.of("c", "b", "u", "p");
    private static final Set<String> PERSONALITY_DOMAINS = Set.of("LINUX", "LINUX32");

    private LinuxRules() {}

    static void check(Spec spec, Errors errors) {
        Linux linux = spec.getLinux();
        if (linux == null) {
            return;
        }
        Rules.checkAbsoluteEach("linux.maskedPaths", linux.getMaskedPaths(), errors);
        Rules.checkAbsoluteEach("linux.readonlyPaths", linux.getReadonlyPaths(), errors);
        String propagation = linux.getRootfsPropagation();
        if (!Rules.isEmpty(propagation) && !PROPAGATIONS.contains(propagation)) {
            errors.add("linux.rootfsPropagation", "unknown propagation " + propagation);
        }
        checkDevices(Rules.orEmpty(linux.getDevices()), errors);
        Personality personality = linux.getPersonality();
        if (personality != null) {
            if (Rules.isEmpty(personality.getDomain())) {
                errors.add("linux.personality.domain", "missing");
            } else if (!PERSONALITY_DOMAINS.contains(personality.getDomain())) {
                errors.add("linux.personality.domain", "unknown domain " + personality.getDomain());
            }
        }
    }

    private static void checkDevices(List<Device> devices, Errors errors) {
        for (int i = 0; i < devices.size(); i++) {
            Device device = devices.get(i);
            String path = JsonPath.index("linux.devices", i);
            Rules.checkAbsolute(path + ".path", device.getPath(), errors);
            String type = device.getType();
            if (Rules.isEmpty(type)) {
                errors.add(path + ".type", "missing");
            } else if (!DEVICE_TYPES.contains(type)) {
                errors.add(path + ".type", "unknown device type " + type);
            } else if (!type.equals("p")) {
                // mknod(2) needs a device number for everything but a FIFO.
                if (device.getMajor() == null) {
                    errors.add(path + ".major", "missing");
                }
                if (device.getMinor() == null) {
                    errors.add(path + ".minor", "missing");
                }
            }
        }
    }
}
