package io.runj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * docs/cli.md must be what the picocli model generates. With -Drunj.clidocs.write=true this test
 * rewrites the file instead of failing.
 */
class CliDocsTest {
    private static final Path DOC = Path.of("..", "docs", "cli.md");

    @Test
    void committedDocMatchesTheCommands() throws Exception {
        String expected = CliDocs.render();
        if (Boolean.getBoolean("runj.clidocs.write")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        String actual = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";
        assertEquals(expected, actual, "docs/cli.md is stale. Regenerate it from the repository root: "
                + "mvn -B -q -o -DskipTests package && " + CliDocs.REGENERATE);
    }
}
