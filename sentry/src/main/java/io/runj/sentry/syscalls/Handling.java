package io.runj.sentry.syscalls;

/**
 * What the sentry really does today with a trapped (EMULATE) call. The table says it per entry so
 * that docs/syscalls.md can be honest about the parts still waiting for the VFS.
 */
public enum Handling {
    /** The sentry computes the result itself; the host kernel never runs the call. */
    EMULATED("emulated"),
    /** The sentry emulates it through its VFS (mount table, path walk, gofer); see io.runj.sentry.vfs. */
    VFS("emulated through the VFS"),
    /** The sentry checks the arguments, refuses what it must, and lets the host kernel run the rest. */
    CHECKED("checked, then run by the host"),
    /** Trapped and run unchanged by the host kernel (inside the guest's chroot): emulation is to come. */
    HOST("run by the host (emulation to come)"),
    /** Trapped and refused until the sentry emulates it: running it on the host would be unsafe. */
    REFUSED("refused until emulated");

    private final String text;

    Handling(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
