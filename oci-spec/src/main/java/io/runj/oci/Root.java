package io.runj.oci;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The container's root filesystem ({@code root}). */
@JsonPropertyOrder({"path", "readonly"})
public final class Root extends Extensible {
    private String path;
    private Boolean readonly;

    /** Root filesystem path; relative paths are relative to the bundle. */
    public String getPath() {
        return path;
    }

    public Root setPath(String path) {
        this.path = path;
        return this;
    }

    /** Whether the root filesystem is mounted read-only. */
    public Boolean getReadonly() {
        return readonly;
    }

    public Root setReadonly(Boolean readonly) {
        this.readonly = readonly;
        return this;
    }
}
