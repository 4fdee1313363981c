package io.runj.cli;

import java.util.regex.Pattern;

/** Container ids as runc accepts them: letters, digits, and {@code _ + - .}, never "." or "..". */
final class ContainerIds {
    private static final Pattern VALID = Pattern.compile("[\\w+\\-.]+");

    private ContainerIds() {
    }

    static String check(String id) {
        if (id == null || id.isEmpty()) {
            throw new CliException("container id cannot be empty");
        }
        if (!VALID.matcher(id).matches() || id.equals(".") || id.equals("..")) {
            throw new CliException("invalid container id format: " + id);
        }
        return id;
    }
}
