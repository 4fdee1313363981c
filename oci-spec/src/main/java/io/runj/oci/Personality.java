package io.runj.oci;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Execution domain ({@code linux.personality}). */
@JsonPropertyOrder({"domain", "flags"})
public final class Personality extends Extensible {
    private String domain;
    private List<String> flags;

    /** {@code LINUX} or {@code LINUX32}. */
    public String getDomain() {
        return domain;
    }

    public Personality setDomain(String domain) {
        this.domain = domain;
        return this;
    }

    /** Additional flags; none are defined yet. */
    public List<String> getFlags() {
        return flags;
    }

    public Personality setFlags(List<String> flags) {
        this.flags = Copies.list(flags);
        return this;
    }
}
