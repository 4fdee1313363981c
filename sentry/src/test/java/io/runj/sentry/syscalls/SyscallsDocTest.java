package io.runj.sentry.syscalls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * docs/syscalls.md must be what the table generates. With -Drunj.syscalls.write=true this test
 * rewrites the file instead of failing.
 */
class SyscallsDocTest {
    private static final Path DOC = Path.of("..", "docs", "syscalls.md");

    @Test
    void committedDocMatchesTheTable() throws Exception {
        String expected = SyscallsDoc.render();
        if (Boolean.getBoolean("runj.syscalls.write")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        String actual = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";
        assertEquals(expected, actual, "docs/syscalls.md is stale. Regenerate it from the repository root: "
                + "mvn -B -q -o -DskipTests package && " + SyscallsDoc.REGENERATE);
    }
}
