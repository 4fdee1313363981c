package io.runj.oci;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinuxValidationTest extends ValidationTest {
    @Test
    void maskedPathsMustBeAbsolute() {
        linux().setMaskedPaths(List.of("proc/kcore"));
        assertErrors("linux.maskedPaths[0]: must be absolute");
    }

    @Test
    void readonlyPathsMustBeAbsolute() {
        linux().setReadonlyPaths(List.of("/proc/sys", "proc/bus"));
        assertErrors("linux.readonlyPaths[1]: must be absolute");
    }

    @Test
    void rootfsPropagationMustBeKnown() {
        linux().setRootfsPropagation("foo");
        assertErrors("linux.rootfsPropagation: unknown propagation foo");
    }

    @Test
    void recursivePropagationsAreAccepted() {
        linux().setRootfsPropagation("rslave");
        assertValid();
    }

    @Test
    void devicePathIsRequired() {
        linux().setDevices(List.of(new Device().setType("c").setMajor(1L).setMinor(3L)));
        assertErrors("linux.devices[0].path: missing");
    }

    @Test
    void devicePathMustBeAbsolute() {
        linux().setDevices(List.of(new Device().setPath("dev/null").setType("c").setMajor(1L).setMinor(3L)));
        assertErrors("linux.devices[0].path: must be absolute");
    }

    @Test
    void deviceTypeIsRequired() {
        linux().setDevices(List.of(new Device().setPath("/dev/null").setMajor(1L).setMinor(3L)));
        assertErrors("linux.devices[0].type: missing");
    }

    @Test
    void deviceTypeMustBeKnown() {
        linux().setDevices(List.of(new Device().setPath("/dev/null").setType("x").setMajor(1L).setMinor(3L)));
        assertErrors("linux.devices[0].type: unknown device type x");
    }

    @Test
    void deviceNumbersAreRequiredExceptForFifos() {
        linux().setDevices(List.of(
                new Device().setPath("/dev/null").setType("c"),
                new Device().setPath("/dev/fifo").setType("p")));
        assertErrors("linux.devices[0].major: missing", "linux.devices[0].minor: missing");
    }

    @Test
    void personalityDomainIsRequired() {
        linux().setPersonality(new Personality());
        assertErrors("linux.personality.domain: missing");
    }

    @Test
    void personalityDomainMustBeKnown() {
        linux().setPersonality(new Personality().setDomain("SVR4"));
        assertErrors("linux.personality.domain: unknown domain SVR4");
    }

    @Test
    void linux32PersonalityIsAccepted() {
        linux().setPersonality(new Personality().setDomain("LINUX32"));
        assertValid();
    }
}
