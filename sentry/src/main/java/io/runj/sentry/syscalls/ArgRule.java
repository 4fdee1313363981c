package io.runj.sentry.syscalls;

import io.runj.platform.SeccompFilter;

/**
 * An argument-level rule, compiled into the BPF filter: "if argument {@code arg} passes
 * {@code test} against {@code value}, the call gets {@code outcome}". Rules only look at values
 * in registers, so the filter decides them with no trap and no race; {@link #matches} makes the
 * same decision in Java for --strace, where the filter traps everything.
 */
public record ArgRule(int arg, SeccompFilter.Test test, int value, Outcome outcome, String text) {

    SeccompFilter.ArgCheck check() {
        return new SeccompFilter.ArgCheck(arg, test, value, outcome.seccompAction());
    }

    boolean matches(long[] args) {
        return check().matches(args[arg]);
    }
}
