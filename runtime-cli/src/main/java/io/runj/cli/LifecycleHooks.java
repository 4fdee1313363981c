package io.runj.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import io.runj.oci.AtomicFiles;
import io.runj.oci.Hook;
import io.runj.oci.Hooks;
import io.runj.oci.OciJson;
import io.runj.oci.State;

/**
 * config.json's hooks, run by the CLI command of each lifecycle step, in runc's order: prestart
 * (deprecated, still run) and createRuntime, then createContainer, at create; startContainer at
 * start before the guest's execve, poststart after it; poststop at delete. Each gets the state on
 * stdin, exactly its env and args, and is killed past its timeout. A failing prestart,
 * createRuntime, createContainer or startContainer hook fails the step; a failing poststart or
 * poststop hook is a warning, as the runtime spec says (runc fails and stops the container on a
 * poststart failure).
 *
 * <p>Unlike runc, every hook runs in the host's namespaces: runj's guest is a sandbox whose
 * namespaces hold no host program, so createContainer and startContainer run where createRuntime
 * does, as the CLI's children. The hooks are saved in the container's directory at create, so
 * later steps do not depend on the bundle's config.json. argv[0] is the hook's path (the JDK
 * starts a program under its own name), not {@code args[0]}.
 */
final class LifecycleHooks {
    /** The hook kinds runj runs, in config.json's names. */
    enum Kind {
        PRESTART("prestart", Hooks::getPrestart),
        CREATE_RUNTIME("createRuntime", Hooks::getCreateRuntime),
        CREATE_CONTAINER("createContainer", Hooks::getCreateContainer),
        START_CONTAINER("startContainer", Hooks::getStartContainer),
        POSTSTART("poststart", Hooks::getPoststart),
        POSTSTOP("poststop", Hooks::getPoststop);

        final String configName;
        private final Function<Hooks, List<Hook>> select;

        Kind(String configName, Function<Hooks, List<Hook>> select) {
            this.configName = configName;
            this.select = select;
        }
    }

    private static final String FILE = "hooks.json";

    private LifecycleHooks() {
    }

    /** Keeps the config's hooks in the container's directory, for start and delete. */
    static void save(StateDir dir, Hooks hooks) {
        if (hooks == null) {
            return;
        }
        try {
            AtomicFiles.write(dir.path().resolve(FILE), OciJson.writeCompact(hooks).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CliException("writing " + dir.path().resolve(FILE) + ": " + e.getMessage());
        }
    }

    /** The hooks saved at create, or null when the config had none. */
    static Hooks load(StateDir dir) {
        try {
            return OciJson.read(Files.readAllBytes(dir.path().resolve(FILE)), Hooks.class, FILE);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            throw new CliException("reading " + dir.path().resolve(FILE) + ": " + e.getMessage());
        }
    }

    /** Runs the hooks of {@code kind} in order; the first failure throws, naming the hook. */
    static void run(Hooks hooks, Kind kind, State state) {
        List<Hook> list = hooks == null ? null : kind.select.apply(hooks);
        if (list == null) {
            return;
        }
        String json = OciJson.writeCompact(state);
        for (int i = 0; i < list.size(); i++) {
            try {
                runOne(list.get(i), json);
            } catch (CliException e) {
                throw new CliException("error running " + kind.configName + " hook #" + i + ": " + e.getMessage());
            }
        }
    }

    /** As {@link #run}, a failure being a warning on stderr and in --log (poststart, poststop). */
    static void runWarning(GlobalOptions global, Hooks hooks, Kind kind, State state) {
        try {
            run(hooks, kind, state);
        } catch (CliException e) {
            System.err.println("runj: warning: " + e.getMessage());
            System.err.flush();
            global.logWarning(e.getMessage());
        }
    }

    private static void runOne(Hook hook, String state) {
        List<String> cmd = new ArrayList<>();
        cmd.add(hook.getPath());
        if (hook.getArgs() != null && hook.getArgs().size() > 1) {
            cmd.addAll(hook.getArgs().subList(1, hook.getArgs().size()));
        }
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().clear();
        if (hook.getEnv() != null) {
            for (String e : hook.getEnv()) {
                int eq = e.indexOf('=');
                pb.environment().put(eq < 0 ? e : e.substring(0, eq), eq < 0 ? "" : e.substring(eq + 1));
            }
        }
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("runj-hook", ".out");
            err = Files.createTempFile("runj-hook", ".err");
            Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            try {
                p.getOutputStream().write(state.getBytes(StandardCharsets.UTF_8));
                p.getOutputStream().close();
            } catch (IOException e) {
                // A hook that does not read its stdin is not an error.
            }
            Integer timeout = hook.getTimeout();
            if (timeout == null) {
                p.waitFor();
            } else if (!p.waitFor(timeout, TimeUnit.SECONDS)) {
                // What the hook started goes with it.
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly().waitFor();
                throw new CliException(String.format(Locale.ROOT, "hook ran past specified timeout of %.1fs", timeout.doubleValue()));
            }
            if (p.exitValue() != 0) {
                throw new CliException("exit status " + p.exitValue() + ", stdout: " + Files.readString(out).trim()
                        + ", stderr: " + Files.readString(err).trim());
            }
        } catch (IOException e) {
            throw new CliException(hook.getPath() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(hook.getPath() + ": interrupted");
        } finally {
            delete(out);
            delete(err);
        }
    }

    private static void delete(Path p) {
        if (p != null) {
            new File(p.toString()).delete();
        }
    }
}
