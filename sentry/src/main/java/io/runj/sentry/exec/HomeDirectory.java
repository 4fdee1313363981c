package io.runj.sentry.exec;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.runj.platform.HostFs;
import io.runj.platform.syscall.SyscallNumbers;

/**
 * HOME as runc sets it when the config's environment has none: the home field of the guest
 * user's entry in the container's /etc/passwd, or "/" when there is no such entry or file.
 */
final class HomeDirectory {
    private static final long AT_FDCWD = -100;
    private static final int CHUNK = 16 * 1024;
    /** A larger passwd is not read further: runc's lookup would find the same first entries. */
    private static final int MAX_PASSWD = 4 * 1024 * 1024;

    private HomeDirectory() {
    }

    /**
     * The guest's environment with HOME appended (last, where runc's setenv puts it) when it is
     * missing. The stub, already inside the container's root, reads /etc/passwd.
     */
    static List<String> environment(StubSetup s, GuestProcess p) {
        for (String e : p.env()) {
            if (e.startsWith("HOME=")) {
                return p.env();
            }
        }
        List<String> env = new ArrayList<>(p.env());
        env.add("HOME=" + of(readPasswd(s), p.uid()));
        return env;
    }

    /** The home of the first passwd entry with {@code uid}, or "/". */
    static String of(String passwd, long uid) {
        for (String line : passwd.split("\n")) {
            String[] f = line.trim().split(":", -1);
            if (f.length >= 6 && f[2].equals(Long.toString(uid))) {
                return f[5];
            }
        }
        return "/";
    }

    /** /etc/passwd as the stub sees it, or "" when it cannot be read. */
    private static String readPasswd(StubSetup s) {
        long fd = s.tryCall(SyscallNumbers.OPENAT, AT_FDCWD, s.string("/etc/passwd"),
                HostFs.O_RDONLY | HostFs.O_CLOEXEC, 0);
        if (fd < 0) {
            return "";
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long buf = s.reserve(CHUNK);
        long n;
        while (out.size() < MAX_PASSWD && (n = s.tryCall(SyscallNumbers.READ, fd, buf, CHUNK)) > 0) {
            out.writeBytes(s.memory().read(buf, (int) n));
        }
        s.tryCall(SyscallNumbers.CLOSE, fd);
        return out.toString(StandardCharsets.UTF_8);
    }
}
