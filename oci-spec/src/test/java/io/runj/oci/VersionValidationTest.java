package io.runj.oci;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VersionValidationTest extends ValidationTest {
    @Test
    void versionIsRequired() {
        spec.setOciVersion("");
        assertErrors("ociVersion: missing");
    }

    @Test
    void versionMustBeSemantic() {
        spec.setOciVersion("1.2");
        assertErrors("ociVersion: malformed version 1.2 (want MAJOR.MINOR.PATCH)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.0.0", "1.3.0", "0.9.0"})
    void versionMustBeOneZeroToOneTwo(String version) {
        spec.setOciVersion(version);
        assertErrors("ociVersion: unsupported version " + version + " (runj supports 1.0.x to 1.2.x)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.0", "1.0.2-dev", "1.1.0", "1.2.0", "1.2.1", "1.2.0-rc.1+build.5"})
    void supportedVersionsAreAccepted(String version) {
        spec.setOciVersion(version);
        assertValid();
    }
}
