package io.runj.oci;

import java.util.Objects;

/**
 * One problem in a document: the JSON path of the offending value (e.g. {@code mounts[2].destination},
 * or the document name such as {@code config.json} for whole-file problems) and what is wrong.
 */
public record ConfigError(String path, String message) {
    public ConfigError {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** {@code path: message}, the form runj prints. */
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
