package io.runj.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** {@code runj version}: the runtime's version and the OCI spec version it implements, as runc prints them. */
@Command(name = "version", description = "Print the runtime version.")
public final class VersionCommand implements Runnable {
    static final String VERSION = "0.1.0";
    static final String SPEC_VERSION = "1.2.0";

    /** Shared with {@code runj --version}. */
    public static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"runj version " + VERSION, "spec: " + SPEC_VERSION,
                "java: " + System.getProperty("java.version")};
        }
    }

    @Override
    public void run() {
        for (String line : new Provider().getVersion()) {
            System.out.println(line);
        }
    }
}
