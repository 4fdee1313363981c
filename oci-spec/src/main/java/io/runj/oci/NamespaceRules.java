package io.runj.oci;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** linux.namespaces, and the settings runc refuses without a namespace of their own. */
final class NamespaceRules {
    private NamespaceRules() {}

    static void check(Spec spec, Errors errors) {
        Linux linux = spec.getLinux();
        if (linux != null) {
            checkEntries(Rules.orEmpty(linux.getNamespaces()), errors);
        }
        Namespaces namespaces = Namespaces.of(spec);
        // Without its own uts namespace the container would rename the host.
        if (!Rules.isEmpty(spec.getHostname()) && !namespaces.has(NamespaceType.UTS)) {
            errors.add("hostname", "requires a uts namespace");
        }
        if (!Rules.isEmpty(spec.getDomainname()) && !namespaces.has(NamespaceType.UTS)) {
            errors.add("domainname", "requires a uts namespace");
        }
        // Masking is done with mounts, which would leak into the host's mount table.
        if (linux != null && !namespaces.has(NamespaceType.MOUNT)) {
            if (!Rules.orEmpty(linux.getMaskedPaths()).isEmpty()) {
                errors.add("linux.maskedPaths", "requires a mount namespace");
            }
            if (!Rules.orEmpty(linux.getReadonlyPaths()).isEmpty()) {
                errors.add("linux.readonlyPaths", "requires a mount namespace");
            }
        }
    }

    private static void checkEntries(List<Namespace> namespaces, Errors errors) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < namespaces.size(); i++) {
            Namespace ns = namespaces.get(i);
            String path = JsonPath.index("linux.namespaces", i);
            if (Rules.isEmpty(ns.getType())) {
                errors.add(path + ".type", "missing");
            } else if (NamespaceType.of(ns.getType()).isEmpty()) {
                errors.add(path + ".type", "unknown namespace type " + ns.getType());
            } else if (!seen.add(ns.getType())) {
                errors.add("linux.namespaces", "duplicate namespace " + ns.getType());
            }
            if (!Rules.isEmpty(ns.getPath()) && !Rules.isAbsolute(ns.getPath())) {
                errors.add(path + ".path", "must be absolute");
            }
        }
    }
}
