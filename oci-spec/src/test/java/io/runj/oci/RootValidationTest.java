package io.runj.oci;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class RootValidationTest extends ValidationTest {
    @Test
    void rootIsRequired() {
        spec.setRoot(null);
        assertErrors("root: missing");
    }

    @Test
    void rootPathIsRequired() {
        spec.getRoot().setPath(null);
        assertErrors("root.path: missing");
    }

    @Test
    void relativeRootPathIsResolvedAgainstTheBundle() {
        spec.getRoot().setPath("missing-rootfs");
        assertErrors("root.path: " + bundle.resolve("missing-rootfs").toAbsolutePath() + " does not exist");
    }

    @Test
    void absoluteRootPathMustExist() {
        spec.getRoot().setPath("/nonexistent/runj/rootfs");
        assertErrors("root.path: /nonexistent/runj/rootfs does not exist");
    }

    @Test
    void absoluteRootPathIsAccepted() {
        spec.getRoot().setPath(bundle.resolve("rootfs").toAbsolutePath().toString());
        assertValid();
    }

    @Test
    void rootPathMustBeADirectory() throws IOException {
        Files.writeString(bundle.resolve("file"), "x");
        spec.getRoot().setPath("file");
        assertErrors("root.path: " + bundle.resolve("file").toAbsolutePath() + " is not a directory");
    }

    @Test
    void rootPathMustBeAValidPath() {
        spec.getRoot().setPath("root\0fs");
        assertErrors("root.path: invalid path: Nul character not allowed");
    }
}
