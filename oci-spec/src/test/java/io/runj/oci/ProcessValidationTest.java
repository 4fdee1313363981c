package io.runj.oci;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessValidationTest extends ValidationTest {
    @Test
    void processIsRequired() {
        spec.setProcess(null);
        assertErrors("process: missing");
    }

    @Test
    void argsMustNotBeEmpty() {
        process().setArgs(List.of());
        assertErrors("process.args: must not be empty");
    }

    @Test
    void cwdIsRequired() {
        process().setCwd(null);
        assertErrors("process.cwd: missing");
    }

    @Test
    void cwdMustBeAbsolute() {
        process().setCwd("home/user");
        assertErrors("process.cwd: must be absolute");
    }

    @Test
    void envEntriesMustBeKeyValue() {
        process().setEnv(List.of("A=1", "B=", "C=x=y", "NOEQUALS", "=value"));
        assertErrors("process.env[3]: must be KEY=VALUE", "process.env[4]: must be KEY=VALUE");
    }

    @Test
    void envEntriesMustNotContainNul() {
        process().setEnv(List.of("A=1\0B=2"));
        assertErrors("process.env[0]: must not contain a NUL byte");
    }

    @Test
    void consoleSizeRequiresTerminal() {
        process().setTerminal(false).setConsoleSize(new ConsoleSize().setHeight(24L).setWidth(80L));
        assertErrors("process.consoleSize: requires process.terminal");
    }

    @Test
    void consoleSizeWithTerminalIsAccepted() {
        process().setTerminal(true).setConsoleSize(new ConsoleSize().setHeight(24L).setWidth(80L));
        assertValid();
    }

    @Test
    void umaskMustFitPermissionBits() {
        process().getUser().setUmask(01000L);
        assertErrors("process.user.umask: must be at most 0777 (511)");
    }

    @Test
    void largestUmaskIsAccepted() {
        process().getUser().setUmask(0777L);
        assertValid();
    }

    @Test
    void oomScoreAdjMustBeInKernelRange() {
        process().setOomScoreAdj(-1001);
        assertErrors("process.oomScoreAdj: must be between -1000 and 1000");
        process().setOomScoreAdj(1001);
        assertErrors("process.oomScoreAdj: must be between -1000 and 1000");
        process().setOomScoreAdj(1000);
        assertValid();
    }

    @Test
    void rlimitTypeIsRequired() {
        process().setRlimits(List.of(new Rlimit().setHard(1L).setSoft(1L)));
        assertErrors("process.rlimits[0].type: missing");
    }

    @Test
    void rlimitTypeMustBeKnown() {
        process().setRlimits(List.of(new Rlimit().setType("RLIMIT_FOO").setHard(1L).setSoft(1L)));
        assertErrors("process.rlimits[0].type: unknown rlimit RLIMIT_FOO");
    }

    @Test
    void rlimitTypeMustNotRepeat() {
        process().setRlimits(List.of(
                new Rlimit().setType("RLIMIT_NOFILE").setHard(1L).setSoft(1L),
                new Rlimit().setType("RLIMIT_NOFILE").setHard(2L).setSoft(2L)));
        assertErrors("process.rlimits[1].type: duplicate rlimit RLIMIT_NOFILE");
    }

    @Test
    void rlimitSoftMustNotExceedHard() {
        process().setRlimits(List.of(new Rlimit().setType("RLIMIT_NOFILE").setHard(1024L).setSoft(4096L)));
        assertErrors("process.rlimits[0]: soft limit exceeds hard limit");
    }

    @Test
    void rlimitsCompareUnsigned() {
        process().setRlimits(List.of(
                new Rlimit().setType("RLIMIT_CORE").setHard(Rlimit.RLIM_INFINITY).setSoft(4096L),
                new Rlimit().setType("RLIMIT_NOFILE").setHard(4096L).setSoft(Rlimit.RLIM_INFINITY)));
        assertErrors("process.rlimits[1]: soft limit exceeds hard limit");
    }

    @Test
    void capabilitiesMustBeKnown() {
        process().getCapabilities()
                .setBounding(List.of("CAP_KILL", "CAP_FOO"))
                .setInheritable(List.of("CAP_CHECKPOINT_RESTORE", "cap_kill"));
        assertErrors(
                "process.capabilities.bounding[1]: unknown capability CAP_FOO",
                "process.capabilities.inheritable[1]: unknown capability cap_kill");
    }

    @Test
    void everyCapabilitySetIsChecked() {
        process().setCapabilities(new Capabilities()
                .setBounding(List.of("X"))
                .setEffective(List.of("X"))
                .setInheritable(List.of("X"))
                .setPermitted(List.of("X"))
                .setAmbient(List.of("X")));
        assertErrors(
                "process.capabilities.bounding[0]: unknown capability X",
                "process.capabilities.effective[0]: unknown capability X",
                "process.capabilities.inheritable[0]: unknown capability X",
                "process.capabilities.permitted[0]: unknown capability X",
                "process.capabilities.ambient[0]: unknown capability X");
    }
}
