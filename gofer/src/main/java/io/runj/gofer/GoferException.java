package io.runj.gofer;

import io.runj.platform.NativeException;

/**
 * A gofer request that failed: the errno the gofer answered, or EIO when the gofer is gone. A
 * {@link NativeException}, so the sentry turns it into the guest's errno like any host call.
 */
public final class GoferException extends NativeException {
    public GoferException(String call, int errno) {
        super("gofer " + call, errno);
    }
}
