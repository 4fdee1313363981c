package io.runj.oci;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Traffic priority of one network interface. */
@JsonPropertyOrder({"name", "priority"})
public final class InterfacePriority extends Extensible {
    private String name;
    @Uint32
    private Long priority;

    /** Interface name. */
    public String getName() {
        return name;
    }

    public InterfacePriority setName(String name) {
        this.name = name;
        return this;
    }

    /** Priority. */
    public Long getPriority() {
        return priority;
    }

    public InterfacePriority setPriority(Long priority) {
        this.priority = priority;
        return this;
    }
}
