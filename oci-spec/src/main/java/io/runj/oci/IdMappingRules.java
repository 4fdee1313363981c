package io.runj.oci;

import java.util.List;

/** User namespace ID mappings: what runc requires of them and what the kernel accepts in uid_map. */
final class IdMappingRules {
    private static final long ID_SPACE = 1L << 32;

    private IdMappingRules() {}

    static void check(Spec spec, Errors errors) {
        Linux linux = spec.getLinux();
        if (linux == null) {
            return;
        }
        Namespaces namespaces = Namespaces.of(spec);
        checkUserNamespace("linux.uidMappings", linux.getUidMappings(), namespaces, errors);
        checkUserNamespace("linux.gidMappings", linux.getGidMappings(), namespaces, errors);
        checkRanges("linux.uidMappings", linux.getUidMappings(), errors);
        checkRanges("linux.gidMappings", linux.getGidMappings(), errors);
    }

    private static void checkUserNamespace(String path, List<IdMapping> mappings, Namespaces namespaces,
            Errors errors) {
        List<IdMapping> entries = Rules.orEmpty(mappings);
        if (!namespaces.has(NamespaceType.USER)) {
            if (!entries.isEmpty()) {
                errors.add(path, "requires a user namespace");
            }
        } else if (entries.isEmpty()) {
            // A joined namespace brings its own mappings; a new one has none unless the config gives them.
            if (namespaces.creates(NamespaceType.USER)) {
                errors.add(path, "required by a new user namespace");
            }
        } else if (entries.stream().noneMatch(m -> contains(m, 0))) {
            // runc needs to know which host ID is container root, e.g. to chown device nodes.
            errors.add(path, "no mapping for container ID 0");
        }
    }

    /** Sizes, 32-bit bounds and overlaps, as write(2) to /proc/PID/uid_map enforces them. */
    static void checkRanges(String path, List<IdMapping> mappings, Errors errors) {
        List<IdMapping> entries = Rules.orEmpty(mappings);
        for (int i = 0; i < entries.size(); i++) {
            IdMapping mapping = entries.get(i);
            String at = JsonPath.index(path, i);
            if (size(mapping) == 0) {
                errors.add(at + ".size", "must be positive");
                continue;
            }
            if (containerId(mapping) + size(mapping) > ID_SPACE || hostId(mapping) + size(mapping) > ID_SPACE) {
                errors.add(at, "range exceeds 32-bit IDs");
                continue;
            }
            for (int j = 0; j < i; j++) {
                if (overlaps(mapping, entries.get(j))) {
                    errors.add(at, "overlaps " + JsonPath.index(path, j));
                    break;
                }
            }
        }
    }

    /** The kernel rejects a map whose ranges overlap on either the container or the host side. */
    private static boolean overlaps(IdMapping a, IdMapping b) {
        return size(b) > 0
                && (intersects(containerId(a), containerId(b), size(a), size(b))
                        || intersects(hostId(a), hostId(b), size(a), size(b)));
    }

    private static boolean intersects(long startA, long startB, long sizeA, long sizeB) {
        return startA < startB + sizeB && startB < startA + sizeA;
    }

    private static boolean contains(IdMapping mapping, long containerId) {
        return containerId(mapping) <= containerId && containerId < containerId(mapping) + size(mapping);
    }

    // Absent numbers are 0, as Go decodes them.
    private static long containerId(IdMapping m) {
        return m.getContainerId() == null ? 0 : m.getContainerId();
    }

    private static long hostId(IdMapping m) {
        return m.getHostId() == null ? 0 : m.getHostId();
    }

    private static long size(IdMapping m) {
        return m.getSize() == null ? 0 : m.getSize();
    }
}
