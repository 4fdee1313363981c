package io.runj.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A container's directory under --root: state.json, the sentry's control socket, the lock file.
 * Its creation with mkdir(2) is the atomic claim on the id: two runtimes racing for one id
 * cannot both succeed.
 */
final class StateDir {
    /** Short names: a unix socket path must fit in 108 bytes, and ids can be 64 characters. */
    private static final String CONTROL_SOCKET = "ctl.sock";
    private static final String READY_SOCKET = "ready.sock";
    private static final String LOCK = "lock";

    private final Path dir;
    private final String id;

    private StateDir(Path dir, String id) {
        this.dir = dir;
        this.id = id;
    }

    static StateDir create(Path root, String id) {
        Path dir = root.toAbsolutePath().resolve(id);
        try {
            Files.createDirectories(root.toAbsolutePath());
            Files.createDirectory(dir);
        } catch (FileAlreadyExistsException e) {
            throw new CliException("container with given ID already exists");
        } catch (AccessDeniedException e) {
            throw new CliException("state directory " + e.getFile() + ": permission denied");
        } catch (IOException e) {
            throw new CliException("state directory " + dir + ": " + e);
        }
        return new StateDir(dir, id);
    }

    /** The directory of an existing container; not checked here, see {@link #lock}. */
    static StateDir of(Path root, String id) {
        return new StateDir(root.toAbsolutePath().resolve(ContainerIds.check(id)), id);
    }

    String id() {
        return id;
    }

    Path path() {
        return dir;
    }

    boolean exists() {
        return Files.isDirectory(dir);
    }

    Path stateFile() {
        return dir.resolve(StateFile.NAME);
    }

    Path controlSocket() {
        return dir.resolve(CONTROL_SOCKET);
    }

    Path readySocket() {
        return dir.resolve(READY_SOCKET);
    }

    Path cgroupRecord() {
        return dir.resolve(io.runj.sentry.cgroup.SandboxCgroup.RECORD);
    }

    /**
     * Takes the container's lock, held by every command that changes its state. The lock is
     * fcntl-based, so a killed holder releases it; closing the channel releases it. Throws "container does not exist" when the
     * directory is gone.
     */
    FileChannel lock() {
        try {
            FileChannel ch = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            ch.lock();
            return ch;
        } catch (NoSuchFileException e) {
            throw new CliException("container does not exist");
        } catch (IOException e) {
            throw new CliException("locking " + dir + ": " + e.getMessage());
        }
    }

    /** Removes the container's cgroups (once its processes are gone), then the directory and everything in it; missing is fine. */
    void remove() {
        if (!Files.exists(dir)) {
            return;
        }
        ContainerCgroup.remove(this);
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (NoSuchFileException e) {
            // Removed meanwhile by another delete.
        } catch (IOException e) {
            throw new CliException("removing " + dir + ": " + e);
        }
    }
}
