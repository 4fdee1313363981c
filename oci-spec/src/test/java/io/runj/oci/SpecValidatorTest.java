package io.runj.oci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecValidatorTest extends ValidationTest {
    @Test
    void defaultSpecIsValid() {
        assertValid();
    }

    @Test
    void rootlessDefaultSpecIsValid() {
        spec = Specs.defaultSpec(true);
        assertValid();
    }

    @Test
    void reportsEveryErrorNotJustTheFirst() {
        spec.setOciVersion(null);
        process().setArgs(null);
        spec.getMounts().get(0).setDestination("proc");

        assertErrors("ociVersion: missing", "process.args: must not be empty", "mounts[0].destination: must be absolute");
    }

    @Test
    void validateOrThrowCarriesAllErrors() {
        spec.setOciVersion(null);
        process().setCwd("relative");

        ConfigException e = assertThrows(ConfigException.class, () -> SpecValidator.validateOrThrow(spec, bundle));

        assertEquals(List.of(new ConfigError("ociVersion", "missing"), new ConfigError("process.cwd", "must be absolute")),
                e.errors());
        assertEquals("ociVersion: missing\nprocess.cwd: must be absolute", e.getMessage());
    }

    @Test
    void validateOrThrowAcceptsValidSpec() {
        SpecValidator.validateOrThrow(spec, bundle);
    }

    @Test
    void annotationKeysMustNotBeEmpty() {
        spec.setAnnotations(Map.of("", "x", "ok", "y"));
        assertErrors("annotations: keys must not be empty");
    }
}
