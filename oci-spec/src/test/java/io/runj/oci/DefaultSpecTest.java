package io.runj.oci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultSpecTest {
    @TempDir
    Path bundle;

    /** runc's output with the one intended difference: the hostname. */
    private static String runcWithRunjHostname(String fixture) {
        String runc = Fixtures.runc(fixture);
        String runj = runc.replace("\"hostname\": \"runc\"", "\"hostname\": \"runj\"");
        assertEquals(runc.length(), runj.length(), "fixture has exactly the runc hostname to replace");
        return runj;
    }

    @Test
    void defaultSpecIsRuncSpecWithRunjHostname() {
        assertEquals(runcWithRunjHostname("config.json"), Specs.toJson(Specs.defaultSpec(false)));
    }

    @Test
    void rootlessSpecIsRuncSpecRootless() {
        // The fixture was made as root, so runc mapped container root to host ID 0.
        Spec rootless = Specs.toRootless(Specs.defaultSpec(false), 0, 0);

        assertEquals(runcWithRunjHostname("config-rootless.json"), Specs.toJson(rootless));
    }

    @Test
    void rootlessSpecMapsContainerRootToTheCurrentUser() throws IOException {
        // A new file is owned by this process's effective IDs, which is what runc maps root to.
        Path probe = Files.createFile(bundle.resolve("probe"));
        long uid = ((Number) Files.getAttribute(probe, "unix:uid")).longValue();
        long gid = ((Number) Files.getAttribute(probe, "unix:gid")).longValue();

        Linux linux = Specs.defaultSpec(true).getLinux();

        assertEquals(uid, linux.getUidMappings().get(0).getHostId());
        assertEquals(gid, linux.getGidMappings().get(0).getHostId());
    }

    @Test
    void rootlessConversionOfASpecWithoutLinuxOrMounts() {
        Spec spec = Specs.toRootless(new Spec().setOciVersion("1.2.0"), 1000, 1001);

        assertEquals(List.of("user"), spec.getLinux().getNamespaces().stream().map(Namespace::getType).toList());
        assertEquals(1000L, spec.getLinux().getUidMappings().get(0).getHostId());
        assertEquals(1001L, spec.getLinux().getGidMappings().get(0).getHostId());
        assertEquals(null, spec.getMounts());
    }

    @Test
    void writeDefaultWritesRuncFormat() throws IOException {
        Specs.writeDefault(bundle, false);

        assertEquals(Specs.toJson(Specs.defaultSpec(false)), Files.readString(bundle.resolve("config.json")));
    }

    @Test
    void writeDefaultRootless() throws IOException {
        Specs.writeDefault(bundle, true);

        assertEquals(Specs.toJson(Specs.defaultSpec(true)), Files.readString(bundle.resolve("config.json")));
    }

    @Test
    void writeDefaultRefusesToOverwrite() throws IOException {
        Files.writeString(bundle.resolve("config.json"), "mine");

        ConfigExistsException e = assertThrows(ConfigExistsException.class, () -> Specs.writeDefault(bundle, false));

        assertEquals("File config.json exists. Remove it first", e.getMessage());
        assertEquals(bundle.resolve("config.json").toString(), e.getFile());
        assertEquals("mine", Files.readString(bundle.resolve("config.json")));
    }

    @Test
    void writeDefaultTreatsADanglingSymlinkAsExisting() throws IOException {
        Files.createSymbolicLink(bundle.resolve("config.json"), bundle.resolve("elsewhere.json"));

        assertThrows(FileAlreadyExistsException.class, () -> Specs.writeDefault(bundle, false));
        assertEquals(false, Files.exists(bundle.resolve("elsewhere.json")));
    }

    @Test
    void writeDefaultLeavesNoTemporaryFiles() throws IOException {
        Specs.writeDefault(bundle, false);

        try (Stream<Path> files = Files.list(bundle)) {
            assertEquals(List.of(bundle.resolve("config.json")), files.toList());
        }
    }

    @Test
    void writeDefaultNeedsAnExistingBundle() {
        Path missing = bundle.resolve("missing");

        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> Specs.writeDefault(missing, false));

        assertEquals(missing + ": bundle directory does not exist", e.getMessage());
    }

    @Test
    void defaultSpecsAreIndependentAndEditable() {
        Spec first = Specs.defaultSpec(false);
        first.getProcess().getArgs().add("-c");
        first.getMounts().remove(0);

        Spec second = Specs.defaultSpec(false);

        assertEquals(List.of("sh"), second.getProcess().getArgs());
        assertEquals(7, second.getMounts().size());
    }
}
