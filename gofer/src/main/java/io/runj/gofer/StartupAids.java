package io.runj.gofer;

import java.util.ArrayList;
import java.util.List;

/**
 * The start-up aids a runj JVM passes on to the JVMs it starts (the sentry, the gofer): bin/runj
 * names them in system properties. Each is on the critical path of create and run.
 * docs/jvm-startup.md has the numbers.
 */
public final class StartupAids {
    private StartupAids() {
    }

    /**
     * JVM flags for a child JVM. {@code classListProperty} names the system property through which
     * the build's training runs (runtime-cli/src/build/startup-archive.sh) ask for that child's
     * loaded classes, so they go into the CDS archive too.
     */
    public static List<String> flags(String classListProperty) {
        List<String> flags = new ArrayList<>();
        // Map the CDS archive at the address it was written for instead of relocating it: JDK 17
        // relocates by default (ASLR for the archive), which costs ~50 ms of JVM creation.
        flags.addAll(List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0"));
        String archive = System.getProperty("runj.cds");
        if (archive != null) {
            // runj's classes and the JDK's, parsed and verified at build time: mapped, not loaded.
            // -Xshare:auto and no CDS logging: an archive that does not fit this JVM (another JDK,
            // a rebuilt jar) is ignored without a word on the guest's stderr.
            flags.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off",
                    "-Xlog:cds+dynamic=off"));
        }
        String jffi = System.getProperty("jffi.boot.library.path");
        if (jffi != null) {
            // libjffi extracted at build time: jffi would otherwise copy it out of the jar into /tmp.
            flags.add("-Djffi.boot.library.path=" + jffi);
        }
        String classList = System.getProperty(classListProperty);
        if (classList != null) {
            flags.add("-XX:DumpLoadedClassList=" + classList);
        }
        return flags;
    }
}
