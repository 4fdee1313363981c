package io.runj.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The differential corpus: each block of src/test/resources/differential runs as {@code sh -c
 * BLOCK} under runc and under runj, with the same config.json, each runtime on its own copy of
 * the busybox rootfs, and both must give the same stdout, stderr and exit status.
 *
 * <p>A block starts in /tmp/NAME, a fresh directory (mode 0777) named after its file, as root on
 * a writable root. Header lines change that: {@code # user: UID:GID} runs it as that user and
 * {@code # readonly: true} makes the root read-only.
 */
class DifferentialTest {
    private static final String CORPUS = "differential";
    private static final List<String> RUNTIMES = List.of("runc", "runj");

    @TempDir
    static Path work;
    /** The config every block starts from: runj's default spec with a relative root "rootfs". */
    private static Path template;

    @BeforeAll
    static void bundles() throws Exception {
        template = Files.createDirectory(work.resolve("template"));
        Fixtures.busyboxBundle(template, "true");
        Fixtures.editConfig(template, c -> ((ObjectNode) c.get("root")).put("path", "rootfs"));
        for (String runtime : RUNTIMES) {
            Path bundle = Files.createDirectory(work.resolve(runtime));
            Fixtures.copyOfRootfs(bundle.resolve("rootfs"));
            Files.createDirectory(work.resolve(runtime + "-state"));
        }
    }

    @TestFactory
    Stream<DynamicTest> sameOutputUnderRuncAndRunj() throws Exception {
        Path corpus = Path.of(DifferentialTest.class.getResource("/" + CORPUS).toURI());
        List<Path> blocks;
        try (Stream<Path> s = Files.list(corpus)) {
            blocks = s.filter(p -> p.getFileName().toString().endsWith(".sh")).sorted().toList();
        }
        assertTrue(blocks.size() >= 40, "the corpus has only " + blocks.size() + " blocks");
        return blocks.stream().map(b -> DynamicTest.dynamicTest(b.getFileName().toString(), () -> compare(b)));
    }

    private static void compare(Path block) throws Exception {
        String name = block.getFileName().toString().replaceFirst("\\.sh$", "");
        String script = Files.readString(block, StandardCharsets.UTF_8);
        configure(name, script);
        Runj.Result runc = Runj.exec(work.resolve("runc"), List.of("runc",
                "--root", work.resolve("runc-state").toString(), "run", "--bundle", work.resolve("runc").toString(), name));
        // A container runc could not start says nothing about runj.
        assertFalse(runc.err().contains("level=error"), runc::toString);
        Runj.Result runj = Runj.run(work.resolve("runj"), "--root", work.resolve("runj-state").toString(), "run", name);
        assertEquals(runc.toString(), runj.toString(), "runc (expected) vs runj (actual) on " + name);
    }

    /** Writes the block's config.json into both bundles and gives both rootfs a fresh /tmp/NAME. */
    private static void configure(String name, String script) throws IOException {
        String user = header(script, "user", "0:0");
        boolean readonly = Boolean.parseBoolean(header(script, "readonly", "false"));
        String[] ids = user.split(":", 2);
        if (ids.length != 2) {
            throw new IllegalArgumentException(name + ": '# user:' wants UID:GID, not " + user);
        }
        Path config = template.resolve("config.json");
        Fixtures.editConfig(template, c -> {
            ObjectNode process = (ObjectNode) c.get("process");
            ArrayNode args = process.putArray("args");
            List.of("sh", "-c", script).forEach(args::add);
            process.put("cwd", "/tmp/" + name);
            process.putObject("user").put("uid", Long.parseLong(ids[0])).put("gid", Long.parseLong(ids[1]));
            ((ObjectNode) c.get("root")).put("readonly", readonly);
        });
        for (String runtime : RUNTIMES) {
            Path bundle = work.resolve(runtime);
            Files.copy(config, bundle.resolve("config.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Path dir = bundle.resolve("rootfs/tmp").resolve(name);
            Fixtures.deleteTree(dir);
            Files.createDirectory(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        }
    }

    /** The value of a {@code # KEY: VALUE} line among the block's leading comments, or {@code otherwise}. */
    private static String header(String script, String key, String otherwise) {
        for (String line : script.split("\n")) {
            if (!line.startsWith("#")) {
                break;
            }
            String prefix = "# " + key + ":";
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length()).trim();
            }
        }
        return otherwise;
    }
}
