package io.runj.platform;

import jnr.ffi.LibraryLoader;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;

/** Loads libc once and hands out direct memory that native calls read and write. */
public final class Native {
    static final LibC LIBC = LibraryLoader.create(LibC.class).load("c");
    static final Runtime RUNTIME = Runtime.getRuntime(LIBC);

    private Native() {
    }

    /** errno of the last failed call on this thread. */
    static int errno() {
        return RUNTIME.getLastError();
    }

    /** Throws the errno of the last call as a typed exception when {@code rc} is negative. */
    static long check(String call, long rc) {
        if (rc < 0) {
            throw new NativeException(call, errno());
        }
        return rc;
    }

    /** Direct (off-heap) memory of {@code size} bytes, zeroed, freed when the Pointer is collected. */
    public static Pointer allocate(int size) {
        Pointer p = Runtime.getRuntime(LIBC).getMemoryManager().allocateDirect(size, true);
        return p;
    }

    /** The calling thread's kernel tid. */
    public static int gettid() {
        return LIBC.gettid();
    }

    public static int getpid() {
        return LIBC.getpid();
    }
}
