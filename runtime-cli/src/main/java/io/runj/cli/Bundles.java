package io.runj.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import io.runj.oci.ConfigException;
import io.runj.oci.ConfigLoader;
import io.runj.oci.Spec;
import io.runj.oci.SpecValidator;

/** Reads and validates a bundle's config.json before anything runs. */
final class Bundles {
    private Bundles() {
    }

    static Path directory(Path bundle) {
        Path dir = bundle.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new CliException("bundle " + dir + ": no such directory");
        }
        return dir;
    }

    static boolean terminal(Spec spec) {
        return Boolean.TRUE.equals(spec.getProcess().getTerminal());
    }

    static Spec load(Path dir) {
        try {
            Spec spec = ConfigLoader.load(dir);
            SpecValidator.validateOrThrow(spec, dir);
            return spec;
        } catch (ConfigException e) {
            throw new CliException(e.getMessage());
        }
    }
}
