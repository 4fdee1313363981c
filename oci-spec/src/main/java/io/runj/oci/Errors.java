package io.runj.oci;

import java.util.ArrayList;
import java.util.List;

/** Collects validation errors so one run reports every problem, not just the first. */
final class Errors {
    private final List<ConfigError> errors = new ArrayList<>();

    void add(String path, String message) {
        errors.add(new ConfigError(path, message));
    }

    List<ConfigError> list() {
        return List.copyOf(errors);
    }
}
