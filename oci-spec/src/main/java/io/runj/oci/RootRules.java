package io.runj.oci;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** root.path must name an existing directory; a relative path is relative to the bundle. */
final class RootRules {
    private RootRules() {}

    static void check(Spec spec, Path bundleDir, Errors errors) {
        Root root = spec.getRoot();
        if (root == null) {
            errors.add("root", "missing");
            return;
        }
        if (Rules.isEmpty(root.getPath())) {
            errors.add("root.path", "missing");
            return;
        }
        Path path;
        try {
            path = bundleDir.resolve(root.getPath()).toAbsolutePath();
        } catch (InvalidPathException e) {
            errors.add("root.path", "invalid path: " + e.getReason());
            return;
        }
        if (!Files.exists(path)) {
            errors.add("root.path", path + " does not exist");
        } else if (!Files.isDirectory(path)) {
            errors.add("root.path", path + " is not a directory");
        }
    }
}
