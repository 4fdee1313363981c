package io.runj.oci;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Per-device block I/O rate limit. */
@JsonPropertyOrder({"major", "minor", "rate"})
public final class ThrottleDevice extends Extensible {
    private Long major;
    private Long minor;
    @Uint64
    private Long rate;

    /** Device major number. */
    public Long getMajor() {
        return major;
    }

    public ThrottleDevice setMajor(Long major) {
        this.major = major;
        return this;
    }

    /** Device minor number. */
    public Long getMinor() {
        return minor;
    }

    public ThrottleDevice setMinor(Long minor) {
        this.minor = minor;
        return this;
    }

    /** Rate per second. */
    public Long getRate() {
        return rate;
    }

    public ThrottleDevice setRate(Long rate) {
        this.rate = rate;
        return this;
    }
}
