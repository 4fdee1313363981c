package io.runj.oci;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Intel RDT settings ({@code linux.intelRdt}). */
@JsonPropertyOrder({"closID", "l3CacheSchema", "memBwSchema", "enableCMT", "enableMBM"})
public final class IntelRdt extends Extensible {
    @JsonProperty("closID")
    private String closId;
    private String l3CacheSchema;
    private String memBwSchema;
    @JsonProperty("enableCMT")
    private Boolean enableCmt;
    @JsonProperty("enableMBM")
    private Boolean enableMbm;

    /** Class of service name. */
    public String getClosId() {
        return closId;
    }

    public IntelRdt setClosId(String closId) {
        this.closId = closId;
        return this;
    }

    /** L3 cache allocation schema. */
    public String getL3CacheSchema() {
        return l3CacheSchema;
    }

    public IntelRdt setL3CacheSchema(String l3CacheSchema) {
        this.l3CacheSchema = l3CacheSchema;
        return this;
    }

    /** Memory bandwidth schema. */
    public String getMemBwSchema() {
        return memBwSchema;
    }

    public IntelRdt setMemBwSchema(String memBwSchema) {
        this.memBwSchema = memBwSchema;
        return this;
    }

    /** Enables cache monitoring. */
    public Boolean getEnableCmt() {
        return enableCmt;
    }

    public IntelRdt setEnableCmt(Boolean enableCmt) {
        this.enableCmt = enableCmt;
        return this;
    }

    /** Enables memory bandwidth monitoring. */
    public Boolean getEnableMbm() {
        return enableMbm;
    }

    public IntelRdt setEnableMbm(Boolean enableMbm) {
        this.enableMbm = enableMbm;
        return this;
    }
}
