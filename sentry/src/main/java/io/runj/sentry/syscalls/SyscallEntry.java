package io.runj.sentry.syscalls;

import java.util.List;
import java.util.Objects;

import io.runj.platform.SeccompFilter;
import io.runj.platform.syscall.SyscallInfo;

/**
 * One row of the syscall table: the disposition of a syscall ({@code base}), argument rules tried
 * before it, and for trapped calls what the sentry does with them today and the check it runs.
 *
 * @param handling what the sentry does when the call traps; null if no outcome traps
 * @param check    the sentry's decision on a trapped call; null means let the host kernel run it
 */
public record SyscallEntry(SyscallInfo info, Outcome base, List<ArgRule> rules, Handling handling,
        SyscallCheck check, String note) {

    public SyscallEntry {
        Objects.requireNonNull(info);
        Objects.requireNonNull(base);
        rules = List.copyOf(rules);
        note = note == null ? "" : note;
        if (traps(base, rules) != (handling != null)) {
            throw new IllegalArgumentException(info.name() + ": a handling is given exactly when some outcome traps");
        }
        if (check != null && handling == Handling.HOST) {
            throw new IllegalArgumentException(info.name() + ": a HOST entry runs no check");
        }
    }

    private static boolean traps(Outcome base, List<ArgRule> rules) {
        return base.disposition() == Disposition.EMULATE
                || rules.stream().anyMatch(r -> r.outcome().disposition() == Disposition.EMULATE);
    }

    public int number() {
        return info.number();
    }

    public String name() {
        return info.name();
    }

    /** The SECCOMP_RET_* value when no rule matches. */
    public int seccompAction() {
        return base.seccompAction();
    }

    /** The rules as the filter's argument checks, in order. */
    public List<SeccompFilter.ArgCheck> argChecks() {
        return rules.stream().map(ArgRule::check).toList();
    }

    /** The outcome for these arguments: the first rule that matches, else the base, as the filter decides. */
    public Outcome decide(long[] args) {
        for (int i = 0; i < rules.size(); i++) {
            ArgRule r = rules.get(i);
            if (r.matches(args)) {
                return r.outcome();
            }
        }
        return base;
    }
}
