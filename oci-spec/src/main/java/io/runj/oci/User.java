package io.runj.oci;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;

/** Identity of the container process ({@code process.user}). */
@JsonPropertyOrder({"uid", "gid", "umask", "additionalGids"})
public final class User extends Extensible {
    @Uint32
    private Long uid;
    @Uint32
    private Long gid;
    @Uint32
    private Long umask;
    @JsonDeserialize(contentUsing = StrictScalars.Uint32.class)
    private List<Long> additionalGids;

    /** User ID in the container. */
    public Long getUid() {
        return uid;
    }

    public User setUid(Long uid) {
        this.uid = uid;
        return this;
    }

    /** Group ID in the container. */
    public Long getGid() {
        return gid;
    }

    public User setGid(Long gid) {
        this.gid = gid;
        return this;
    }

    /** umask of the process; absent leaves the runtime's default. */
    public Long getUmask() {
        return umask;
    }

    public User setUmask(Long umask) {
        this.umask = umask;
        return this;
    }

    /** Supplementary group IDs. */
    public List<Long> getAdditionalGids() {
        return additionalGids;
    }

    public User setAdditionalGids(List<Long> additionalGids) {
        this.additionalGids = Copies.list(additionalGids);
        return this;
    }
}
