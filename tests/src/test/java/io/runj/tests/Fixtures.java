package io.runj.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Shared test setup, built once per test JVM under tests/target/fixtures: a busybox root
 * filesystem (busybox-static and its applet links) and static test programs compiled from
 * src/test/c. Each test gets its own bundle directory whose config.json points at that rootfs.
 */
final class Fixtures {
    static final Path DIR = Runj.HOME.resolve("tests/target/fixtures");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path busybox;

    private Fixtures() {
    }

    /** The busybox rootfs: /bin/busybox, a link per applet, /etc/passwd and group, empty /tmp /proc /dev. */
    static synchronized Path busyboxRootfs() throws IOException, InterruptedException {
        if (busybox != null) {
            return busybox;
        }
        Path root = DIR.resolve("busybox-rootfs");
        Path done = DIR.resolve("busybox-rootfs.done");
        if (!Files.exists(done)) {
            deleteTree(root);
            Files.createDirectories(root.resolve("bin"));
            for (String d : List.of("etc", "tmp", "proc", "dev", "sys", "root", "home", "usr/bin", "var")) {
                Files.createDirectories(root.resolve(d));
            }
            Files.setPosixFilePermissions(root.resolve("tmp"), PosixFilePermissions.fromString("rwxrwxrwx"));
            Files.copy(Path.of("/bin/busybox"), root.resolve("bin/busybox"), StandardCopyOption.COPY_ATTRIBUTES);
            String list = command("/bin/busybox", "--list");
            for (String applet : list.split("\n")) {
                if (!applet.isBlank() && !applet.equals("busybox")) {
                    Files.createSymbolicLink(root.resolve("bin").resolve(applet.trim()), Path.of("busybox"));
                }
            }
            Files.writeString(root.resolve("etc/passwd"), "root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n");
            Files.writeString(root.resolve("etc/group"), "root:x:0:\nnogroup:x:65534:\n");
            Path threads = root.resolve("bin/threads");
            command("gcc", "-static", "-O2", "-pthread", "-o", threads.toString(),
                    Runj.HOME.resolve("tests/src/test/c/threads.c").toString());
            Files.writeString(done, "ok\n");
        }
        busybox = root;
        return root;
    }

    /** A fresh bundle in {@code dir} running {@code args} on the busybox rootfs, from runj's default spec. */
    static Path busyboxBundle(Path dir, String... args) throws IOException, InterruptedException {
        Path rootfs = busyboxRootfs();
        Runj.Result spec = Runj.run(dir, "spec");
        if (spec.exit() != 0) {
            throw new AssertionError("runj spec failed: " + spec);
        }
        ObjectNode config = (ObjectNode) JSON.readTree(dir.resolve("config.json").toFile());
        ObjectNode process = (ObjectNode) config.get("process");
        process.put("terminal", false);
        ArrayNode a = process.putArray("args");
        for (String s : args) {
            a.add(s);
        }
        ((ObjectNode) config.get("root")).put("path", rootfs.toString());
        Files.writeString(dir.resolve("config.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(config));
        return dir;
    }

    /** A private copy of the busybox rootfs at {@code dest}, for tests that change or plant files in it. */
    static Path copyOfRootfs(Path dest) throws IOException, InterruptedException {
        command("cp", "-a", busyboxRootfs().toString(), dest.toString());
        return dest;
    }

    /** Compiles tests/src/test/c/NAME.c statically into {@code rootfs}/bin/NAME. */
    static void compileInto(Path rootfs, String name) throws IOException, InterruptedException {
        command("gcc", "-static", "-O2", "-o", rootfs.resolve("bin").resolve(name).toString(),
                Runj.HOME.resolve("tests/src/test/c/" + name + ".c").toString());
    }

    /** Rewrites the bundle's config.json through {@code edit}. */
    static void editConfig(Path dir, java.util.function.Consumer<ObjectNode> edit) throws IOException {
        ObjectNode config = (ObjectNode) JSON.readTree(dir.resolve("config.json").toFile());
        edit.accept(config);
        Files.writeString(dir.resolve("config.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(config));
    }

    static String command(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed: " + out);
        }
        return out;
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var s = Files.walk(p)) {
            for (Path q : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}
