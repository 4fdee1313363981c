package io.runj.gofer;

import java.util.ArrayList;
import java.util.List;

import io.runj.platform.Errno;
import io.runj.platform.HostFs;
import io.runj.platform.NativeException;

/**
 * The gofer's table of open handles: each an O_PATH fd it holds, the mount it lies in and its
 * file type. Handles 0..n-1 are the mount roots, opened at start and never closed; the rest are
 * what walks and creates returned, until the client closes them. Freed numbers are reused.
 */
final class Handles {
    /** One held O_PATH fd. {@code type} is the S_IFMT bits, fixed for the inode's life. */
    record Handle(int fd, int mount, int type) {
    }

    private final List<Handle> table = new ArrayList<>();
    private final List<Integer> free = new ArrayList<>();
    private final int roots;

    Handles(List<Handle> rootHandles) {
        table.addAll(rootHandles);
        roots = rootHandles.size();
    }

    Handle get(int id) {
        Handle h = id >= 0 && id < table.size() ? table.get(id) : null;
        if (h == null) {
            throw new NativeException("handle " + id, Errno.EBADF);
        }
        return h;
    }

    int add(Handle h) {
        if (!free.isEmpty()) {
            int id = free.remove(free.size() - 1);
            table.set(id, h);
            return id;
        }
        table.add(h);
        return table.size() - 1;
    }

    void close(int id) {
        Handle h = get(id);
        if (id < roots) {
            throw new NativeException("close of a mount root", Errno.EINVAL);
        }
        table.set(id, null);
        free.add(id);
        HostFs.close(h.fd());
    }
}
