package io.runj.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sendmsg/recvmsg with SCM_RIGHTS over a real socketpair, and fcntl on what arrives. */
class MessageSocketTest {
    @TempDir
    Path tmp;

    @Test
    void messagesCarryFdsThatArriveCloseOnExec() throws Exception {
        Files.writeString(tmp.resolve("a"), "A");
        Files.writeString(tmp.resolve("b"), "B");
        HostFs fs = new HostFs();
        int a = fs.openat(HostFs.AT_FDCWD, tmp.resolve("a").toString(), HostFs.O_RDONLY, 0);
        int b = fs.openat(HostFs.AT_FDCWD, tmp.resolve("b").toString(), HostFs.O_RDONLY, 0);
        int[] pair = UnixSockets.socketpair();
        MessageSocket left = new MessageSocket(pair[0], 4096);
        MessageSocket right = new MessageSocket(pair[1], 4096);
        byte[] msg = "hello".getBytes(StandardCharsets.UTF_8);
        left.send(msg, msg.length, a, b);
        HostFs.close(a);
        HostFs.close(b);
        byte[] in = new byte[4096];
        MessageSocket.Received r = right.receive(in);
        assertEquals("hello", new String(in, 0, r.length(), StandardCharsets.UTF_8));
        assertEquals(2, r.fds().length);
        assertEquals("A", Files.readString(Path.of("/proc/self/fd/" + r.fds()[0])));
        assertEquals("B", Files.readString(Path.of("/proc/self/fd/" + r.fds()[1])));
        for (int fd : r.fds()) {
            assertEquals(HostFs.FD_CLOEXEC, fs.fcntl(fd, HostFs.F_GETFD, 0) & HostFs.FD_CLOEXEC);
            fs.fcntl(fd, HostFs.F_SETFL, HostFs.O_NONBLOCK);
            assertNotEquals(0, fs.fcntl(fd, HostFs.F_GETFL, 0) & HostFs.O_NONBLOCK);
            HostFs.close(fd);
        }
        left.send(msg, 0);
        assertEquals(0, right.receive(in).fds().length);
        left.close();
        assertEquals(0, right.receive(in).length(), "EOF once the peer closed");
        assertEquals(Errno.EMSGSIZE,
                assertThrows(NativeException.class, () -> right.send(new byte[5000], 5000)).errno());
        right.close();
    }
}
