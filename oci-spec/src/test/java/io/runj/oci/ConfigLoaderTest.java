package io.runj.oci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigLoaderTest {
    @TempDir
    Path bundle;

    private static String parseError(String json) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(Fixtures.bytes(json)));
        assertEquals(1, e.errors().size());
        return e.getMessage();
    }

    @Test
    void loadsConfigJsonFromTheBundle() throws IOException {
        Files.writeString(bundle.resolve("config.json"), Fixtures.runc("config.json"));

        Spec spec = ConfigLoader.load(bundle);

        assertEquals("1.0.2-dev", spec.getOciVersion());
        assertEquals(List.of("sh"), spec.getProcess().getArgs());
        assertEquals(1024L, spec.getProcess().getRlimits().get(0).getHard());
        assertEquals("rwm", spec.getLinux().getResources().getDevices().get(0).getAccess());
    }

    @Test
    void missingFileIsReported() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(bundle));

        Path file = bundle.resolve("config.json").toAbsolutePath();
        assertEquals(List.of(new ConfigError("config.json", "no such file: " + file)), e.errors());
        assertEquals("config.json: no such file: " + file, e.getMessage());
    }

    @Test
    void unreadableFileIsReported() throws IOException {
        Files.createDirectory(bundle.resolve("config.json"));

        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(bundle));

        assertEquals("config.json: cannot read " + bundle.resolve("config.json").toAbsolutePath() + ": Is a directory",
                e.getMessage());
    }

    @Test
    void permissionDeniedIsReported() throws IOException {
        Path file = Files.writeString(bundle.resolve("config.json"), "{}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "root reads files regardless of permissions");

        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(bundle));

        assertEquals("config.json: permission denied: " + file.toAbsolutePath(), e.getMessage());
    }

    @Test
    void malformedJsonReportsLineAndColumn() {
        assertEquals(
                "config.json: malformed JSON at line 3, column 7: Unexpected character ('}' (code 125)): expected a value",
                parseError("{\n\t\"ociVersion\": \"1.0.0\",\n\t\"x\": }"));
    }

    @Test
    void truncatedJsonIsMalformed() {
        assertEquals("config.json: malformed JSON at line 2, column 3: unexpected end of input",
                parseError("{\"process\": {}\n  "));
    }

    @Test
    void emptyDocumentIsMalformed() {
        assertEquals("config.json: malformed JSON: empty document", parseError(" \n"));
    }

    @Test
    void dataAfterTheDocumentIsMalformed() {
        assertEquals("config.json: malformed JSON at line 2, column 1: unexpected data after the top-level value",
                parseError("{}\n{}"));
    }

    @Test
    void documentMustBeAnObject() {
        assertEquals("config.json: expected object", parseError("[]"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"process\": {\"terminal\": \"true\"}}                  | process.terminal: expected boolean",
            "{\"process\": {\"terminal\": 1}}                         | process.terminal: expected boolean",
            "{\"ociVersion\": 1}                                      | ociVersion: expected string",
            "{\"process\": \"sh\"}                                    | process: expected object",
            "{\"process\": {\"args\": \"sh\"}}                        | process.args: expected array",
            "{\"process\": {\"args\": [\"sh\", 1]}}                   | process.args[1]: expected string",
            "{\"process\": {\"args\": [null]}}                        | process.args[0]: must not be null",
            "{\"mounts\": [{}, {}, {\"destination\": true}]}          | mounts[2].destination: expected string",
            "{\"mounts\": [null]}                                     | mounts[0]: must not be null",
            "{\"annotations\": {\"org.example.key\": 1}}              | annotations[\"org.example.key\"]: expected string",
            "{\"linux\": {\"sysctl\": {\"kernel\": null}}}            | linux.sysctl.kernel: must not be null",
            "{\"process\": {\"user\": {\"uid\": -1}}}                 | process.user.uid: expected uint32",
            "{\"process\": {\"user\": {\"gid\": 4294967296}}}         | process.user.gid: expected uint32",
            "{\"process\": {\"user\": {\"uid\": 1.0}}}                | process.user.uid: expected uint32",
            "{\"process\": {\"user\": {\"additionalGids\": [1, -2]}}} | process.user.additionalGids[1]: expected uint32",
            "{\"process\": {\"rlimits\": [{\"soft\": 18446744073709551616}]}} | process.rlimits[0].soft: expected uint64",
            "{\"process\": {\"oomScoreAdj\": \"5\"}}                  | process.oomScoreAdj: expected int",
            "{\"hooks\": {\"poststop\": [{\"timeout\": 2147483648}]}} | hooks.poststop[0].timeout: expected int",
            "{\"linux\": {\"resources\": {\"memory\": {\"limit\": 9223372036854775808}}}} "
                    + "| linux.resources.memory.limit: expected int64",
            "{\"linux\": {\"resources\": {\"blockIO\": {\"weight\": 65536}}}} "
                    + "| linux.resources.blockIO.weight: expected uint16",
    })
    void wrongTypesReportTheJsonPath(String json, String expected) {
        assertEquals(expected, parseError(json));
    }

    @Test
    void uint64ValuesAboveLongMaxAreKept() {
        Spec spec = ConfigLoader.parse(Fixtures.bytes(
                "{\"process\": {\"rlimits\": [{\"type\": \"RLIMIT_CORE\", \"hard\": 18446744073709551615, \"soft\": 0}]}}"));

        assertEquals(Rlimit.RLIM_INFINITY, spec.getProcess().getRlimits().get(0).getHard());
        assertEquals(true, Specs.toJson(spec).contains("\"hard\": 18446744073709551615"));
    }

    @Test
    void absentMembersAreNull() {
        Spec spec = ConfigLoader.parse(Fixtures.bytes("{\"ociVersion\": \"1.0.0\", \"process\": null}"));

        assertEquals(null, spec.getProcess());
        assertEquals(null, spec.getLinux());
        assertEquals("{\n\t\"ociVersion\": \"1.0.0\"\n}", Specs.toJson(spec));
    }

    @Test
    void laterDuplicateMembersWinAsInGo() {
        Spec spec = ConfigLoader.parse(Fixtures.bytes("{\"hostname\": \"a\", \"hostname\": \"b\"}"));

        assertEquals("b", spec.getHostname());
    }
}
