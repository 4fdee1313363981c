package io.runj.oci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The writer must produce what Go's json.MarshalIndent produces for the same values. */
class OciJsonTest {
    @Test
    void stringsAreEscapedLikeGo() {
        Spec spec = new Spec().setHostname("<a&b>\u2028\u2029\u0001\b\f\n\r\t\"\\é\u007f");

        assertEquals("{\n\t\"hostname\": "
                + "\"\\u003ca\\u0026b\\u003e\\u2028\\u2029\\u0001\\u0008\\u000c\\n\\r\\t\\\"\\\\é\u007f\"\n}",
                Specs.toJson(spec));
    }

    @Test
    void mapKeysAreSortedLikeGo() {
        Map<String, String> annotations = new LinkedHashMap<>();
        annotations.put("b", "2");
        annotations.put("a", "1");
        annotations.put("B", "3");

        String json = OciJson.write(new Spec().setAnnotations(annotations), "");

        assertEquals("{\n\"annotations\": {\n\"B\": \"3\",\n\"a\": \"1\",\n\"b\": \"2\"\n}\n}", json);
    }

    @Test
    void emptyContainersHaveNoInnerSpace() {
        Spec spec = new Spec().setMounts(List.of()).setAnnotations(Map.of()).setProcess(new Process());

        assertEquals("{\n\t\"process\": {},\n\t\"mounts\": [],\n\t\"annotations\": {}\n}", Specs.toJson(spec));
    }

    @Test
    void partsOfTheModelCanBeWrittenAlone() {
        Process process = new Process().setArgs(List.of("ls")).setCwd("/");

        assertEquals("{\n  \"args\": [\n    \"ls\"\n  ],\n  \"cwd\": \"/\"\n}", OciJson.write(process, "  "));
    }

    @Test
    void partsOfTheModelCanBeReadAlone() {
        byte[] json = Fixtures.bytes("{\"args\": [\"ls\"], \"cwd\": \"/\"}");

        Process process = OciJson.read(json, Process.class, "process.json");

        assertEquals(List.of("ls"), process.getArgs());
    }

    @Test
    void documentNamePrefixesWholeDocumentErrors() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> OciJson.read(Fixtures.bytes("nope"), Process.class, "process.json"));

        assertEquals("process.json", e.errors().get(0).path());
    }

    @Test
    void unsignedValuesAreWrittenUnsigned() {
        Seccomp seccomp = new Seccomp().setDefaultAction("SCMP_ACT_ALLOW").setSyscalls(List.of(new Syscall()
                .setNames(List.of("ioctl")).setAction("SCMP_ACT_ALLOW")
                .setArgs(List.of(new SeccompArg()
                        .setIndex(1L).setValue(-1L).setValueTwo(Long.MIN_VALUE).setOp("SCMP_CMP_EQ")))));

        String json = OciJson.write(seccomp, "");

        assertEquals(true, json.contains("\"value\": 18446744073709551615"));
        assertEquals(true, json.contains("\"valueTwo\": 9223372036854775808"));
    }
}
