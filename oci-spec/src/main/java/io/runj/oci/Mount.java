package io.runj.oci;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** One mount ({@code mounts[]}). */
@JsonPropertyOrder({"destination", "type", "source", "options", "uidMappings", "gidMappings"})
public final class Mount extends Extensible {
    private String destination;
    private String type;
    private String source;
    private List<String> options;
    private List<IdMapping> uidMappings;
    private List<IdMapping> gidMappings;

    /** Absolute mount point inside the container. */
    public String getDestination() {
        return destination;
    }

    public Mount setDestination(String destination) {
        this.destination = destination;
        return this;
    }

    /** Filesystem type; may be absent for bind mounts. */
    public String getType() {
        return type;
    }

    public Mount setType(String type) {
        this.type = type;
        return this;
    }

    /** Device, directory or pseudo-filesystem name. */
    public String getSource() {
        return source;
    }

    public Mount setSource(String source) {
        this.source = source;
        return this;
    }

    /** fstab-style mount options. */
    public List<String> getOptions() {
        return options;
    }

    public Mount setOptions(List<String> options) {
        this.options = Copies.list(options);
        return this;
    }

    /** ID-mapped mount user mappings. */
    public List<IdMapping> getUidMappings() {
        return uidMappings;
    }

    public Mount setUidMappings(List<IdMapping> uidMappings) {
        this.uidMappings = Copies.list(uidMappings);
        return this;
    }

    /** ID-mapped mount group mappings. */
    public List<IdMapping> getGidMappings() {
        return gidMappings;
    }

    public Mount setGidMappings(List<IdMapping> gidMappings) {
        this.gidMappings = Copies.list(gidMappings);
        return this;
    }
}
