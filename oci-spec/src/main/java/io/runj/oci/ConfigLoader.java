package io.runj.oci;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a bundle's config.json. It checks JSON syntax and types only; {@link SpecValidator} checks the rules. */
public final class ConfigLoader {
    private ConfigLoader() {}

    /**
     * Reads {@code bundleDir/config.json}.
     *
     * @throws ConfigException if the file is missing, unreadable, not JSON, or has a value of the wrong type
     */
    public static Spec load(Path bundleDir) {
        Path file = bundleDir.resolve(Specs.CONFIG_FILE).toAbsolutePath();
        byte[] json;
        try {
            json = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw error("no such file: " + file);
        } catch (AccessDeniedException e) {
            throw error("permission denied: " + file);
        } catch (IOException e) {
            throw error("cannot read " + file + ": " + e.getMessage());
        }
        return parse(json);
    }

    /** Parses config.json content, e.g. read from standard input. */
    public static Spec parse(byte[] json) {
        return OciJson.read(json, Spec.class, Specs.CONFIG_FILE);
    }

    private static ConfigException error(String message) {
        return new ConfigException(new ConfigError(Specs.CONFIG_FILE, message));
    }
}
