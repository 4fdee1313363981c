package io.runj.oci;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A device node to create ({@code linux.devices[]}). */
@JsonPropertyOrder({"path", "type", "major", "minor", "fileMode", "uid", "gid"})
public final class Device extends Extensible {
    private String path;
    private String type;
    private Long major;
    private Long minor;
    @Uint32
    private Long fileMode;
    @Uint32
    private Long uid;
    @Uint32
    private Long gid;

    /** Absolute path inside the container. */
    public String getPath() {
        return path;
    }

    public Device setPath(String path) {
        this.path = path;
        return this;
    }

    /** {@code c}, {@code b}, {@code u} or {@code p}. */
    public String getType() {
        return type;
    }

    public Device setType(String type) {
        this.type = type;
        return this;
    }

    /** Major number; not used for {@code p}. */
    public Long getMajor() {
        return major;
    }

    public Device setMajor(Long major) {
        this.major = major;
        return this;
    }

    /** Minor number; not used for {@code p}. */
    public Long getMinor() {
        return minor;
    }

    public Device setMinor(Long minor) {
        this.minor = minor;
        return this;
    }

    /** Permission bits of the node. */
    public Long getFileMode() {
        return fileMode;
    }

    public Device setFileMode(Long fileMode) {
        this.fileMode = fileMode;
        return this;
    }

    /** Owner of the node. */
    public Long getUid() {
        return uid;
    }

    public Device setUid(Long uid) {
        this.uid = uid;
        return this;
    }

    /** Group of the node. */
    public Long getGid() {
        return gid;
    }

    public Device setGid(Long gid) {
        this.gid = gid;
        return this;
    }
}
