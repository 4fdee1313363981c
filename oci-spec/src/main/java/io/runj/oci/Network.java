package io.runj.oci;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Network class and priorities ({@code linux.resources.network}). */
@JsonPropertyOrder({"classID", "priorities"})
public final class Network extends Extensible {
    @JsonProperty("classID")
    @Uint32
    private Long classId;
    private List<InterfacePriority> priorities;

    /** net_cls class identifier. */
    public Long getClassId() {
        return classId;
    }

    public Network setClassId(Long classId) {
        this.classId = classId;
        return this;
    }

    /** net_prio priorities. */
    public List<InterfacePriority> getPriorities() {
        return priorities;
    }

    public Network setPriorities(List<InterfacePriority> priorities) {
        this.priorities = Copies.list(priorities);
        return this;
    }
}
