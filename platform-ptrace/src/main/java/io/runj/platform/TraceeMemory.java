package io.runj.platform;

/**
 * Read access to a stopped tracee's address space. Implementations use process_vm_readv; reads of
 * unmapped memory throw {@link NativeException} with EFAULT.
 */
public interface TraceeMemory {

    /** Reads up to {@code len} bytes at {@code addr}; fewer only when the tail is unmapped. */
    byte[] read(long addr, int len);

    /**
     * Reads a NUL-terminated string of at most {@code max} bytes (without the NUL), one char per
     * byte (ISO-8859-1, lossless); null if addr is 0.
     */
    String readCString(long addr, int max);
}
