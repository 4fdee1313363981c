package io.runj.oci;

import java.util.regex.Pattern;

/** Builds JSON paths such as {@code mounts[2].destination} or {@code linux.sysctl["net.ipv4.ip_forward"]}. */
final class JsonPath {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private JsonPath() {}

    /** A member of {@code parent}; an empty parent means the document root. */
    static String member(String parent, String name) {
        if (IDENTIFIER.matcher(name).matches()) {
            return parent.isEmpty() ? name : parent + "." + name;
        }
        return parent + "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
