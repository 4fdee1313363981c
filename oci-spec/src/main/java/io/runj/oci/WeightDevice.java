package io.runj.oci;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Per-device block I/O weight. */
@JsonPropertyOrder({"major", "minor", "weight", "leafWeight"})
public final class WeightDevice extends Extensible {
    private Long major;
    private Long minor;
    @Uint16
    private Integer weight;
    @Uint16
    private Integer leafWeight;

    /** Device major number. */
    public Long getMajor() {
        return major;
    }

    public WeightDevice setMajor(Long major) {
        this.major = major;
        return this;
    }

    /** Device minor number. */
    public Long getMinor() {
        return minor;
    }

    public WeightDevice setMinor(Long minor) {
        this.minor = minor;
        return this;
    }

    /** Weight, 10 to 1000. */
    public Integer getWeight() {
        return weight;
    }

    public WeightDevice setWeight(Integer weight) {
        this.weight = weight;
        return this;
    }

    /** Weight against child cgroups, 10 to 1000. */
    public Integer getLeafWeight() {
        return leafWeight;
    }

    public WeightDevice setLeafWeight(Integer leafWeight) {
        this.leafWeight = leafWeight;
        return this;
    }
}
