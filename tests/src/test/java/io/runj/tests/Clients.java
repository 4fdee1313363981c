package io.runj.tests;

import java.nio.file.Path;
import java.util.List;

/** What the tests of real clients (Podman, containerd) share. */
final class Clients {
    private Clients() {
    }

    /**
     * Waits until no process has {@code dir} in its command line: the daemons, shims, conmons and
     * cleanup commands a client left behind for a test's temp dir. One that outlives a minute is
     * killed and reported, as a leak.
     */
    static void awaitExitOfProcessesNaming(Path dir) throws InterruptedException {
        String name = dir.toString();
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            List<ProcessHandle> left = ProcessHandle.allProcesses()
                    .filter(p -> p.info().commandLine().map(c -> c.contains(name)).orElse(false)).toList();
            if (left.isEmpty()) {
                return;
            }
            if (System.currentTimeMillis() > deadline) {
                left.forEach(ProcessHandle::destroyForcibly);
                throw new AssertionError("still running after the test: "
                        + left.stream().map(p -> p.pid() + " " + p.info().commandLine().orElse("?")).toList());
            }
            Thread.sleep(100);
        }
    }
}
