package io.runj.sentry.control;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.runj.platform.HostFs;
import io.runj.platform.MessageSocket;

/**
 * Lines of UTF-8 text over a stream socket: the control protocol's only framing. Most clients use
 * a JDK socket channel; exec's client and the server use recvmsg/sendmsg, so that fds can come
 * with a request (SCM_RIGHTS, attached to its first bytes).
 */
final class Wire {
    static final String OK = "ok";
    static final String ERROR = "error";
    static final int MAX_LINE = 1 << 20;
    /** The most one sendmsg or recvmsg carries. */
    static final int CHUNK = 64 * 1024;

    private Wire() {
    }

    static void writeLine(SocketChannel ch, String line) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(encode(line));
        while (b.hasRemaining()) {
            ch.write(b);
        }
    }

    private static byte[] encode(String line) {
        return (line.replace('\n', ' ') + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Reads up to a newline; a peer that closes first has sent nothing usable. */
    static String readLine(SocketChannel ch) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        ByteBuffer b = ByteBuffer.allocate(4096);
        while (true) {
            b.clear();
            if (ch.read(b) < 0) {
                throw new EOFException("connection closed");
            }
            for (int i = 0; i < b.position(); i++) {
                if (b.get(i) == '\n') {
                    line.write(b.array(), 0, i);
                    return line.toString(StandardCharsets.UTF_8);
                }
            }
            line.write(b.array(), 0, b.position());
            if (line.size() > MAX_LINE) {
                throw new IOException("line too long");
            }
        }
    }

    /** A request line and the fds that came with it, which the receiver must close. */
    record Request(String line, int[] fds) {
        void closeFds() {
            for (int fd : fds) {
                HostFs.close(fd);
            }
        }
    }

    /** One connection read and written with recvmsg/sendmsg; lines only, one request and its answers. */
    static final class Connection {
        private final MessageSocket socket;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

        Connection(MessageSocket socket) {
            this.socket = socket;
        }

        /** Sends a line with {@code fds} attached to its first bytes. */
        void writeLine(String line, int... fds) throws IOException {
            byte[] b = encode(line);
            if (b.length > MAX_LINE) {
                throw new IOException("line too long");
            }
            for (int off = 0; off < b.length; off += CHUNK) {
                int n = Math.min(CHUNK, b.length - off);
                socket.send(java.util.Arrays.copyOfRange(b, off, off + n), n, off == 0 ? fds : new int[0]);
            }
        }

        /** Reads a line and every fd that came with it. */
        Request readRequest() throws IOException {
            List<Integer> fds = new ArrayList<>();
            String line;
            try {
                line = readLine(fds);
            } catch (IOException | RuntimeException e) {
                fds.forEach(HostFs::close);
                throw e;
            }
            return new Request(line, fds.stream().mapToInt(Integer::intValue).toArray());
        }

        String readLine() throws IOException {
            List<Integer> fds = new ArrayList<>();
            String line = readLine(fds);
            fds.forEach(HostFs::close);
            return line;
        }

        private String readLine(List<Integer> fds) throws IOException {
            byte[] chunk = new byte[CHUNK];
            while (true) {
                byte[] buffered = pending.toByteArray();
                for (int i = 0; i < buffered.length; i++) {
                    if (buffered[i] == '\n') {
                        pending.reset();
                        pending.write(buffered, i + 1, buffered.length - i - 1);
                        return new String(buffered, 0, i, StandardCharsets.UTF_8);
                    }
                }
                if (buffered.length > MAX_LINE) {
                    throw new IOException("line too long");
                }
                MessageSocket.Received r = socket.receive(chunk);
                for (int fd : r.fds()) {
                    fds.add(fd);
                }
                if (r.length() == 0) {
                    throw new EOFException("connection closed");
                }
                pending.write(chunk, 0, r.length());
            }
        }

        int fd() {
            return socket.fd();
        }

        void close() {
            socket.close();
        }
    }
}
