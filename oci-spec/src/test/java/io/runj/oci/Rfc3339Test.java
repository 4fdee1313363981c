package io.runj.oci;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Rfc3339Test {
    @ParameterizedTest
    @CsvSource({
            "2026-11-28T16:43:01.929534443Z, 2026-11-28T16:43:01.929534443Z",
            "2026-11-28T16:43:01.120Z,       2026-11-28T16:43:01.12Z",
            "2026-11-28T16:43:01.000000001Z, 2026-11-28T16:43:01.000000001Z",
            "2026-11-28T16:43:01Z,           2026-11-28T16:43:01Z",
    })
    void formatsLikeGoRfc3339Nano(String instant, String expected) {
        assertEquals(expected, Rfc3339.format(Instant.parse(instant)));
    }

    @ParameterizedTest
    @CsvSource({
            "2026-11-28T16:43:01.12Z,        2026-11-28T16:43:01.120Z",
            "2026-11-28T18:43:01.5+02:00,    2026-11-28T16:43:01.500Z",
    })
    void parsesAnyOffset(String text, String instant) {
        assertEquals(Instant.parse(instant), Rfc3339.parse(text));
    }
}
