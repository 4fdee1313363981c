package io.runj.oci;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** Linux-specific configuration ({@code linux}). */
@JsonPropertyOrder({
    "uidMappings", "gidMappings", "sysctl", "resources", "cgroupsPath", "namespaces", "devices",
    "seccomp", "rootfsPropagation", "maskedPaths", "readonlyPaths", "mountLabel", "intelRdt",
    "personality"
})
public final class Linux extends Extensible {
    private List<IdMapping> uidMappings;
    private List<IdMapping> gidMappings;
    @JsonFormat(with = JsonFormat.Feature.WRITE_SORTED_MAP_ENTRIES)
    private Map<String, String> sysctl;
    private Resources resources;
    private String cgroupsPath;
    private List<Namespace> namespaces;
    private List<Device> devices;
    private Seccomp seccomp;
    private String rootfsPropagation;
    private List<String> maskedPaths;
    private List<String> readonlyPaths;
    private String mountLabel;
    private IntelRdt intelRdt;
    private Personality personality;

    /** User namespace UID mappings. */
    public List<IdMapping> getUidMappings() {
        return uidMappings;
    }

    public Linux setUidMappings(List<IdMapping> uidMappings) {
        this.uidMappings = Copies.list(uidMappings);
        return this;
    }

    /** User namespace GID mappings. */
    public List<IdMapping> getGidMappings() {
        return gidMappings;
    }

    public Linux setGidMappings(List<IdMapping> gidMappings) {
        this.gidMappings = Copies.list(gidMappings);
        return this;
    }

    /** Kernel parameters set in the container. */
    public Map<String, String> getSysctl() {
        return sysctl;
    }

    public Linux setSysctl(Map<String, String> sysctl) {
        this.sysctl = Copies.map(sysctl);
        return this;
    }

    /** cgroup resource limits. */
    public Resources getResources() {
        return resources;
    }

    public Linux setResources(Resources resources) {
        this.resources = resources;
        return this;
    }

    /** cgroup path to create or join. */
    public String getCgroupsPath() {
        return cgroupsPath;
    }

    public Linux setCgroupsPath(String cgroupsPath) {
        this.cgroupsPath = cgroupsPath;
        return this;
    }

    /** Namespaces to create or join. */
    public List<Namespace> getNamespaces() {
        return namespaces;
    }

    public Linux setNamespaces(List<Namespace> namespaces) {
        this.namespaces = Copies.list(namespaces);
        return this;
    }

    /** Device nodes to create in the container. */
    public List<Device> getDevices() {
        return devices;
    }

    public Linux setDevices(List<Device> devices) {
        this.devices = Copies.list(devices);
        return this;
    }

    /** seccomp filter. */
    public Seccomp getSeccomp() {
        return seccomp;
    }

    public Linux setSeccomp(Seccomp seccomp) {
        this.seccomp = seccomp;
        return this;
    }

    /** Mount propagation of the root filesystem. */
    public String getRootfsPropagation() {
        return rootfsPropagation;
    }

    public Linux setRootfsPropagation(String rootfsPropagation) {
        this.rootfsPropagation = rootfsPropagation;
        return this;
    }

    /** Paths made inaccessible inside the container. */
    public List<String> getMaskedPaths() {
        return maskedPaths;
    }

    public Linux setMaskedPaths(List<String> maskedPaths) {
        this.maskedPaths = Copies.list(maskedPaths);
        return this;
    }

    /** Paths made read-only inside the container. */
    public List<String> getReadonlyPaths() {
        return readonlyPaths;
    }

    public Linux setReadonlyPaths(List<String> readonlyPaths) {
        this.readonlyPaths = Copies.list(readonlyPaths);
        return this;
    }

    /** SELinux label for mounts. */
    public String getMountLabel() {
        return mountLabel;
    }

    public Linux setMountLabel(String mountLabel) {
        this.mountLabel = mountLabel;
        return this;
    }

    /** Intel RDT settings. */
    public IntelRdt getIntelRdt() {
        return intelRdt;
    }

    public Linux setIntelRdt(IntelRdt intelRdt) {
        this.intelRdt = intelRdt;
        return this;
    }

    /** Execution domain set with personality(2). */
    public Personality getPersonality() {
        return personality;
    }

    public Linux setPersonality(Personality personality) {
        this.personality = personality;
        return this;
    }
}
