package io.runj.oci;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/** Container state as {@code runc state} prints it (the OCI state plus rootfs, created and owner). */
@JsonPropertyOrder({
    "ociVersion", "id", "pid", "status", "bundle", "rootfs", "created", "annotations", "owner"
})
public final class State extends Extensible {
    public static final String STATUS_CREATING = "creating";
    public static final String STATUS_CREATED = "created";
    public static final String STATUS_RUNNING = "running";
    public static final String STATUS_PAUSED = "paused";
    public static final String STATUS_STOPPED = "stopped";

    private String ociVersion;
    private String id;
    private Integer pid;
    private String status;
    private String bundle;
    private String rootfs;
    private String created;
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonFormat(with = JsonFormat.Feature.WRITE_SORTED_MAP_ENTRIES)
    private Map<String, String> annotations;
    private String owner;

    /** Runtime spec version of the container's config. */
    public String getOciVersion() {
        return ociVersion;
    }

    public State setOciVersion(String ociVersion) {
        this.ociVersion = ociVersion;
        return this;
    }

    /** Container ID. */
    public String getId() {
        return id;
    }

    public State setId(String id) {
        this.id = id;
        return this;
    }

    /** Host PID of the container's init process; 0 once stopped. */
    public Integer getPid() {
        return pid;
    }

    public State setPid(Integer pid) {
        this.pid = pid;
        return this;
    }

    /** One of the {@code STATUS_*} constants. */
    public String getStatus() {
        return status;
    }

    public State setStatus(String status) {
        this.status = status;
        return this;
    }

    /** Absolute bundle path. */
    public String getBundle() {
        return bundle;
    }

    public State setBundle(String bundle) {
        this.bundle = bundle;
        return this;
    }

    /** Absolute root filesystem path. */
    public String getRootfs() {
        return rootfs;
    }

    public State setRootfs(String rootfs) {
        this.rootfs = rootfs;
        return this;
    }

    /** Creation time, RFC 3339 with nanoseconds in UTC; see {@link Rfc3339}. */
    public String getCreated() {
        return created;
    }

    public State setCreated(String created) {
        this.created = created;
        return this;
    }

    /** Annotations from the config; omitted when empty, as runc does. */
    public Map<String, String> getAnnotations() {
        return annotations;
    }

    public State setAnnotations(Map<String, String> annotations) {
        this.annotations = Copies.map(annotations);
        return this;
    }

    /** Owner of the container; runc prints an empty string. */
    public String getOwner() {
        return owner;
    }

    public State setOwner(String owner) {
        this.owner = owner;
        return this;
    }
}
