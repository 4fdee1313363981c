package io.runj.oci;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A range of IDs mapped between the container and the host. */
@JsonPropertyOrder({"containerID", "hostID", "size"})
public final class IdMapping extends Extensible {
    @JsonProperty("containerID")
    @Uint32
    private Long containerId;
    @JsonProperty("hostID")
    @Uint32
    private Long hostId;
    @Uint32
    private Long size;

    /** First ID inside the container. */
    public Long getContainerId() {
        return containerId;
    }

    public IdMapping setContainerId(Long containerId) {
        this.containerId = containerId;
        return this;
    }

    /** First ID on the host. */
    public Long getHostId() {
        return hostId;
    }

    public IdMapping setHostId(Long hostId) {
        this.hostId = hostId;
        return this;
    }

    /** Number of IDs mapped. */
    public Long getSize() {
        return size;
    }

    public IdMapping setSize(Long size) {
        this.size = size;
        return this;
    }
}
