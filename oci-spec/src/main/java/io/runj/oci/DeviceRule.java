package io.runj.oci;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A device cgroup rule ({@code linux.resources.devices[]}). */
@JsonPropertyOrder({"allow", "type", "major", "minor", "access"})
public final class DeviceRule extends Extensible {
    private Boolean allow;
    private String type;
    private Long major;
    private Long minor;
    private String access;

    /** Allow (true) or deny (false). */
    public Boolean getAllow() {
        return allow;
    }

    public DeviceRule setAllow(Boolean allow) {
        this.allow = allow;
        return this;
    }

    /** {@code a} (all), {@code c} or {@code b}; absent means all. */
    public String getType() {
        return type;
    }

    public DeviceRule setType(String type) {
        this.type = type;
        return this;
    }

    /** Major number; absent matches all. */
    public Long getMajor() {
        return major;
    }

    public DeviceRule setMajor(Long major) {
        this.major = major;
        return this;
    }

    /** Minor number; absent matches all. */
    public Long getMinor() {
        return minor;
    }

    public DeviceRule setMinor(Long minor) {
        this.minor = minor;
        return this;
    }

    /** Any of {@code r}, {@code w}, {@code m}. */
    public String getAccess() {
        return access;
    }

    public DeviceRule setAccess(String access) {
        this.access = access;
        return this;
    }
}
