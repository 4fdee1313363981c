package io.runj.oci;

import java.util.List;

/** hooks.*[]: absolute paths and positive timeouts, as the runtime spec requires. */
final class HookRules {
    private HookRules() {}

    static void check(Spec spec, Errors errors) {
        Hooks hooks = spec.getHooks();
        if (hooks == null) {
            return;
        }
        checkEvent("prestart", hooks.getPrestart(), errors);
        checkEvent("createRuntime", hooks.getCreateRuntime(), errors);
        checkEvent("createContainer", hooks.getCreateContainer(), errors);
        checkEvent("startContainer", hooks.getStartContainer(), errors);
        checkEvent("poststart", hooks.getPoststart(), errors);
        checkEvent("poststop", hooks.getPoststop(), errors);
    }

    private static void checkEvent(String event, List<Hook> hooks, Errors errors) {
        List<Hook> entries = Rules.orEmpty(hooks);
        for (int i = 0; i < entries.size(); i++) {
            Hook hook = entries.get(i);
            String path = JsonPath.index("hooks." + event, i);
            Rules.checkAbsolute(path + ".path", hook.getPath(), errors);
            if (hook.getTimeout() != null && hook.getTimeout() <= 0) {
                errors.add(path + ".timeout", "must be positive");
            }
            EnvRules.check(path + ".env", hook.getEnv(), errors);
        }
    }
}
