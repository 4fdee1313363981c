package io.runj.sentry.vfs;

/** The path reaches a mount the VFS does not serve yet: the host kernel runs the call as before. */
final class LeaveToHost extends RuntimeException {
    static final LeaveToHost INSTANCE = new LeaveToHost();

    private LeaveToHost() {
        super(null, null, false, false);
    }
}
