package io.runj.oci;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A namespace to create, or to join when {@code path} is set ({@code linux.namespaces[]}). */
@JsonPropertyOrder({"type", "path"})
public final class Namespace extends Extensible {
    private String type;
    private String path;

    /** Namespace type, e.g. {@code pid}; see {@link NamespaceType}. */
    public String getType() {
        return type;
    }

    public Namespace setType(String type) {
        this.type = type;
        return this;
    }

    /** Namespace file to join, e.g. {@code /proc/1234/ns/net}. */
    public String getPath() {
        return path;
    }

    public Namespace setPath(String path) {
        this.path = path;
        return this;
    }
}
