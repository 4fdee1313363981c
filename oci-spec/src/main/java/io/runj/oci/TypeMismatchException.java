package io.runj.oci;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON value of the wrong type or range; names the type in spec terms (boolean, uint32, ...). */
final class TypeMismatchException extends MismatchedInputException {
    private static final long serialVersionUID = 1L;

    private final String expected;

    TypeMismatchException(JsonParser parser, String expected, Class<?> targetType) {
        super(parser, "expected " + expected, targetType);
        this.expected = expected;
    }

    String expected() {
        return expected;
    }
}
