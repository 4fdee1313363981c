package io.runj.platform;

/** A failed native call: the errno the kernel returned and the call that returned it. */
public class NativeException extends RuntimeException {
    private final int errno;

    public NativeException(String call, int errno) {
        super(call + ": " + Errno.name(errno) + " (" + Errno.message(errno) + ")");
        this.errno = errno;
    }

    public int errno() {
        return errno;
    }
}
