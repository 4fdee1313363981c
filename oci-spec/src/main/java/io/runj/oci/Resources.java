package io.runj.oci;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** cgroup resource limits ({@code linux.resources}). */
@JsonPropertyOrder({
    "devices", "memory", "cpu", "pids", "blockIO", "hugepageLimits", "network", "unified"
})
public final class Resources extends Extensible {
    private List<DeviceRule> devices;
    private Memory memory;
    private Cpu cpu;
    private Pids pids;
    @JsonProperty("blockIO")
    private BlockIo blockIo;
    private List<HugepageLimit> hugepageLimits;
    private Network network;
    @JsonFormat(with = JsonFormat.Feature.WRITE_SORTED_MAP_ENTRIES)
    private Map<String, String> unified;

    /** Device allow/deny rules, applied in order. */
    public List<DeviceRule> getDevices() {
        return devices;
    }

    public Resources setDevices(List<DeviceRule> devices) {
        this.devices = Copies.list(devices);
        return this;
    }

    /** Memory limits. */
    public Memory getMemory() {
        return memory;
    }

    public Resources setMemory(Memory memory) {
        this.memory = memory;
        return this;
    }

    /** CPU limits. */
    public Cpu getCpu() {
        return cpu;
    }

    public Resources setCpu(Cpu cpu) {
        this.cpu = cpu;
        return this;
    }

    /** Task count limit. */
    public Pids getPids() {
        return pids;
    }

    public Resources setPids(Pids pids) {
        this.pids = pids;
        return this;
    }

    /** Block I/O limits. */
    public BlockIo getBlockIo() {
        return blockIo;
    }

    public Resources setBlockIo(BlockIo blockIo) {
        this.blockIo = blockIo;
        return this;
    }

    /** Huge page limits. */
    public List<HugepageLimit> getHugepageLimits() {
        return hugepageLimits;
    }

    public Resources setHugepageLimits(List<HugepageLimit> hugepageLimits) {
        this.hugepageLimits = Copies.list(hugepageLimits);
        return this;
    }

    /** Network class and priorities. */
    public Network getNetwork() {
        return network;
    }

    public Resources setNetwork(Network network) {
        this.network = network;
        return this;
    }

    /** cgroup v2 files to write, by file name. */
    public Map<String, String> getUnified() {
        return unified;
    }

    public Resources setUnified(Map<String, String> unified) {
        this.unified = Copies.map(unified);
        return this;
    }
}
