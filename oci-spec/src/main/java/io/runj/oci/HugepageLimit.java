package io.runj.oci;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Huge page limit ({@code linux.resources.hugepageLimits[]}). */
@JsonPropertyOrder({"pageSize", "limit"})
public final class HugepageLimit extends Extensible {
    private String pageSize;
    @Uint64
    private Long limit;

    /** Page size, e.g. {@code 2MB}. */
    public String getPageSize() {
        return pageSize;
    }

    public HugepageLimit setPageSize(String pageSize) {
        this.pageSize = pageSize;
        return this;
    }

    /** Limit in bytes. */
    public Long getLimit() {
        return limit;
    }

    public HugepageLimit setLimit(Long limit) {
        this.limit = limit;
        return this;
    }
}
