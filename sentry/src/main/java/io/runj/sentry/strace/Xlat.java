package io.runj.sentry.strace;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of named constants with strace's two ways of printing a number through it: as one value
 * (printxval) or as a set of flags (printflags). Entries keep their declaration order, which is
 * the order strace prints flags in.
 */
final class Xlat {

    private final String unknown;
    private final List<Long> values = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    /** @param unknown the comment strace adds to a value it cannot name, e.g. "PROT_???" */
    Xlat(String unknown) {
        this.unknown = unknown;
    }

    Xlat add(long value, String name) {
        values.add(value);
        names.add(name);
        return this;
    }

    /** The name of exactly this value, or null. */
    String lookup(long value) {
        int i = values.indexOf(value);
        return i < 0 ? null : names.get(i);
    }

    /** printxval: the name, or {@code 0x63 /* PROT_??? *}{@code /} when there is none. */
    String value(long value) {
        String name = lookup(value);
        return name != null ? name : unknown(value);
    }

    /** The raw hex form with the "unknown" comment. */
    String unknown(long value) {
        return StraceText.hex(value) + " /* " + unknown + " */";
    }

    /**
     * printflags: the names of the set flags joined by "|", the leftover bits in hex after them;
     * zero prints as its name if the table has one, else "0"; a value with no known bit prints as
     * hex with the "unknown" comment.
     */
    String flags(long value) {
        String joined = flagsOrNull(value);
        if (joined != null) {
            return joined;
        }
        return value == 0 ? "0" : unknown(value);
    }

    /**
     * The names of the set flags plus leftover bits, or null when no entry matches (so callers can
     * fall back to their own form, as strace's sprintflags does).
     */
    String flagsOrNull(long value) {
        if (value == 0) {
            return lookup(0);
        }
        StringBuilder out = new StringBuilder();
        long rest = value;
        for (int i = 0; i < values.size() && rest != 0; i++) {
            long v = values.get(i);
            if (v != 0 && (rest & v) == v) {
                if (out.length() > 0) {
                    out.append('|');
                }
                out.append(names.get(i));
                rest &= ~v;
            }
        }
        if (out.length() == 0) {
            return null;
        }
        if (rest != 0) {
            out.append('|').append(StraceText.hex(rest));
        }
        return out.toString();
    }
}
