package io.runj.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.runj.oci.AtomicFiles;
import io.runj.oci.OciJson;
import io.runj.oci.State;

/**
 * state.json in a container's directory: the OCI state as the sentry last recorded it (created,
 * then running) and the sentry's start time, which tells a live sentry from a recycled pid.
 * Written by the sentry, atomically, while the CLI that asked for the change holds the lock.
 */
final class StateFile {
    static final String NAME = "state.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What state.json holds. */
    record Record(State state, long sentryStartTime) {
    }

    private StateFile() {
    }

    static void write(StateDir dir, Record r) {
        ObjectNode root = JSON.createObjectNode();
        try {
            root.put("sentryStartTime", r.sentryStartTime());
            root.set("state", JSON.readTree(OciJson.writeState(r.state())));
            AtomicFiles.write(dir.stateFile(), JSON.writeValueAsBytes(root));
        } catch (IOException e) {
            throw new CliException("writing " + dir.stateFile() + ": " + e.getMessage());
        }
    }

    /** The record, or null when there is none yet (a create that never finished). */
    static Record read(StateDir dir) {
        try {
            JsonNode root = JSON.readTree(Files.readAllBytes(dir.stateFile()));
            State state = OciJson.read(root.get("state").toString().getBytes(StandardCharsets.UTF_8), State.class, NAME);
            return new Record(state, root.get("sentryStartTime").asLong());
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            throw new CliException("reading " + dir.stateFile() + ": " + e.getMessage());
        }
    }
}
