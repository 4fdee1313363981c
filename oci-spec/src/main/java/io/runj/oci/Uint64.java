package io.runj.oci;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Long holding a Go uint64. The value keeps the same 64 bits, so numbers above
 * Long.MAX_VALUE (such as RLIM_INFINITY) read as negative longs: compare with
 * {@link Long#compareUnsigned}. They are written back unsigned.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
@JacksonAnnotationsInside
@JsonDeserialize(using = StrictScalars.Uint64.class)
@JsonSerialize(using = StrictScalars.Uint64Serializer.class)
@interface Uint64 {}
