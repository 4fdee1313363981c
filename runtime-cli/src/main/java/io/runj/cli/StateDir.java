package io.runj.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A container's directory under --root. Its creation with mkdir(2) is the atomic claim on the id:
 * two runtimes racing for one id cannot both succeed.
 */
final class StateDir {
    private final Path dir;

    private StateDir(Path dir) {
        this.dir = dir;
    }

    static StateDir create(Path root, String id) {
        Path dir = root.toAbsolutePath().resolve(id);
        try {
            Files.createDirectories(root.toAbsolutePath());
            Files.createDirectory(dir);
        } catch (FileAlreadyExistsException e) {
            throw new CliException("container with id exists: " + id);
        } catch (AccessDeniedException e) {
            throw new CliException("state directory " + e.getFile() + ": permission denied");
        } catch (IOException e) {
            throw new CliException("state directory " + dir + ": " + e);
        }
        return new StateDir(dir);
    }

    Path path() {
        return dir;
    }

    /** Removes the directory and everything in it; missing is fine. */
    void remove() {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new CliException("removing " + dir + ": " + e);
        }
    }
}
