package io.runj.oci;

import org.junit.jupiter.api.Test;

class NamespaceValidationTest extends ValidationTest {
    @Test
    void namespaceTypeIsRequired() {
        addNamespace(null, null);
        assertErrors("linux.namespaces[5].type: missing");
    }

    @Test
    void namespaceTypeMustBeKnown() {
        addNamespace("foo", null);
        assertErrors("linux.namespaces[5].type: unknown namespace type foo");
    }

    @Test
    void namespaceTypesMustNotRepeat() {
        addNamespace("pid", "/proc/1/ns/pid");
        assertErrors("linux.namespaces: duplicate namespace pid");
    }

    @Test
    void namespacePathMustBeAbsolute() {
        addNamespace("cgroup", "proc/1/ns/cgroup");
        assertErrors("linux.namespaces[5].path: must be absolute");
    }

    @Test
    void newerNamespaceTypesAreAccepted() {
        addNamespace("cgroup", null);
        addNamespace("time", null);
        assertValid();
    }

    @Test
    void hostnameRequiresUtsNamespace() {
        removeNamespace("uts");
        assertErrors("hostname: requires a uts namespace");
    }

    @Test
    void hostnameIsAllowedInAJoinedUtsNamespace() {
        removeNamespace("uts");
        addNamespace("uts", "/proc/1/ns/uts");
        assertValid();
    }

    @Test
    void domainnameRequiresUtsNamespace() {
        spec.setHostname(null).setDomainname("example.com");
        removeNamespace("uts");
        assertErrors("domainname: requires a uts namespace");
    }

    @Test
    void maskedPathsRequireMountNamespace() {
        removeNamespace("mount");
        linux().setReadonlyPaths(null);
        assertErrors("linux.maskedPaths: requires a mount namespace");
    }

    @Test
    void readonlyPathsRequireMountNamespace() {
        removeNamespace("mount");
        linux().setMaskedPaths(null);
        assertErrors("linux.readonlyPaths: requires a mount namespace");
    }
}
