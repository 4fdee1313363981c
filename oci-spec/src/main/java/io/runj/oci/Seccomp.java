package io.runj.oci;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** seccomp filter ({@code linux.seccomp}). */
@JsonPropertyOrder({
    "defaultAction", "defaultErrnoRet", "architectures", "flags", "listenerPath",
    "listenerMetadata", "syscalls"
})
public final class Seccomp extends Extensible {
    private String defaultAction;
    @Uint64
    private Long defaultErrnoRet;
    private List<String> architectures;
    private List<String> flags;
    private String listenerPath;
    private String listenerMetadata;
    private List<Syscall> syscalls;

    /** Action for syscalls no rule matches, e.g. {@code SCMP_ACT_ERRNO}. */
    public String getDefaultAction() {
        return defaultAction;
    }

    public Seccomp setDefaultAction(String defaultAction) {
        this.defaultAction = defaultAction;
        return this;
    }

    /** errno for the default action. */
    public Long getDefaultErrnoRet() {
        return defaultErrnoRet;
    }

    public Seccomp setDefaultErrnoRet(Long defaultErrnoRet) {
        this.defaultErrnoRet = defaultErrnoRet;
        return this;
    }

    /** Extra architectures, e.g. {@code SCMP_ARCH_X86}. */
    public List<String> getArchitectures() {
        return architectures;
    }

    public Seccomp setArchitectures(List<String> architectures) {
        this.architectures = Copies.list(architectures);
        return this;
    }

    /** seccomp(2) filter flags. */
    public List<String> getFlags() {
        return flags;
    }

    public Seccomp setFlags(List<String> flags) {
        this.flags = Copies.list(flags);
        return this;
    }

    /** Unix socket that receives the seccomp notify fd. */
    public String getListenerPath() {
        return listenerPath;
    }

    public Seccomp setListenerPath(String listenerPath) {
        this.listenerPath = listenerPath;
        return this;
    }

    /** Opaque data sent to the listener. */
    public String getListenerMetadata() {
        return listenerMetadata;
    }

    public Seccomp setListenerMetadata(String listenerMetadata) {
        this.listenerMetadata = listenerMetadata;
        return this;
    }

    /** Rules, matched in order. */
    public List<Syscall> getSyscalls() {
        return syscalls;
    }

    public Seccomp setSyscalls(List<Syscall> syscalls) {
        this.syscalls = Copies.list(syscalls);
        return this;
    }
}
