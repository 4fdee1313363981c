package io.runj.gofer;

import java.util.ArrayList;
import java.util.List;

/** The gofer's entry point for tests, which run before the CLI (`runj gofer`) is built. */
public final class GoferMain {
    private GoferMain() {
    }

    public static void main(String[] args) {
        String connect = null;
        List<MountSpec> mounts = new ArrayList<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--connect" -> connect = args[i + 1];
                case "--mount" -> mounts.add(MountSpec.parse(args[i + 1]));
                default -> throw new IllegalArgumentException(args[i]);
            }
        }
        Gofer.run(connect, mounts);
    }
}
