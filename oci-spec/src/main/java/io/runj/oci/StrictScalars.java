package io.runj.oci;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigInteger;

/**
 * Scalar deserializers that accept exactly what Go's encoding/json accepts for the Go type of a
 * field: no coercion between strings, numbers and booleans, and integers must fit the Go type.
 * runc rejects such configs, so runj must too, and with the JSON path of the offending value.
 */
final class StrictScalars {
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private StrictScalars() {}

    /** Defaults for unannotated fields: Boolean, String, Long as int64 and Integer as Go int. */
    static SimpleModule module() {
        SimpleModule module = new SimpleModule("runj-strict-scalars");
        module.addDeserializer(Boolean.class, new BooleanDeserializer());
        module.addDeserializer(String.class, new StringDeserializer());
        module.addDeserializer(Long.class, new Int64());
        module.addDeserializer(Integer.class, new Int());
        return module;
    }

    public static final class BooleanDeserializer extends StdScalarDeserializer<Boolean> {
        public BooleanDeserializer() {
            super(Boolean.class);
        }

        @Override
        public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                return token == JsonToken.VALUE_TRUE;
            }
            throw new TypeMismatchException(p, "boolean", Boolean.class);
        }
    }

    public static final class StringDeserializer extends StdScalarDeserializer<String> {
        public StringDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return p.getText();
            }
            throw new TypeMismatchException(p, "string", String.class);
        }
    }

    /** An integer JSON number within [min, max], converted to the Java field type. */
    abstract static class Ranged<T extends Number> extends StdScalarDeserializer<T> {
        private final String goType;
        private final BigInteger min;
        private final BigInteger max;

        Ranged(Class<T> type, String goType, BigInteger min, BigInteger max) {
            super(type);
            this.goType = goType;
            this.min = min;
            this.max = max;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                BigInteger value = p.getBigIntegerValue();
                if (value.compareTo(min) >= 0 && value.compareTo(max) <= 0) {
                    return convert(value);
                }
            }
            throw new TypeMismatchException(p, goType, handledType());
        }

        abstract T convert(BigInteger value);
    }

    public static final class Int64 extends Ranged<Long> {
        public Int64() {
            super(Long.class, "int64", BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE));
        }

        @Override
        Long convert(BigInteger value) {
            return value.longValue();
        }
    }

    /** Stored in a Java long with the same 64 bits, so values above Long.MAX_VALUE read as negative. */
    public static final class Uint64 extends Ranged<Long> {
        public Uint64() {
            super(Long.class, "uint64", BigInteger.ZERO, UINT64_MAX);
        }

        @Override
        Long convert(BigInteger value) {
            return value.longValue();
        }
    }

    public static final class Uint32 extends Ranged<Long> {
        public Uint32() {
            super(Long.class, "uint32", BigInteger.ZERO, BigInteger.valueOf(0xFFFF_FFFFL));
        }

        @Override
        Long convert(BigInteger value) {
            return value.longValue();
        }
    }

    public static final class Uint16 extends Ranged<Integer> {
        public Uint16() {
            super(Integer.class, "uint16", BigInteger.ZERO, BigInteger.valueOf(0xFFFF));
        }

        @Override
        Integer convert(BigInteger value) {
            return value.intValue();
        }
    }

    /** Go's int is 64-bit, but every int field in the spec (timeouts, oom_score_adj, pids) fits 32 bits. */
    public static final class Int extends Ranged<Integer> {
        public Int() {
            super(Integer.class, "int",
                    BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MAX_VALUE));
        }

        @Override
        Integer convert(BigInteger value) {
            return value.intValue();
        }
    }

    /** Writes the 64 bits of a long as an unsigned decimal number, undoing {@link Uint64}. */
    public static final class Uint64Serializer extends StdSerializer<Long> {
        public Uint64Serializer() {
            super(Long.class);
        }

        @Override
        public void serialize(Long value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(new BigInteger(Long.toUnsignedString(value)));
        }
    }
}
