package io.runj.oci;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeccompValidationTest extends ValidationTest {
    private Seccomp seccomp(String defaultAction) {
        Seccomp seccomp = new Seccomp().setDefaultAction(defaultAction);
        linux().setSeccomp(seccomp);
        return seccomp;
    }

    private static Syscall syscall(String action, String... names) {
        return new Syscall().setNames(List.of(names)).setAction(action);
    }

    @Test
    void typicalProfileIsAccepted() {
        seccomp("SCMP_ACT_ERRNO").setDefaultErrnoRet(38L)
                .setArchitectures(List.of("SCMP_ARCH_X86_64", "SCMP_ARCH_X86"))
                .setFlags(List.of("SECCOMP_FILTER_FLAG_LOG"))
                .setSyscalls(List.of(
                        syscall("SCMP_ACT_ALLOW", "read", "write"),
                        syscall("SCMP_ACT_ALLOW", "personality").setArgs(List.of(
                                new SeccompArg().setIndex(0L).setValue(0xffffffffL).setOp("SCMP_CMP_EQ")))));
        assertValid();
    }

    @Test
    void defaultActionIsRequired() {
        seccomp(null);
        assertErrors("linux.seccomp.defaultAction: missing");
    }

    @Test
    void defaultActionMustBeKnown() {
        seccomp("SCMP_ACT_FOO");
        assertErrors("linux.seccomp.defaultAction: unknown action SCMP_ACT_FOO");
    }

    @Test
    void notifyCannotBeTheDefaultAction() {
        seccomp("SCMP_ACT_NOTIFY").setListenerPath("/run/agent.sock");
        assertErrors("linux.seccomp.defaultAction: SCMP_ACT_NOTIFY cannot be the default action");
    }

    @Test
    void defaultErrnoNeedsAnErrnoAction() {
        seccomp("SCMP_ACT_ALLOW").setDefaultErrnoRet(1L);
        assertErrors("linux.seccomp.defaultErrnoRet: only valid with SCMP_ACT_ERRNO or SCMP_ACT_TRACE");
    }

    @Test
    void architecturesMustBeKnown() {
        seccomp("SCMP_ACT_ALLOW").setArchitectures(List.of("SCMP_ARCH_X86_64", "x86_64"));
        assertErrors("linux.seccomp.architectures[1]: unknown architecture x86_64");
    }

    @Test
    void flagsMustBeKnown() {
        seccomp("SCMP_ACT_ALLOW").setFlags(List.of("SECCOMP_FILTER_FLAG_NEW_LISTENER"));
        assertErrors("linux.seccomp.flags[0]: unknown flag SECCOMP_FILTER_FLAG_NEW_LISTENER");
    }

    @Test
    void listenerMetadataRequiresListenerPath() {
        seccomp("SCMP_ACT_ALLOW").setListenerMetadata("x");
        assertErrors("linux.seccomp.listenerMetadata: requires listenerPath");
    }

    @Test
    void notifyRequiresListenerPath() {
        seccomp("SCMP_ACT_ALLOW").setSyscalls(List.of(syscall("SCMP_ACT_NOTIFY", "mkdir")));
        assertErrors("linux.seccomp.listenerPath: required by SCMP_ACT_NOTIFY");
    }

    @Test
    void notifyWithListenerIsAccepted() {
        seccomp("SCMP_ACT_ALLOW").setListenerPath("/run/agent.sock").setListenerMetadata("m")
                .setSyscalls(List.of(syscall("SCMP_ACT_NOTIFY", "mkdir")));
        assertValid();
    }

    @Test
    void notifyCannotBeUsedForWrite() {
        seccomp("SCMP_ACT_ALLOW").setListenerPath("/run/agent.sock")
                .setSyscalls(List.of(syscall("SCMP_ACT_NOTIFY", "mkdir", "write")));
        assertErrors("linux.seccomp.syscalls[0].names[1]: SCMP_ACT_NOTIFY cannot be used for write");
    }

    @Test
    void syscallNamesMustNotBeEmpty() {
        seccomp("SCMP_ACT_ALLOW").setSyscalls(List.of(syscall("SCMP_ACT_ERRNO")));
        assertErrors("linux.seccomp.syscalls[0].names: must not be empty");
    }

    @Test
    void syscallActionIsRequired() {
        seccomp("SCMP_ACT_ALLOW").setSyscalls(List.of(syscall(null, "mkdir")));
        assertErrors("linux.seccomp.syscalls[0].action: missing");
    }

    @Test
    void syscallActionMustBeKnown() {
        seccomp("SCMP_ACT_ALLOW").setSyscalls(List.of(syscall("SCMP_ACT_DENY", "mkdir")));
        assertErrors("linux.seccomp.syscalls[0].action: unknown action SCMP_ACT_DENY");
    }

    @Test
    void syscallErrnoNeedsAnErrnoAction() {
        seccomp("SCMP_ACT_ALLOW").setSyscalls(List.of(
                syscall("SCMP_ACT_TRACE", "mkdir").setErrnoRet(1L),
                syscall("SCMP_ACT_KILL", "reboot").setErrnoRet(1L)));
        assertErrors("linux.seccomp.syscalls[1].errnoRet: only valid with SCMP_ACT_ERRNO or SCMP_ACT_TRACE");
    }

    @Test
    void argumentIndexMustBeBelowSix() {
        seccomp("SCMP_ACT_ALLOW").setSyscalls(List.of(syscall("SCMP_ACT_ERRNO", "ioctl").setArgs(List.of(
                new SeccompArg().setIndex(6L).setValue(1L).setOp("SCMP_CMP_EQ")))));
        assertErrors("linux.seccomp.syscalls[0].args[0].index: must be between 0 and 5");
    }

    @Test
    void argumentOperatorIsRequired() {
        seccomp("SCMP_ACT_ALLOW").setSyscalls(List.of(syscall("SCMP_ACT_ERRNO", "ioctl").setArgs(List.of(
                new SeccompArg().setIndex(1L).setValue(1L)))));
        assertErrors("linux.seccomp.syscalls[0].args[0].op: missing");
    }

    @Test
    void argumentOperatorMustBeKnown() {
        seccomp("SCMP_ACT_ALLOW").setSyscalls(List.of(syscall("SCMP_ACT_ERRNO", "ioctl").setArgs(List.of(
                new SeccompArg().setIndex(1L).setValue(1L).setOp("SCMP_CMP_IN")))));
        assertErrors("linux.seccomp.syscalls[0].args[0].op: unknown operator SCMP_CMP_IN");
    }
}
