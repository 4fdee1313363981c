package io.runj.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.runj.oci.ConfigExistsException;
import io.runj.oci.Specs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code runj spec}: writes runc's default config.json (with runj's hostname) into the bundle. */
@Command(name = "spec", description = "Create a new specification file (config.json) in the bundle.")
public final class SpecCommand implements Runnable {
    @Option(names = {"-b", "--bundle"}, description = "Path to the root of the bundle directory (default: current directory).")
    Path bundle = Path.of("");

    @Option(names = "--rootless", description = "Generate a configuration for a rootless container.")
    boolean rootless;

    @Override
    public void run() {
        Path dir = bundle.toAbsolutePath();
        if (!Files.isDirectory(dir)) {
            throw new CliException("bundle " + dir + ": no such directory");
        }
        try {
            Specs.writeDefault(dir, rootless);
        } catch (ConfigExistsException e) {
            throw new CliException(e.getMessage());
        } catch (IOException e) {
            throw new CliException("writing " + dir.resolve(Specs.CONFIG_FILE) + ": " + e.getMessage());
        }
    }
}
