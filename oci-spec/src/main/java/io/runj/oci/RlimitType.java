package io.runj.oci;

import java.util.Optional;

/**
 * Resource limits setrlimit(2) knows. The ordinal is the resource number on x86, arm and the
 * other architectures using the generic numbering (alpha, mips, sparc differ).
 */
public enum RlimitType {
    RLIMIT_CPU,
    RLIMIT_FSIZE,
    RLIMIT_DATA,
    RLIMIT_STACK,
    RLIMIT_CORE,
    RLIMIT_RSS,
    RLIMIT_NPROC,
    RLIMIT_NOFILE,
    RLIMIT_MEMLOCK,
    RLIMIT_AS,
    RLIMIT_LOCKS,
    RLIMIT_SIGPENDING,
    RLIMIT_MSGQUEUE,
    RLIMIT_NICE,
    RLIMIT_RTPRIO,
    RLIMIT_RTTIME;

    /** The resource argument of setrlimit(2) and prlimit(2). */
    public int resource() {
        return ordinal();
    }

    /** The limit with this exact name (e.g. {@code RLIMIT_NOFILE}), if there is one. */
    public static Optional<RlimitType> of(String name) {
        for (RlimitType type : values()) {
            if (type.name().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
