package io.runj.oci;

import java.nio.file.Path;
import java.util.List;

/**
 * Checks a spec before anything runs, so a bad config fails with every problem named by its JSON
 * path instead of failing half-way through container setup. Rules come from the runtime spec, from
 * runc (so runj refuses what runc refuses) and from kernel limits; host-dependent checks (whether
 * a cgroup controller or SELinux is available) are left to the code that uses the setting.
 */
public final class SpecValidator {
    private SpecValidator() {}

    /**
     * All problems found, in document order of the areas checked; empty if the spec is valid.
     *
     * @param bundleDir the bundle directory, against which a relative root.path is resolved
     */
    public static List<ConfigError> validate(Spec spec, Path bundleDir) {
        Errors errors = new Errors();
        VersionRules.check(spec, errors);
        ProcessRules.check(spec, errors);
        RootRules.check(spec, bundleDir, errors);
        NamespaceRules.check(spec, errors);
        MountRules.check(spec, errors);
        HookRules.check(spec, errors);
        AnnotationRules.check(spec, errors);
        IdMappingRules.check(spec, errors);
        SysctlRules.check(spec, errors);
        ResourceRules.check(spec, errors);
        SeccompRules.check(spec, errors);
        LinuxRules.check(spec, errors);
        return errors.list();
    }

    /**
     * Like {@link #validate} but throws.
     *
     * @throws ConfigException carrying every error found
     */
    public static void validateOrThrow(Spec spec, Path bundleDir) {
        List<ConfigError> errors = validate(spec, bundleDir);
        if (!errors.isEmpty()) {
            throw new ConfigException(errors);
        }
    }
}
