package io.runj.cli;

/** --preserve-fds: the sentry is started by the JDK, which passes it no fd beyond stdio. */
final class PreservedFds {
    private PreservedFds() {
    }

    static void check(int count) {
        if (count < 0) {
            throw new CliException("--preserve-fds: must not be negative");
        }
        if (count > 0) {
            throw new CliException("--preserve-fds " + count + ": passing extra fds to the container is not supported yet");
        }
    }
}
