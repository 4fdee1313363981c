package io.runj.oci;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Memory cgroup limits in bytes ({@code linux.resources.memory}); -1 means unlimited. */
@JsonPropertyOrder({
    "limit", "reservation", "swap", "kernel", "kernelTCP", "swappiness", "disableOOMKiller",
    "useHierarchy", "checkBeforeUpdate"
})
public final class Memory extends Extensible {
    private Long limit;
    private Long reservation;
    private Long swap;
    private Long kernel;
    @JsonProperty("kernelTCP")
    private Long kernelTcp;
    @Uint64
    private Long swappiness;
    @JsonProperty("disableOOMKiller")
    private Boolean disableOomKiller;
    private Boolean useHierarchy;
    private Boolean checkBeforeUpdate;

    /** Memory limit. */
    public Long getLimit() {
        return limit;
    }

    public Memory setLimit(Long limit) {
        this.limit = limit;
        return this;
    }

    /** Soft limit. */
    public Long getReservation() {
        return reservation;
    }

    public Memory setReservation(Long reservation) {
        this.reservation = reservation;
        return this;
    }

    /** Limit of memory plus swap. */
    public Long getSwap() {
        return swap;
    }

    public Memory setSwap(Long swap) {
        this.swap = swap;
        return this;
    }

    /** Kernel memory limit; deprecated. */
    public Long getKernel() {
        return kernel;
    }

    public Memory setKernel(Long kernel) {
        this.kernel = kernel;
        return this;
    }

    /** Kernel TCP buffer limit. */
    public Long getKernelTcp() {
        return kernelTcp;
    }

    public Memory setKernelTcp(Long kernelTcp) {
        this.kernelTcp = kernelTcp;
        return this;
    }

    /** Swap tendency, 0 to 100. */
    public Long getSwappiness() {
        return swappiness;
    }

    public Memory setSwappiness(Long swappiness) {
        this.swappiness = swappiness;
        return this;
    }

    /** Disables the OOM killer. */
    public Boolean getDisableOomKiller() {
        return disableOomKiller;
    }

    public Memory setDisableOomKiller(Boolean disableOomKiller) {
        this.disableOomKiller = disableOomKiller;
        return this;
    }

    /** Enables hierarchical accounting (cgroup v1). */
    public Boolean getUseHierarchy() {
        return useHierarchy;
    }

    public Memory setUseHierarchy(Boolean useHierarchy) {
        this.useHierarchy = useHierarchy;
        return this;
    }

    /** Rejects updates below current usage. */
    public Boolean getCheckBeforeUpdate() {
        return checkBeforeUpdate;
    }

    public Memory setCheckBeforeUpdate(Boolean checkBeforeUpdate) {
        this.checkBeforeUpdate = checkBeforeUpdate;
        return this;
    }
}
