package io.runj.sentry.vfs;

/** A VFS operation failed with {@code errno}, which becomes the guest's result. */
final class VfsException extends RuntimeException {
    private final int errno;

    VfsException(int errno) {
        super(null, null, false, false);
        this.errno = errno;
    }

    int errno() {
        return errno;
    }
}
