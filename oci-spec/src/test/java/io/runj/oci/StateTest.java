package io.runj.oci;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateTest {
    @Test
    void stateIsPrintedExactlyAsRuncPrintsIt() {
        State state = new State()
                .setOciVersion("1.0.2-dev")
                .setId("statec")
                .setPid(4167)
                .setStatus(State.STATUS_RUNNING)
                .setBundle("/tmp/tmp.R7ZBRmlBTz")
                .setRootfs("/tmp/tmp.R7ZBRmlBTz/rootfs")
                .setCreated(Rfc3339.format(Instant.parse("2026-11-28T16:43:01.929534443Z")))
                .setAnnotations(Map.of("b", "2", "a", "1"))
                .setOwner("");

        assertEquals(Fixtures.runc("state-running.json"), OciJson.writeState(state));
    }

    @Test
    void emptyAnnotationsAreOmittedLikeRunc() {
        State state = new State().setId("c").setPid(0).setStatus(State.STATUS_STOPPED).setAnnotations(Map.of());

        assertEquals("{\n  \"id\": \"c\",\n  \"pid\": 0,\n  \"status\": \"stopped\"\n}", OciJson.writeState(state));
    }

    @Test
    void stateIsRead() {
        State state = OciJson.read(Fixtures.bytes(Fixtures.runc("state-stopped.json")), State.class, "state.json");

        assertEquals(State.STATUS_STOPPED, state.getStatus());
        assertEquals(0, state.getPid());
        assertEquals(Instant.parse("2026-11-28T16:43:01.929534443Z"), Rfc3339.parse(state.getCreated()));
    }
}
