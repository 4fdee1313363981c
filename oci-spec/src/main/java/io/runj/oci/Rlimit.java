package io.runj.oci;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One resource limit ({@code process.rlimits[]}). */
@JsonPropertyOrder({"type", "hard", "soft"})
public final class Rlimit extends Extensible {
    /** RLIM_INFINITY: the uint64 maximum, held as the long with all bits set. */
    public static final long RLIM_INFINITY = -1L;

    private String type;
    @Uint64
    private Long hard;
    @Uint64
    private Long soft;

    /** Limit name, e.g. {@code RLIMIT_NOFILE}. */
    public String getType() {
        return type;
    }

    public Rlimit setType(String type) {
        this.type = type;
        return this;
    }

    /** Hard limit, unsigned; {@link #RLIM_INFINITY} for unlimited. */
    public Long getHard() {
        return hard;
    }

    public Rlimit setHard(Long hard) {
        this.hard = hard;
        return this;
    }

    /** Soft limit, unsigned; {@link #RLIM_INFINITY} for unlimited. */
    public Long getSoft() {
        return soft;
    }

    public Rlimit setSoft(Long soft) {
        this.soft = soft;
        return this;
    }
}
