package io.runj.cli;

import io.runj.oci.ConsoleSize;
import io.runj.platform.HostFs;
import io.runj.platform.NativeException;
import io.runj.platform.Pty;

/** A guest's terminal: a new pty, sized as process.consoleSize asks. */
final class Terminals {
    private Terminals() {
    }

    /** Opens a pty whose window size is {@code size} (when not null); both ends are the caller's to close. */
    static Pty open(ConsoleSize size) {
        Pty pty;
        try {
            pty = Pty.open();
        } catch (NativeException e) {
            throw new CliException("creating the terminal: " + e.getMessage());
        }
        if (size != null) {
            try {
                Pty.setWindowSize(pty.slave(), dimension(size.getHeight()), dimension(size.getWidth()));
            } catch (NativeException e) {
                HostFs.close(pty.master());
                HostFs.close(pty.slave());
                throw new CliException("setting up the terminal: " + e.getMessage());
            }
        }
        return pty;
    }

    private static int dimension(Long value) {
        return value == null ? 0 : value.intValue();
    }
}
