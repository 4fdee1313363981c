package io.runj.oci;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** The OCI runtime-spec {@code config.json} of a bundle. */
@JsonPropertyOrder({
    "ociVersion", "process", "root", "hostname", "domainname", "mounts", "hooks", "annotations",
    "linux"
})
public final class Spec extends Extensible {
    private String ociVersion;
    private Process process;
    private Root root;
    private String hostname;
    private String domainname;
    private List<Mount> mounts;
    private Hooks hooks;
    @JsonFormat(with = JsonFormat.Feature.WRITE_SORTED_MAP_ENTRIES)
    private Map<String, String> annotations;
    private Linux linux;

    /** Version of the runtime spec the bundle follows, e.g. {@code 1.2.0}. */
    public String getOciVersion() {
        return ociVersion;
    }

    public Spec setOciVersion(String ociVersion) {
        this.ociVersion = ociVersion;
        return this;
    }

    /** The container process; required to create a container. */
    public Process getProcess() {
        return process;
    }

    public Spec setProcess(Process process) {
        this.process = process;
        return this;
    }

    /** The container's root filesystem. */
    public Root getRoot() {
        return root;
    }

    public Spec setRoot(Root root) {
        this.root = root;
        return this;
    }

    /** Hostname inside the container; needs a uts namespace. */
    public String getHostname() {
        return hostname;
    }

    public Spec setHostname(String hostname) {
        this.hostname = hostname;
        return this;
    }

    /** NIS domain name inside the container; needs a uts namespace. */
    public String getDomainname() {
        return domainname;
    }

    public Spec setDomainname(String domainname) {
        this.domainname = domainname;
        return this;
    }

    /** Mounts on top of the root filesystem, in mount order. */
    public List<Mount> getMounts() {
        return mounts;
    }

    public Spec setMounts(List<Mount> mounts) {
        this.mounts = Copies.list(mounts);
        return this;
    }

    /** Commands run at lifecycle events. */
    public Hooks getHooks() {
        return hooks;
    }

    public Spec setHooks(Hooks hooks) {
        this.hooks = hooks;
        return this;
    }

    /** Arbitrary metadata. */
    public Map<String, String> getAnnotations() {
        return annotations;
    }

    public Spec setAnnotations(Map<String, String> annotations) {
        this.annotations = Copies.map(annotations);
        return this;
    }

    /** Linux-specific configuration. */
    public Linux getLinux() {
        return linux;
    }

    public Spec setLinux(Linux linux) {
        this.linux = linux;
        return this;
    }
}
