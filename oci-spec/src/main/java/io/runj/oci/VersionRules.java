package io.runj.oci;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ociVersion must be a semantic version of a spec release runj implements. */
final class VersionRules {
    private static final Pattern SEMVER =
            Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");
    private static final Set<String> SUPPORTED_MINORS = Set.of("0", "1", "2");

    private VersionRules() {}

    static void check(Spec spec, Errors errors) {
        String version = spec.getOciVersion();
        if (Rules.isEmpty(version)) {
            errors.add("ociVersion", "missing");
            return;
        }
        Matcher semver = SEMVER.matcher(version);
        if (!semver.matches()) {
            errors.add("ociVersion", "malformed version " + version + " (want MAJOR.MINOR.PATCH)");
        } else if (!semver.group(1).equals("1") || !SUPPORTED_MINORS.contains(semver.group(2))) {
            errors.add("ociVersion", "unsupported version " + version + " (runj supports 1.0.x to 1.2.x)");
        }
    }
}
