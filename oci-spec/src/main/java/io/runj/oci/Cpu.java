package io.runj.oci;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** CPU cgroup limits ({@code linux.resources.cpu}); times in microseconds. */
@JsonPropertyOrder({
    "shares", "quota", "burst", "period", "realtimeRuntime", "realtimePeriod", "cpus", "mems",
    "idle"
})
public final class Cpu extends Extensible {
    @Uint64
    private Long shares;
    private Long quota;
    @Uint64
    private Long burst;
    @Uint64
    private Long period;
    private Long realtimeRuntime;
    @Uint64
    private Long realtimePeriod;
    private String cpus;
    private String mems;
    private Long idle;

    /** Relative weight (cgroup v1 cpu.shares). */
    public Long getShares() {
        return shares;
    }

    public Cpu setShares(Long shares) {
        this.shares = shares;
        return this;
    }

    /** CPU time allowed per period; -1 for unlimited. */
    public Long getQuota() {
        return quota;
    }

    public Cpu setQuota(Long quota) {
        this.quota = quota;
        return this;
    }

    /** Extra CPU time that may accumulate. */
    public Long getBurst() {
        return burst;
    }

    public Cpu setBurst(Long burst) {
        this.burst = burst;
        return this;
    }

    /** Length of the quota period. */
    public Long getPeriod() {
        return period;
    }

    public Cpu setPeriod(Long period) {
        this.period = period;
        return this;
    }

    /** Realtime CPU time per period. */
    public Long getRealtimeRuntime() {
        return realtimeRuntime;
    }

    public Cpu setRealtimeRuntime(Long realtimeRuntime) {
        this.realtimeRuntime = realtimeRuntime;
        return this;
    }

    /** Realtime period. */
    public Long getRealtimePeriod() {
        return realtimePeriod;
    }

    public Cpu setRealtimePeriod(Long realtimePeriod) {
        this.realtimePeriod = realtimePeriod;
        return this;
    }

    /** CPU list, e.g. {@code 0-3,6}. */
    public String getCpus() {
        return cpus;
    }

    public Cpu setCpus(String cpus) {
        this.cpus = cpus;
        return this;
    }

    /** Memory node list, e.g. {@code 0-1}. */
    public String getMems() {
        return mems;
    }

    public Cpu setMems(String mems) {
        this.mems = mems;
        return this;
    }

    /** 1 makes the cgroup SCHED_IDLE. */
    public Long getIdle() {
        return idle;
    }

    public Cpu setIdle(Long idle) {
        this.idle = idle;
        return this;
    }
}
