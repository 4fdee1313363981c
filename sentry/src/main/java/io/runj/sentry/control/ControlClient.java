package io.runj.sentry.control;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The CLI's end of the control socket. Each request is one line on a fresh connection, answered
 * by one line: {@code ok [DATA]} or {@code error MESSAGE}. Requests: {@code start},
 * {@code kill SIGNAL one|all}, {@code ps}.
 */
public final class ControlClient {
    static final String START = "start";
    static final String KILL = "kill";
    static final String PS = "ps";

    private final Path socket;

    public ControlClient(Path socket) {
        this.socket = socket;
    }

    /** Execs the guest; returns once it runs. */
    public void start() throws IOException {
        call(START);
    }

    public void kill(int signal, boolean all) throws IOException {
        call(KILL + " " + signal + " " + (all ? "all" : "one"));
    }

    /** Host pids of the guest's processes, init first. */
    public List<Integer> ps() throws IOException {
        List<Integer> pids = new ArrayList<>();
        for (String p : call(PS).split(" ")) {
            if (!p.isEmpty()) {
                pids.add(Integer.valueOf(p));
            }
        }
        return pids;
    }

    /** Sends one request; returns the data of an ok answer, throws ControlException for an error. */
    private String call(String request) throws IOException {
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.connect(UnixDomainSocketAddress.of(socket));
            Wire.writeLine(ch, request);
            String answer = Wire.readLine(ch);
            if (answer.equals(Wire.OK)) {
                return "";
            }
            if (answer.startsWith(Wire.OK + " ")) {
                return answer.substring(Wire.OK.length() + 1);
            }
            if (answer.startsWith(Wire.ERROR + " ")) {
                throw new ControlException(answer.substring(Wire.ERROR.length() + 1));
            }
            throw new IOException("unexpected answer: " + answer);
        }
    }
}
