package io.runj.oci;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdMappingValidationTest extends ValidationTest {
    private static IdMapping mapping(long containerId, long hostId, long size) {
        return new IdMapping().setContainerId(containerId).setHostId(hostId).setSize(size);
    }

    private void userNamespaceWith(List<IdMapping> uids, List<IdMapping> gids) {
        addNamespace("user", null);
        linux().setUidMappings(uids).setGidMappings(gids);
    }

    @Test
    void mappingsRequireUserNamespace() {
        linux().setUidMappings(List.of(mapping(0, 1000, 1))).setGidMappings(List.of(mapping(0, 1000, 1)));
        assertErrors("linux.uidMappings: requires a user namespace", "linux.gidMappings: requires a user namespace");
    }

    @Test
    void newUserNamespaceRequiresMappings() {
        userNamespaceWith(null, List.of(mapping(0, 1000, 1)));
        assertErrors("linux.uidMappings: required by a new user namespace");
    }

    @Test
    void joinedUserNamespaceNeedsNoMappings() {
        addNamespace("user", "/proc/1/ns/user");
        assertValid();
    }

    @Test
    void mappingsMustMapContainerRoot() {
        userNamespaceWith(List.of(mapping(1, 1000, 10)), List.of(mapping(0, 1000, 10)));
        assertErrors("linux.uidMappings: no mapping for container ID 0");
    }

    @Test
    void mappingSizeMustBePositive() {
        userNamespaceWith(List.of(mapping(0, 1000, 1), mapping(1, 2000, 0)), List.of(mapping(0, 1000, 1)));
        assertErrors("linux.uidMappings[1].size: must be positive");
    }

    @Test
    void mappingMustStayWithin32BitIds() {
        userNamespaceWith(List.of(mapping(0, 0xFFFF_FFFFL, 2)), List.of(mapping(0, 0, 0x1_0000_0000L)));
        assertErrors("linux.uidMappings[0]: range exceeds 32-bit IDs");
    }

    @Test
    void containerRangesMustNotOverlap() {
        userNamespaceWith(List.of(mapping(0, 1000, 10), mapping(5, 5000, 10)), List.of(mapping(0, 1000, 1)));
        assertErrors("linux.uidMappings[1]: overlaps linux.uidMappings[0]");
    }

    @Test
    void hostRangesMustNotOverlap() {
        userNamespaceWith(List.of(mapping(0, 1000, 1)), List.of(mapping(0, 1000, 10), mapping(100, 1009, 1)));
        assertErrors("linux.gidMappings[1]: overlaps linux.gidMappings[0]");
    }

    @Test
    void adjacentRangesAreAccepted() {
        userNamespaceWith(List.of(mapping(0, 1000, 1), mapping(1, 100000, 65536)), List.of(mapping(0, 1000, 65537)));
        assertValid();
    }
}
