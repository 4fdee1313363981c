package io.runj.oci;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A seccomp rule ({@code linux.seccomp.syscalls[]}). */
@JsonPropertyOrder({"names", "action", "errnoRet", "args"})
public final class Syscall extends Extensible {
    private List<String> names;
    private String action;
    @Uint64
    private Long errnoRet;
    private List<SeccompArg> args;

    /** Syscall names the rule matches. */
    public List<String> getNames() {
        return names;
    }

    public Syscall setNames(List<String> names) {
        this.names = Copies.list(names);
        return this;
    }

    /** Action when the rule matches. */
    public String getAction() {
        return action;
    }

    public Syscall setAction(String action) {
        this.action = action;
        return this;
    }

    /** errno for SCMP_ACT_ERRNO or SCMP_ACT_TRACE. */
    public Long getErrnoRet() {
        return errnoRet;
    }

    public Syscall setErrnoRet(Long errnoRet) {
        this.errnoRet = errnoRet;
        return this;
    }

    /** Argument conditions, all of which must hold. */
    public List<SeccompArg> getArgs() {
        return args;
    }

    public Syscall setArgs(List<SeccompArg> args) {
        this.args = Copies.list(args);
        return this;
    }
}
