package io.runj.oci;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Defensive copies for model setters: callers may pass immutable collections and still edit the model later. */
final class Copies {
    private Copies() {}

    static <T> List<T> list(List<T> list) {
        return list == null ? null : new ArrayList<>(list);
    }

    static <K, V> Map<K, V> map(Map<K, V> map) {
        return map == null ? null : new LinkedHashMap<>(map);
    }
}
