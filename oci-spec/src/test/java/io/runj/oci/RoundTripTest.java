package io.runj.oci;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoundTripTest {
    @ParameterizedTest
    @ValueSource(strings = {"config.json", "config-rootless.json"})
    void runcConfigIsRewrittenByteForByte(String fixture) {
        String runc = Fixtures.runc(fixture);

        Spec spec = ConfigLoader.parse(Fixtures.bytes(runc));

        assertEquals(runc, Specs.toJson(spec));
    }

    @ParameterizedTest
    @ValueSource(strings = {"state-running.json", "state-stopped.json"})
    void runcStateIsRewrittenByteForByte(String fixture) {
        String runc = Fixtures.runc(fixture);

        State state = OciJson.read(Fixtures.bytes(runc), State.class, "state.json");

        assertEquals(runc, OciJson.writeState(state));
    }
}
