package io.runj.oci;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.util.Collection;

/**
 * Parses in two steps so each failure has one clear report: syntax errors come from building the
 * tree (with line and column), type errors from binding the tree to the model (with a JSON path).
 */
final class DocumentReader {
    private final ObjectMapper mapper;
    private final String documentName;

    DocumentReader(ObjectMapper mapper, String documentName) {
        this.mapper = mapper;
        this.documentName = documentName;
    }

    <T> T read(byte[] json, Class<T> type) {
        JsonNode tree = parseTree(json);
        if (!tree.isObject()) {
            throw new ConfigException(new ConfigError(documentName, "expected object"));
        }
        try {
            return mapper.treeToValue(tree, type);
        } catch (JsonMappingException e) {
            throw new ConfigException(new ConfigError(pathOf(e), describe(e)));
        } catch (JsonProcessingException e) {
            // The tree is already valid JSON, so binding it can only fail with a mapping error.
            throw new IllegalStateException(e);
        }
    }

    private JsonNode parseTree(byte[] json) {
        try (JsonParser parser = mapper.createParser(json)) {
            JsonNode tree = mapper.readTree(parser);
            if (tree == null) {
                throw new ConfigException(new ConfigError(documentName, "malformed JSON: empty document"));
            }
            if (parser.nextToken() != null) {
                String message = "unexpected data after the top-level value";
                throw new ConfigException(new ConfigError(documentName, malformed(parser.currentTokenLocation(), message)));
            }
            return tree;
        } catch (JsonEOFException e) {
            // Jackson's own text here describes the opening brace through a redacted source description.
            String message = malformed(e.getLocation(), "unexpected end of input");
            throw new ConfigException(new ConfigError(documentName, message));
        } catch (JacksonException e) {
            String message = malformed(e.getLocation(), e.getOriginalMessage());
            throw new ConfigException(new ConfigError(documentName, message));
        } catch (IOException e) {
            // Reading from a byte array does no I/O; only a JacksonException can really occur.
            throw new IllegalStateException(e);
        }
    }

    private static String malformed(JsonLocation location, String detail) {
        if (location == null || location.getLineNr() < 1) {
            return "malformed JSON: " + detail;
        }
        return "malformed JSON at line " + location.getLineNr() + ", column " + location.getColumnNr()
                + ": " + detail;
    }

    private String pathOf(JsonMappingException e) {
        String path = "";
        for (JsonMappingException.Reference ref : e.getPath()) {
            path = ref.getFieldName() != null
                    ? JsonPath.member(path, ref.getFieldName())
                    : JsonPath.index(path, ref.getIndex());
        }
        return path.isEmpty() ? documentName : path;
    }

    private static String describe(JsonMappingException e) {
        if (e instanceof TypeMismatchException mismatch) {
            return "expected " + mismatch.expected();
        }
        if (e instanceof InvalidNullException) {
            return "must not be null";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + jsonTypeOf(mismatch.getTargetType());
        }
        return e.getOriginalMessage();
    }

    /** Our scalars all fail through TypeMismatchException, so what is left is a container type. */
    private static String jsonTypeOf(Class<?> type) {
        return Collection.class.isAssignableFrom(type) || type.isArray() ? "array" : "object";
    }
}
