package io.runj.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The --log file, in the line formats runc's logrus writes: conmon and containerd read it (json)
 * and show the last error's msg. This is a wire format for those callers, not diagnostics, so it
 * is written here byte for byte rather than through a logging framework's layouts.
 */
final class RuntimeLog {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RuntimeLog() {
    }

    /** Appends one line to {@code log}; a log that cannot be written must not hide the message itself. */
    static void write(Path log, String format, String level, String message) {
        String time = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String line;
        if ("json".equals(format)) {
            // logrus's JSONFormatter: keys sorted, so level, msg, time.
            ObjectNode o = JSON.createObjectNode().put("level", level).put("msg", message).put("time", time);
            line = o.toString();
        } else {
            line = "time=\"" + time + "\" level=" + level + " msg=" + JSON.getNodeFactory().textNode(message);
        }
        try {
            Files.writeString(log, line + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            System.err.println("runj: --log " + log + ": " + e.getMessage());
        }
    }
}
