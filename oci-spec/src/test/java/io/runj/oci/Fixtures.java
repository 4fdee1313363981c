package io.runj.oci;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Files under src/test/resources/runc, written by runc 1.1.5 ({@code runc spec}, {@code runc state}). */
final class Fixtures {
    private Fixtures() {}

    static String runc(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/runc/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
