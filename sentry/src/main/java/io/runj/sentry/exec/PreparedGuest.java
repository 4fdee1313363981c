package io.runj.sentry.exec;

import io.runj.platform.trace.Tracee;

/**
 * A stub set up as the container's init and waiting for its execve, whose path, argv and envp
 * are already in the stub's scratch area.
 */
public final class PreparedGuest {
    private final Tracee init;
    private final StubSetup setup;
    private final String program;
    private final long path;
    private final long argv;
    private final long envp;
    private final int channel;
    private final int guestChannel;

    PreparedGuest(Tracee init, StubSetup setup, String program, long path, long argv, long envp, int channel,
            int guestChannel) {
        this.init = init;
        this.setup = setup;
        this.program = program;
        this.path = path;
        this.argv = argv;
        this.envp = envp;
        this.channel = channel;
        this.guestChannel = guestChannel;
    }

    /** The sentry's copy of the guest's end of the fd channel, for processes started later. */
    public int guestChannel() {
        return guestChannel;
    }

    /** The sentry's end of the VFS's fd channel, whose other end is the guest's reserved fd. */
    public int channel() {
        return channel;
    }

    /** The task that becomes the guest's init; its pid stays the same across the execve. */
    public Tracee init() {
        return init;
    }

    StubSetup setup() {
        return setup;
    }

    /** The program as config.json names it, for error messages. */
    String program() {
        return program;
    }

    long path() {
        return path;
    }

    long argv() {
        return argv;
    }

    long envp() {
        return envp;
    }
}
