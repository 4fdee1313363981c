package io.runj.oci;

import java.util.List;

/** Environment entries, for the process and for hooks. The same checks runc makes before execve. */
final class EnvRules {
    private EnvRules() {}

    static void check(String path, List<String> env, Errors errors) {
        List<String> entries = Rules.orEmpty(env);
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i);
            if (entry.indexOf('=') < 1) {
                errors.add(JsonPath.index(path, i), "must be KEY=VALUE");
            } else if (entry.indexOf('\0') >= 0) {
                // execve takes C strings, so a NUL would silently truncate the entry.
                errors.add(JsonPath.index(path, i), "must not contain a NUL byte");
            }
        }
    }
}
