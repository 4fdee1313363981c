package io.runj.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the committed launcher bin/runj as a caller would: a separate process, by absolute path. */
final class Runj {
    static final Path HOME = Path.of(System.getProperty("runj.home", "..")).toAbsolutePath().normalize();
    static final Path LAUNCHER = HOME.resolve("bin/runj");

    /** What a finished command left: its status and its output. */
    record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    private Runj() {
    }

    /** Runs {@code bin/runj ARGS} in {@code cwd} with stdin from /dev/null. */
    static Result run(Path cwd, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(LAUNCHER.toString());
        cmd.addAll(List.of(args));
        return exec(cwd, cmd);
    }

    /**
     * Runs {@code bin/runj ARGS} with stdout appended to {@code stdout}, a file the caller keeps:
     * what a detached container writes there stays readable after runj returns (its result's
     * {@code out} is then empty).
     */
    static Result runWithStdout(Path cwd, Path stdout, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(LAUNCHER.toString());
        cmd.addAll(List.of(args));
        return exec(cwd, cmd, ProcessBuilder.Redirect.appendTo(stdout.toFile()));
    }

    static Result exec(Path cwd, List<String> cmd) throws IOException, InterruptedException {
        return exec(cwd, cmd, null);
    }

    private static Result exec(Path cwd, List<String> cmd, ProcessBuilder.Redirect stdout)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("runj-out", ".txt");
        Path err = Files.createTempFile("runj-err", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).directory(cwd.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(stdout != null ? stdout : ProcessBuilder.Redirect.to(out.toFile()))
                    .redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new AssertionError("timed out: " + cmd);
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
