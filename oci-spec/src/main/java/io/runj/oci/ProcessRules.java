package io.runj.oci;

/** The container process: what runc checks before it starts one, plus the ranges the kernel enforces. */
final class ProcessRules {
    private static final long MAX_UMASK = 0777;
    private static final int MIN_OOM_SCORE_ADJ = -1000;
    private static final int MAX_OOM_SCORE_ADJ = 1000;

    private ProcessRules() {}

    static void check(Spec spec, Errors errors) {
        Process process = spec.getProcess();
        if (process == null) {
            errors.add("process", "missing");
            return;
        }
        if (Rules.orEmpty(process.getArgs()).isEmpty()) {
            errors.add("process.args", "must not be empty");
        }
        Rules.checkAbsolute("process.cwd", process.getCwd(), errors);
        EnvRules.check("process.env", process.getEnv(), errors);
        if (process.getConsoleSize() != null && !Boolean.TRUE.equals(process.getTerminal())) {
            errors.add("process.consoleSize", "requires process.terminal");
        }
        User user = process.getUser();
        if (user != null && user.getUmask() != null && user.getUmask() > MAX_UMASK) {
            errors.add("process.user.umask", "must be at most 0777 (511)");
        }
        Integer oomScoreAdj = process.getOomScoreAdj();
        if (oomScoreAdj != null && (oomScoreAdj < MIN_OOM_SCORE_ADJ || oomScoreAdj > MAX_OOM_SCORE_ADJ)) {
            errors.add("process.oomScoreAdj", "must be between -1000 and 1000");
        }
        RlimitRules.check(process, errors);
        CapabilityRules.check(process, errors);
    }
}
