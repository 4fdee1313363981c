package io.runj.oci;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;

/** {@code runj spec} found a config.json already in the bundle; it never overwrites one. */
public final class ConfigExistsException extends FileAlreadyExistsException {
    private static final long serialVersionUID = 1L;

    public ConfigExistsException(Path file) {
        super(file.toString());
    }

    /** runc's wording, so scripts matching runc's error keep working. */
    @Override
    public String getMessage() {
        return "File config.json exists. Remove it first";
    }
}
