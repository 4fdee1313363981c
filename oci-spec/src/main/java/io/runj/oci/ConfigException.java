package io.runj.oci;

import java.util.List;
import java.util.stream.Collectors;

/** A document that cannot be used; its message is one {@code path: message} line per error. */
public class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<ConfigError> errors;

    public ConfigException(List<ConfigError> errors) {
        super(errors.stream().map(ConfigError::toString).collect(Collectors.joining("\n")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a ConfigException needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public ConfigException(ConfigError error) {
        this(List.of(error));
    }

    /** The errors in the order found; never empty. */
    public List<ConfigError> errors() {
        return errors;
    }
}
