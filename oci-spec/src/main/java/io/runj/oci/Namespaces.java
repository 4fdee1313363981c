package io.runj.oci;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The namespaces a spec lists, for rules that depend on them; unknown types are ignored here. */
final class Namespaces {
    private final Map<NamespaceType, String> paths = new EnumMap<>(NamespaceType.class);

    private Namespaces() {}

    static Namespaces of(Spec spec) {
        Namespaces namespaces = new Namespaces();
        if (spec.getLinux() != null) {
            for (Namespace ns : Rules.orEmpty(spec.getLinux().getNamespaces())) {
                String path = ns.getPath() == null ? "" : ns.getPath();
                NamespaceType.of(ns.getType()).ifPresent(type -> namespaces.paths.putIfAbsent(type, path));
            }
        }
        return namespaces;
    }

    /** Listed at all: created, or joined through a path. */
    boolean has(NamespaceType type) {
        return paths.containsKey(type);
    }

    /** Listed without a path, so the runtime creates it. */
    boolean creates(NamespaceType type) {
        return "".equals(paths.get(type));
    }

    /** The path to join, if the namespace is listed with one. */
    Optional<String> joinPath(NamespaceType type) {
        String path = paths.get(type);
        return path == null || path.isEmpty() ? Optional.empty() : Optional.of(path);
    }
}
