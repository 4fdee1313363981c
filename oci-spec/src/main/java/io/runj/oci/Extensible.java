package io.runj.oci;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Base of every JSON object in the model. Members the model does not know (newer spec versions,
 * vendor extensions, other platforms) are kept verbatim so that reading and re-writing a document
 * never loses data. Absent members are {@code null} and are not written.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public abstract class Extensible {
    private final Map<String, JsonNode> unknownFields = new LinkedHashMap<>();

    /** Members this model does not know, in document order; mutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> unknownFields() {
        return unknownFields;
    }

    @JsonAnySetter
    void putUnknownField(String name, JsonNode value) {
        unknownFields.put(name, value);
    }
}
