package io.runj.oci;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A condition on one syscall argument. */
@JsonPropertyOrder({"index", "value", "valueTwo", "op"})
public final class SeccompArg extends Extensible {
    @Uint64
    private Long index;
    @Uint64
    private Long value;
    @Uint64
    private Long valueTwo;
    private String op;

    /** Argument index, 0 to 5. */
    public Long getIndex() {
        return index;
    }

    public SeccompArg setIndex(Long index) {
        this.index = index;
        return this;
    }

    /** Value compared with. */
    public Long getValue() {
        return value;
    }

    public SeccompArg setValue(Long value) {
        this.value = value;
        return this;
    }

    /** Second value, for SCMP_CMP_MASKED_EQ. */
    public Long getValueTwo() {
        return valueTwo;
    }

    public SeccompArg setValueTwo(Long valueTwo) {
        this.valueTwo = valueTwo;
        return this;
    }

    /** Operator, e.g. {@code SCMP_CMP_EQ}. */
    public String getOp() {
        return op;
    }

    public SeccompArg setOp(String op) {
        this.op = op;
        return this;
    }
}
