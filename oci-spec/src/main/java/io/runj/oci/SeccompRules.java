package io.runj.oci;

import java.util.List;
import java.util.Set;

/** linux.seccomp: names libseccomp knows, the runtime spec's errno rule, and runc's notify rules. */
final class SeccompRules {
    private static final String PATH = "linux.seccomp";
    private static final String NOTIFY = "SCMP_ACT_NOTIFY";
    private static final Set<String> ACTIONS = Set.of(
            "SCMP_ACT_KILL", "SCMP_ACT_KILL_PROCESS", "SCMP_ACT_KILL_THREAD", "SCMP_ACT_TRAP",
            "SCMP_ACT_ERRNO", "SCMP_ACT_TRACE", "SCMP_ACT_ALLOW", "SCMP_ACT_LOG", NOTIFY);
    private static final Set<String> ERRNO_ACTIONS = Set.of("SCMP_ACT_ERRNO", "SCMP_ACT_TRACE");
    private static final Set<String> ARCHITECTURES = Set.of(
            "SCMP_ARCH_X86", "SCMP_ARCH_X86_64", "SCMP_ARCH_X32", "SCMP_ARCH_ARM", "SCMP_ARCH_AARCH64",
            "SCMP_ARCH_MIPS", "SCMP_ARCH_MIPS64", "SCMP_ARCH_MIPS64N32", "SCMP_ARCH_MIPSEL",
            "SCMP_ARCH_MIPSEL64", "SCMP_ARCH_MIPSEL64N32", "SCMP_ARCH_PPC", "SCMP_ARCH_PPC64",
            "SCMP_ARCH_PPC64LE", "SCMP_ARCH_S390", "SCMP_ARCH_S390X", "SCMP_ARCH_PARISC",
            "SCMP_ARCH_PARISC64", "SCMP_ARCH_RISCV64");
    private static final Set<String> FLAGS = Set.of(
            "SECCOMP_FILTER_FLAG_TSYNC", "SECCOMP_FILTER_FLAG_LOG", "SECCOMP_FILTER_FLAG_SPEC_ALLOW",
            "SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV");
    private static final Set<String> OPERATORS = Set.of(
            "SCMP_CMP_NE", "SCMP_CMP_LT", "SCMP_CMP_LE", "SCMP_CMP_EQ", "SCMP_CMP_GE", "SCMP_CMP_GT",
            "SCMP_CMP_MASKED_EQ");
    private static final long MAX_ARG_INDEX = 5;

    private SeccompRules() {}

    static void check(Spec spec, Errors errors) {
        Seccomp seccomp = spec.getLinux() == null ? null : spec.getLinux().getSeccomp();
        if (seccomp == null) {
            return;
        }
        String defaultAction = seccomp.getDefaultAction();
        if (checkAction(PATH + ".defaultAction", defaultAction, errors)) {
            if (NOTIFY.equals(defaultAction)) {
                // Every syscall would wait for the agent, including the ones needed to reach it.
                errors.add(PATH + ".defaultAction", "SCMP_ACT_NOTIFY cannot be the default action");
            }
            checkErrno(PATH + ".defaultErrnoRet", seccomp.getDefaultErrnoRet(), defaultAction, errors);
        }
        checkNames(PATH + ".architectures", seccomp.getArchitectures(), ARCHITECTURES, "architecture", errors);
        checkNames(PATH + ".flags", seccomp.getFlags(), FLAGS, "flag", errors);
        if (!Rules.isEmpty(seccomp.getListenerMetadata()) && Rules.isEmpty(seccomp.getListenerPath())) {
            errors.add(PATH + ".listenerMetadata", "requires listenerPath");
        }
        List<Syscall> syscalls = Rules.orEmpty(seccomp.getSyscalls());
        boolean notifies = NOTIFY.equals(defaultAction);
        for (int i = 0; i < syscalls.size(); i++) {
            checkSyscall(JsonPath.index(PATH + ".syscalls", i), syscalls.get(i), errors);
            notifies |= NOTIFY.equals(syscalls.get(i).getAction());
        }
        if (notifies && Rules.isEmpty(seccomp.getListenerPath())) {
            errors.add(PATH + ".listenerPath", "required by SCMP_ACT_NOTIFY");
        }
    }

    private static void checkSyscall(String path, Syscall syscall, Errors errors) {
        List<String> names = Rules.orEmpty(syscall.getNames());
        if (names.isEmpty()) {
            errors.add(path + ".names", "must not be empty");
        }
        String action = syscall.getAction();
        if (checkAction(path + ".action", action, errors)) {
            checkErrno(path + ".errnoRet", syscall.getErrnoRet(), action, errors);
            // The agent may write to the container's stdio; a notified write could deadlock with it.
            if (NOTIFY.equals(action) && names.contains("write")) {
                String write = JsonPath.index(path + ".names", names.indexOf("write"));
                errors.add(write, "SCMP_ACT_NOTIFY cannot be used for write");
            }
        }
        List<SeccompArg> args = Rules.orEmpty(syscall.getArgs());
        for (int i = 0; i < args.size(); i++) {
            String argPath = JsonPath.index(path + ".args", i);
            Long index = args.get(i).getIndex();
            if (index != null && Long.compareUnsigned(index, MAX_ARG_INDEX) > 0) {
                errors.add(argPath + ".index", "must be between 0 and 5");
            }
            String op = args.get(i).getOp();
            if (Rules.isEmpty(op)) {
                errors.add(argPath + ".op", "missing");
            } else if (!OPERATORS.contains(op)) {
                errors.add(argPath + ".op", "unknown operator " + op);
            }
        }
    }

    /** Reports a missing or unknown action; returns whether the action is known. */
    private static boolean checkAction(String path, String action, Errors errors) {
        if (Rules.isEmpty(action)) {
            errors.add(path, "missing");
            return false;
        }
        if (!ACTIONS.contains(action)) {
            errors.add(path, "unknown action " + action);
            return false;
        }
        return true;
    }

    /** The runtime spec: an errno for an action that returns none MUST be an error. */
    private static void checkErrno(String path, Long errno, String action, Errors errors) {
        if (errno != null && !ERRNO_ACTIONS.contains(action)) {
            errors.add(path, "only valid with SCMP_ACT_ERRNO or SCMP_ACT_TRACE");
        }
    }

    private static void checkNames(String path, List<String> names, Set<String> known, String kind, Errors errors) {
        List<String> entries = Rules.orEmpty(names);
        for (int i = 0; i < entries.size(); i++) {
            if (!known.contains(entries.get(i))) {
                errors.add(JsonPath.index(path, i), "unknown " + kind + " " + entries.get(i));
            }
        }
    }
}
