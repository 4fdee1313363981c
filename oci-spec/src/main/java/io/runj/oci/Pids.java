package io.runj.oci;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Task count limit ({@code linux.resources.pids}). */
@JsonPropertyOrder({"limit"})
public final class Pids extends Extensible {
    private Long limit;

    /** Maximum number of tasks; 0 or negative means no limit. */
    public Long getLimit() {
        return limit;
    }

    public Pids setLimit(Long limit) {
        this.limit = limit;
        return this;
    }
}
