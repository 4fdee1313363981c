package io.runj.oci;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The enums carry kernel numbers other modules pass to system calls, so pin the ones that matter. */
class LinuxNamesTest {
    @Test
    void capabilityNumbersMatchTheKernel() {
        assertEquals(0, LinuxCapability.CAP_CHOWN.number());
        assertEquals(21, LinuxCapability.CAP_SYS_ADMIN.number());
        assertEquals(29, LinuxCapability.CAP_AUDIT_WRITE.number());
        assertEquals(40, LinuxCapability.CAP_CHECKPOINT_RESTORE.number());
        assertEquals(41, LinuxCapability.values().length);
    }

    @Test
    void capabilitiesAreLookedUpByExactName() {
        assertEquals(Optional.of(LinuxCapability.CAP_KILL), LinuxCapability.of("CAP_KILL"));
        assertEquals(Optional.empty(), LinuxCapability.of("KILL"));
        assertEquals(Optional.empty(), LinuxCapability.of(null));
    }

    @Test
    void rlimitResourceNumbersMatchTheKernel() {
        assertEquals(0, RlimitType.RLIMIT_CPU.resource());
        assertEquals(7, RlimitType.RLIMIT_NOFILE.resource());
        assertEquals(9, RlimitType.RLIMIT_AS.resource());
        assertEquals(15, RlimitType.RLIMIT_RTTIME.resource());
        assertEquals(Optional.of(RlimitType.RLIMIT_NPROC), RlimitType.of("RLIMIT_NPROC"));
        assertEquals(Optional.empty(), RlimitType.of("RLIMIT_FOO"));
    }

    @Test
    void namespaceCloneFlagsMatchTheKernel() {
        assertEquals(0x00020000, NamespaceType.MOUNT.cloneFlag());
        assertEquals(0x20000000, NamespaceType.PID.cloneFlag());
        assertEquals(0x40000000, NamespaceType.NETWORK.cloneFlag());
        assertEquals(0x00000080, NamespaceType.TIME.cloneFlag());
        assertEquals(Optional.of(NamespaceType.NETWORK), NamespaceType.of("network"));
        assertEquals("network", NamespaceType.NETWORK.specName());
        assertEquals(Optional.empty(), NamespaceType.of("net"));
    }
}
