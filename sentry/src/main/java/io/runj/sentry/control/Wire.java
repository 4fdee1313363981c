package io.runj.sentry.control;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/** Lines of UTF-8 text over a socket channel: the control protocol's only framing. */
final class Wire {
    static final String OK = "ok";
    static final String ERROR = "error";
    private static final int MAX_LINE = 1 << 20;

    private Wire() {
    }

    static void writeLine(SocketChannel ch, String line) throws IOException {
        ByteBuffer b = ByteBuffer.wrap((line.replace('\n', ' ') + "\n").getBytes(StandardCharsets.UTF_8));
        while (b.hasRemaining()) {
            ch.write(b);
        }
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
}
