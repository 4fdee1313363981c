package io.runj.oci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelTest {
    @Test
    void settersCopyCollections() {
        List<String> args = new ArrayList<>(List.of("sh"));
        Map<String, String> annotations = new HashMap<>(Map.of("a", "1"));
        Process process = new Process().setArgs(args);
        Spec spec = new Spec().setAnnotations(annotations);

        args.add("-c");
        annotations.clear();

        assertEquals(List.of("sh"), process.getArgs());
        assertEquals(Map.of("a", "1"), spec.getAnnotations());
    }

    @Test
    void collectionsFromImmutableInputsStayEditable() {
        Process process = new Process().setEnv(List.of("A=1"));

        process.getEnv().add("B=2");

        assertEquals(List.of("A=1", "B=2"), process.getEnv());
    }

    @Test
    void settingNullClearsAMember() {
        Process process = new Process().setArgs(List.of("sh")).setArgs(null);

        assertEquals(null, process.getArgs());
    }

    @Test
    void configExceptionNeedsAnError() {
        assertThrows(IllegalArgumentException.class, () -> new ConfigException(List.of()));
    }

    @Test
    void configErrorPrintsPathThenMessage() {
        assertEquals("process.args: must not be empty", new ConfigError("process.args", "must not be empty").toString());
    }
}
