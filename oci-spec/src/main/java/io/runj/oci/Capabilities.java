package io.runj.oci;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Capability sets of the process ({@code process.capabilities}); names like {@code CAP_KILL}. */
@JsonPropertyOrder({"bounding", "effective", "inheritable", "permitted", "ambient"})
public final class Capabilities extends Extensible {
    private List<String> bounding;
    private List<String> effective;
    private List<String> inheritable;
    private List<String> permitted;
    private List<String> ambient;

    /** Bounding set. */
    public List<String> getBounding() {
        return bounding;
    }

    public Capabilities setBounding(List<String> bounding) {
        this.bounding = Copies.list(bounding);
        return this;
    }

    /** Effective set. */
    public List<String> getEffective() {
        return effective;
    }

    public Capabilities setEffective(List<String> effective) {
        this.effective = Copies.list(effective);
        return this;
    }

    /** Inheritable set. */
    public List<String> getInheritable() {
        return inheritable;
    }

    public Capabilities setInheritable(List<String> inheritable) {
        this.inheritable = Copies.list(inheritable);
        return this;
    }

    /** Permitted set. */
    public List<String> getPermitted() {
        return permitted;
    }

    public Capabilities setPermitted(List<String> permitted) {
        this.permitted = Copies.list(permitted);
        return this;
    }

    /** Ambient set. */
    public List<String> getAmbient() {
        return ambient;
    }

    public Capabilities setAmbient(List<String> ambient) {
        this.ambient = Copies.list(ambient);
        return this;
    }
}
