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
 * {@code kill SIGNAL one|all}, {@code ps}, and {@code exec TERMINAL PROCESS_JSON} with the new
 * process's fds attached (SCM_RIGHTS), answered by {@code ok PID} once it runs and then
 * {@code exit STATUS} once it is gone, or by {@code error EXIT_CODE MESSAGE}.
 */
public final class ControlClient {
    static final String START = "start";
    static final String KILL = "kill";
    static final String PS = "ps";
    static final String EXEC = "exec";
    static final String EXIT = "exit";

    /** A process started by {@link #exec}: its host pid, and its connection, which reports its exit. */
    public static final class Exec implements AutoCloseable {
        private final Wire.Connection connection;
        private final int pid;

        private Exec(Wire.Connection connection, int pid) {
            this.connection = connection;
            this.pid = pid;
        }

        /** The exec of another process, whose connection was passed to this one as {@code fd}. */
        public static Exec resume(int fd, int pid) {
            return new Exec(new Wire.Connection(new io.runj.platform.MessageSocket(fd, Wire.CHUNK)), pid);
        }

        public int pid() {
            return pid;
        }

        /** The connection, to pass on to the process that waits instead of this one. */
        public int fd() {
            return connection.fd();
        }

        /** Waits for the process's end: its status as a shell reports it (128+N for signal N). */
        public int awaitStatus() throws IOException {
            String line = connection.readLine();
            if (!line.startsWith(EXIT + " ")) {
                throw new IOException("unexpected answer: " + line);
            }
            return Integer.parseInt(line.substring(EXIT.length() + 1));
        }

        @Override
        public void close() {
            connection.close();
        }
    }

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

    /**
     * Starts a process in the sandbox, with {@code fds[i]} as its fd {@code i}; returns once it
     * runs. A refusal is a ControlException whose exit code is {@link ControlException#exitCode}.
     *
     * @param processJson an OCI process object
     * @param terminal    fd 0 is a terminal, to become the process's controlling terminal
     */
    public Exec exec(String processJson, boolean terminal, int[] fds) throws IOException {
        Wire.Connection c;
        try {
            c = new Wire.Connection(new io.runj.platform.MessageSocket(
                    io.runj.platform.UnixSockets.connectStream(socket.toString()), Wire.CHUNK));
        } catch (io.runj.platform.NativeException e) {
            throw new IOException(e.getMessage());
        }
        try {
            c.writeLine(EXEC + " " + terminal + " " + processJson.replace('\n', ' '), fds);
            String answer = c.readLine();
            if (answer.startsWith(Wire.OK + " ")) {
                return new Exec(c, Integer.parseInt(answer.substring(Wire.OK.length() + 1)));
            }
            if (answer.startsWith(Wire.ERROR + " ")) {
                String[] parts = answer.substring(Wire.ERROR.length() + 1).split(" ", 2);
                throw new ControlException(parts[1], Integer.parseInt(parts[0]));
            }
            throw new IOException("unexpected answer: " + answer);
        } catch (IOException | RuntimeException e) {
            c.close();
            throw e;
        }
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
