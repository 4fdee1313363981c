package io.runj.oci;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Terminal size in characters ({@code process.consoleSize}, Go's {@code Box}). */
@JsonPropertyOrder({"height", "width"})
public final class ConsoleSize extends Extensible {
    @Uint64
    private Long height;
    @Uint64
    private Long width;

    /** Rows. */
    public Long getHeight() {
        return height;
    }

    public ConsoleSize setHeight(Long height) {
        this.height = height;
        return this;
    }

    /** Columns. */
    public Long getWidth() {
        return width;
    }

    public ConsoleSize setWidth(Long width) {
        this.width = width;
        return this;
    }
}
