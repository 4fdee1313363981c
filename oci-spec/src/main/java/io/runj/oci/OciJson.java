package io.runj.oci;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads and writes OCI JSON documents. Output matches Go's {@code json.MarshalIndent} byte for
 * byte (runc's format): struct field order, sorted map keys, Go escaping, empty {@code {}} and
 * {@code []}, and no trailing newline. Unknown members follow the known ones in document order.
 */
public final class OciJson {
    /** runc writes config.json with tab indentation. */
    public static final String SPEC_INDENT = "\t";
    /** runc prints state with two-space indentation. */
    public static final String STATE_INDENT = "  ";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            // Unknown members are kept as trees; BigDecimal keeps their numbers as written.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            // null inside an array or map has no meaning in the spec; reject it rather than carry nulls.
            .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
            // Every scalar type of the model is read without Jackson's usual coercions.
            .addModule(StrictScalars.module())
            .build();
    private static final GoStyleEscapes GO_ESCAPES = new GoStyleEscapes();

    private OciJson() {}

    /** {@code config.json} exactly as runc writes it. */
    public static String writeSpec(Spec spec) {
        return write(spec, SPEC_INDENT);
    }

    /** State exactly as {@code runc state} prints it. */
    public static String writeState(State state) {
        return write(state, STATE_INDENT);
    }

    /** Any model object (a whole document or a part such as a {@link Process}) with the given indent. */
    public static String write(Object value, String indent) {
        try {
            return MAPPER.writer(prettyPrinter(indent)).with(GO_ESCAPES).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // The model only holds JSON-representable values, so this is a bug, not bad input.
            throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }

    /** Compact, as Go's json.Marshal writes it (runc's {@code list --format json}). */
    public static String writeCompact(Object value) {
        try {
            return MAPPER.writer().with(GO_ESCAPES).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }

    /**
     * Parses a document into a model type. {@code documentName} (e.g. "config.json") prefixes
     * errors that concern the whole document rather than a member.
     *
     * @throws ConfigException with one {@link ConfigError} naming the JSON path of the problem
     */
    public static <T> T read(byte[] json, Class<T> type, String documentName) {
        return new DocumentReader(MAPPER, documentName).read(json, type);
    }

    private static DefaultPrettyPrinter prettyPrinter(String indent) {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter(indent, "\n");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}
