package io.runj.oci;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Block I/O cgroup limits ({@code linux.resources.blockIO}). */
@JsonPropertyOrder({
    "weight", "leafWeight", "weightDevice", "throttleReadBpsDevice", "throttleWriteBpsDevice",
    "throttleReadIOPSDevice", "throttleWriteIOPSDevice"
})
public final class BlockIo extends Extensible {
    @Uint16
    private Integer weight;
    @Uint16
    private Integer leafWeight;
    private List<WeightDevice> weightDevice;
    private List<ThrottleDevice> throttleReadBpsDevice;
    private List<ThrottleDevice> throttleWriteBpsDevice;
    @JsonProperty("throttleReadIOPSDevice")
    private List<ThrottleDevice> throttleReadIopsDevice;
    @JsonProperty("throttleWriteIOPSDevice")
    private List<ThrottleDevice> throttleWriteIopsDevice;

    /** Default weight, 10 to 1000. */
    public Integer getWeight() {
        return weight;
    }

    public BlockIo setWeight(Integer weight) {
        this.weight = weight;
        return this;
    }

    /** Weight against child cgroups, 10 to 1000. */
    public Integer getLeafWeight() {
        return leafWeight;
    }

    public BlockIo setLeafWeight(Integer leafWeight) {
        this.leafWeight = leafWeight;
        return this;
    }

    /** Per-device weights. */
    public List<WeightDevice> getWeightDevice() {
        return weightDevice;
    }

    public BlockIo setWeightDevice(List<WeightDevice> weightDevice) {
        this.weightDevice = Copies.list(weightDevice);
        return this;
    }

    /** Per-device read bytes per second. */
    public List<ThrottleDevice> getThrottleReadBpsDevice() {
        return throttleReadBpsDevice;
    }

    public BlockIo setThrottleReadBpsDevice(List<ThrottleDevice> throttleReadBpsDevice) {
        this.throttleReadBpsDevice = Copies.list(throttleReadBpsDevice);
        return this;
    }

    /** Per-device write bytes per second. */
    public List<ThrottleDevice> getThrottleWriteBpsDevice() {
        return throttleWriteBpsDevice;
    }

    public BlockIo setThrottleWriteBpsDevice(List<ThrottleDevice> throttleWriteBpsDevice) {
        this.throttleWriteBpsDevice = Copies.list(throttleWriteBpsDevice);
        return this;
    }

    /** Per-device read operations per second. */
    public List<ThrottleDevice> getThrottleReadIopsDevice() {
        return throttleReadIopsDevice;
    }

    public BlockIo setThrottleReadIopsDevice(List<ThrottleDevice> throttleReadIopsDevice) {
        this.throttleReadIopsDevice = Copies.list(throttleReadIopsDevice);
        return this;
    }

    /** Per-device write operations per second. */
    public List<ThrottleDevice> getThrottleWriteIopsDevice() {
        return throttleWriteIopsDevice;
    }

    public BlockIo setThrottleWriteIopsDevice(List<ThrottleDevice> throttleWriteIopsDevice) {
        this.throttleWriteIopsDevice = Copies.list(throttleWriteIopsDevice);
        return this;
    }
}
