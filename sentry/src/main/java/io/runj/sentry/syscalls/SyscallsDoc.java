package io.runj.sentry.syscalls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import io.runj.platform.Errno;

/**
 * Writes docs/syscalls.md from the syscall table. Run as a main class (with the path of the file
 * to write, or to standard output); SyscallsDocTest fails when the committed file differs.
 */
public final class SyscallsDoc {
    static final String REGENERATE = "java -cp runtime-cli/target/runj.jar io.runj.sentry.syscalls.SyscallsDoc docs/syscalls.md";

    private SyscallsDoc() {
    }

    public static void main(String[] args) throws IOException {
        String text = render();
        if (args.length == 0) {
            System.out.print(text);
        } else {
            Files.writeString(Path.of(args[0]), text, StandardCharsets.UTF_8);
        }
    }

    public static String render() {
        StringBuilder b = new StringBuilder();
        b.append("<!-- GENERATED from io.runj.sentry.syscalls.SyscallDispositions: do not edit.\n")
                .append("     After changing the table, build and regenerate (from the repository root):\n")
                .append("       mvn -B -q -o -DskipTests package && ").append(REGENERATE).append("\n")
                .append("     SyscallsDocTest fails while this file is stale. -->\n\n");
        b.append("# x86-64 syscalls in runj\n\n");
        b.append("Every syscall the x86-64 kernel assigns, with what the guest's seccomp filter does with it\n")
                .append("and, for trapped calls, what the sentry does today. The filter is generated from the same\n")
                .append("table, and so is the sentry's dispatch.\n\n");
        b.append("- **PASSTHROUGH**: `SECCOMP_RET_ALLOW`, the host kernel runs it untrapped.\n")
                .append("- **EMULATE**: `SECCOMP_RET_TRACE`, the guest stops and the sentry decides. *Today* says\n")
                .append("  what it really does: `emulated` (the sentry answers), `checked, then run by the host`\n")
                .append("  (arguments checked, refusals answered by the sentry, the rest run by the host kernel),\n")
                .append("  `run by the host (emulation to come)` (trapped, then run unchanged inside the guest's\n")
                .append("  chroot: the VFS is not there yet) or `refused until emulated`.\n")
                .append("- **DENY**: `SECCOMP_RET_ERRNO`, the call fails with the errno shown.\n")
                .append("- *Rules* are tried in order, in the filter itself, on the low 32 bits of an argument in a\n")
                .append("  register; the first that matches decides, else the disposition applies.\n")
                .append("- Numbers x86-64 does not assign (335-423, and past ").append(io.runj.platform.syscall.SyscallTable.MAX_NUMBER)
                .append(") fail with ENOSYS. Any other ABI (i386 `int 0x80`, x32 numbers) kills the process\n")
                .append("  with SIGSYS.\n")
                .append("- With `runj --strace` the filter traps every call so that each can be printed; the sentry\n")
                .append("  then applies this table itself, with the same results.\n\n");
        Map<Disposition, Long> counts = new EnumMap<>(Disposition.class);
        for (SyscallEntry e : SyscallDispositions.all()) {
            counts.merge(e.base().disposition(), 1L, Long::sum);
        }
        b.append(SyscallDispositions.all().size()).append(" syscalls: ")
                .append(counts.entrySet().stream().map(en -> en.getValue() + " " + en.getKey())
                        .collect(Collectors.joining(", ")))
                .append(" (by disposition when no rule matches).\n\n");
        b.append("| nr | name | disposition | rules | today | note |\n");
        b.append("|---:|---|---|---|---|---|\n");
        for (SyscallEntry e : SyscallDispositions.all()) {
            b.append("| ").append(e.number())
                    .append(" | ").append(e.name())
                    .append(" | ").append(outcome(e.base()))
                    .append(" | ").append(e.rules().stream().map(ArgRule::text).collect(Collectors.joining("; ")))
                    .append(" | ").append(e.handling() == null ? "" : e.handling().text())
                    .append(" | ").append(e.note().replace("|", "\\|"))
                    .append(" |\n");
        }
        return b.toString();
    }

    private static String outcome(Outcome o) {
        return o.disposition() == Disposition.DENY ? "DENY " + Errno.name(o.errno()) : o.disposition().name();
    }
}
