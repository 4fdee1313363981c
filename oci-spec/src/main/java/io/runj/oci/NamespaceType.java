package io.runj.oci;

import java.util.Optional;

/** Namespace types of {@code linux.namespaces[].type}, with their clone(2) flags. */
public enum NamespaceType {
    PID("pid", 0x20000000),
    NETWORK("network", 0x40000000),
    MOUNT("mount", 0x00020000),
    IPC("ipc", 0x08000000),
    UTS("uts", 0x04000000),
    USER("user", 0x10000000),
    CGROUP("cgroup", 0x02000000),
    TIME("time", 0x00000080);

    private final String specName;
    private final int cloneFlag;

    NamespaceType(String specName, int cloneFlag) {
        this.specName = specName;
        this.cloneFlag = cloneFlag;
    }

    /** The name config.json uses, e.g. {@code network}. */
    public String specName() {
        return specName;
    }

    /** CLONE_NEW* flag for clone(2), unshare(2) and setns(2). */
    public int cloneFlag() {
        return cloneFlag;
    }

    /** The type config.json calls {@code name}, if there is one. */
    public static Optional<NamespaceType> of(String name) {
        for (NamespaceType type : values()) {
            if (type.specName.equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
