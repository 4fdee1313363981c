package io.runj.oci;

import java.util.List;
import java.util.Map;

/** Small helpers shared by the validation rules. */
final class Rules {
    private Rules() {}

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    static boolean isEmpty(String value) {
        return value == null || value.isEmpty();
    }

    /** Container paths are Linux paths whatever the host, so this is a string test, not {@link java.nio.file.Path}. */
    static boolean isAbsolute(String path) {
        return path.startsWith("/");
    }

    /** Reports {@code missing} or {@code must be absolute}; returns whether the path was fine. */
    static boolean checkAbsolute(String path, String value, Errors errors) {
        if (isEmpty(value)) {
            errors.add(path, "missing");
            return false;
        }
        if (!isAbsolute(value)) {
            errors.add(path, "must be absolute");
            return false;
        }
        return true;
    }

    /** Each entry of a path list must be absolute. */
    static void checkAbsoluteEach(String path, List<String> values, Errors errors) {
        for (int i = 0; i < orEmpty(values).size(); i++) {
            if (!isAbsolute(values.get(i))) {
                errors.add(JsonPath.index(path, i), "must be absolute");
            }
        }
    }
}
