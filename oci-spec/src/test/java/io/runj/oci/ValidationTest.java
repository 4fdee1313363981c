package io.runj.oci;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Base of the rule tests: each starts from runc's valid default spec and breaks one rule. */
abstract class ValidationTest {
    @TempDir
    Path bundle;

    Spec spec;

    @BeforeEach
    void createBundle() throws IOException {
        Files.createDirectory(bundle.resolve("rootfs"));
        spec = Specs.defaultSpec(false);
    }

    List<String> errors() {
        return SpecValidator.validate(spec, bundle).stream().map(ConfigError::toString).toList();
    }

    void assertErrors(String... expected) {
        assertEquals(List.of(expected), errors());
    }

    void assertValid() {
        assertEquals(List.of(), errors());
    }

    Linux linux() {
        return spec.getLinux();
    }

    Process process() {
        return spec.getProcess();
    }

    /** Adds a namespace to the default list (pid, network, ipc, uts, mount). */
    void addNamespace(String type, String path) {
        List<Namespace> namespaces = new ArrayList<>(linux().getNamespaces());
        namespaces.add(new Namespace().setType(type).setPath(path));
        linux().setNamespaces(namespaces);
    }

    void removeNamespace(String type) {
        linux().setNamespaces(linux().getNamespaces().stream().filter(ns -> !ns.getType().equals(type)).toList());
    }
}
