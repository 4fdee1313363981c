package io.runj.oci;

import java.util.List;
import org.junit.jupiter.api.Test;

class HookValidationTest extends ValidationTest {
    private static Hook hook(String path) {
        return new Hook().setPath(path);
    }

    @Test
    void hookPathIsRequired() {
        spec.setHooks(new Hooks().setCreateRuntime(List.of(new Hook())));
        assertErrors("hooks.createRuntime[0].path: missing");
    }

    @Test
    void hookPathMustBeAbsolute() {
        spec.setHooks(new Hooks().setPrestart(List.of(hook("bin/hook"))));
        assertErrors("hooks.prestart[0].path: must be absolute");
    }

    @Test
    void everyHookEventIsChecked() {
        spec.setHooks(new Hooks()
                .setPrestart(List.of(hook("a")))
                .setCreateRuntime(List.of(hook("a")))
                .setCreateContainer(List.of(hook("a")))
                .setStartContainer(List.of(hook("a")))
                .setPoststart(List.of(hook("/ok"), hook("a")))
                .setPoststop(List.of(hook("a"))));
        assertErrors(
                "hooks.prestart[0].path: must be absolute",
                "hooks.createRuntime[0].path: must be absolute",
                "hooks.createContainer[0].path: must be absolute",
                "hooks.startContainer[0].path: must be absolute",
                "hooks.poststart[1].path: must be absolute",
                "hooks.poststop[0].path: must be absolute");
    }

    @Test
    void hookTimeoutMustBePositive() {
        spec.setHooks(new Hooks().setPoststart(List.of(hook("/bin/hook").setTimeout(0))));
        assertErrors("hooks.poststart[0].timeout: must be positive");
    }

    @Test
    void hookEnvEntriesMustBeKeyValue() {
        spec.setHooks(new Hooks().setPoststop(List.of(hook("/bin/hook").setEnv(List.of("A=1", "B")))));
        assertErrors("hooks.poststop[0].env[1]: must be KEY=VALUE");
    }

    @Test
    void validHookIsAccepted() {
        spec.setHooks(new Hooks().setCreateRuntime(List.of(
                hook("/usr/bin/hook").setArgs(List.of("hook", "create")).setEnv(List.of("A=1")).setTimeout(5))));
        assertValid();
    }
}
