package io.runj.sentry.strace;

/** strace's number formats and its string quoting (util.c string_quote), byte for byte. */
final class StraceText {

    /** strace's default -s: strings and buffers print at most this many bytes. */
    static final int MAX_STRLEN = 32;

    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();

    private StraceText() {
    }

    /** C's %#lx: "0" for zero, else 0x-prefixed lower-case hex of the unsigned value. */
    static String hex(long value) {
        return value == 0 ? "0" : "0x" + Long.toHexString(value);
    }

    /** strace's printaddr: NULL for zero, else hex. */
    static String addr(long value) {
        return value == 0 ? "NULL" : "0x" + Long.toHexString(value);
    }

    /** C's %#03o, how strace prints permission bits: 0644, 000, 04755. */
    static String octal(long value) {
        String digits = Long.toOctalString(value);
        return digits.length() >= 3 && value != 0 ? "0" + digits : "000".substring(digits.length()) + digits;
    }

    /**
     * Quotes {@code size} bytes of {@code bytes} like strace: \t \n \v \f \r \" \\ as such, other
     * non-printables in octal (three digits when an octal digit follows, so the escape stays
     * unambiguous), or every byte as \xNN when {@code forceHex}. A NUL ends the string early when
     * {@code zeroTerminated}.
     *
     * @return the quoted text and whether a NUL ended it
     */
    static Quoted quote(byte[] bytes, int size, boolean zeroTerminated, boolean forceHex) {
        StringBuilder out = new StringBuilder(size + 2).append('"');
        for (int i = 0; i < size; i++) {
            int c = bytes[i] & 0xff;
            if (zeroTerminated && c == 0) {
                return new Quoted(out.append('"').toString(), true);
            }
            if (forceHex) {
                out.append("\\x").append(HEX_DIGITS[c >> 4]).append(HEX_DIGITS[c & 0xf]);
                continue;
            }
            switch (c) {
                case '"', '\\' -> out.append('\\').append((char) c);
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case 0x0b -> out.append("\\v");
                default -> {
                    if (c >= ' ' && c <= '~') {
                        out.append((char) c);
                    } else {
                        boolean octalDigitNext = i + 1 < size && bytes[i + 1] >= '0' && bytes[i + 1] <= '7';
                        out.append('\\');
                        if (octalDigitNext || c >= 0100) {
                            out.append((char) ('0' + (c >> 6)));
                        }
                        if (octalDigitNext || c >= 010) {
                            out.append((char) ('0' + ((c >> 3) & 7)));
                        }
                        out.append((char) ('0' + (c & 7)));
                    }
                }
            }
        }
        boolean endsAtNul = zeroTerminated && size < bytes.length && bytes[size] == 0;
        return new Quoted(out.append('"').toString(), endsAtNul);
    }

    /** A quoted string and whether its NUL terminator was seen (so no "..." is due). */
    record Quoted(String text, boolean terminated) {
    }
}
