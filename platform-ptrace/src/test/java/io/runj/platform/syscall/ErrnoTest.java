package io.runj.platform.syscall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runj.platform.Errno;
import io.runj.platform.NativeException;
import org.junit.jupiter.api.Test;

class ErrnoTest {

    @Test
    void namesAndGlibcMessages() {
        assertEquals("ENOENT", Errno.name(Errno.ENOENT));
        assertEquals("No such file or directory", Errno.message(2));
        assertEquals("EPERM", Errno.name(1));
        assertEquals("EHWPOISON", Errno.name(133));
        assertEquals("Memory page has hardware error", Errno.message(133));
        assertEquals("Resource temporarily unavailable", Errno.message(Errno.EWOULDBLOCK));
        assertEquals("EAGAIN", Errno.name(Errno.EWOULDBLOCK));
        assertEquals("Operation not supported", Errno.message(Errno.ENOTSUP));
    }

    @Test
    void everyNumberFromOneTo133RoundTripsExceptTheTwoHoles() {
        for (int errno = 1; errno <= 133; errno++) {
            boolean hole = errno == 41 || errno == 58; // never assigned on Linux
            assertEquals(!hole, Errno.name(errno).startsWith("E"), "errno " + errno);
            if (!hole) {
                assertEquals(errno, Errno.byName(Errno.name(errno)));
            }
        }
    }

    @Test
    void unknownNumbersPrintAsStraceAndGlibcDo() {
        assertEquals("999", Errno.name(999));
        assertEquals("Unknown error 999", Errno.message(999));
        assertEquals("Unknown error 41", Errno.message(41));
    }

    @Test
    void restartCodes() {
        assertEquals("ERESTARTSYS", Errno.name(512));
        assertEquals("To be restarted if SA_RESTART is set", Errno.message(Errno.ERESTARTSYS));
        assertEquals("ERESTARTNOINTR", Errno.name(513));
        assertEquals("ERESTARTNOHAND", Errno.name(514));
        assertEquals("ERESTART_RESTARTBLOCK", Errno.name(516));
        assertEquals("Interrupted by signal", Errno.message(516));
        assertTrue(Errno.isRestart(Errno.ERESTARTNOHAND));
        assertFalse(Errno.isRestart(Errno.EINTR));
        assertFalse(Errno.isRestart(515));
    }

    @Test
    void kernelInternalCodesHaveNamesButNoGlibcText() {
        assertEquals("ENOIOCTLCMD", Errno.name(515));
        assertEquals("Unknown error 515", Errno.message(515));
        assertEquals("ERECALLCONFLICT", Errno.name(530));
        assertTrue(Errno.isDefined(524));
        assertFalse(Errno.isDefined(520));
        assertFalse(Errno.isDefined(531));
        assertFalse(Errno.isDefined(0));
    }

    @Test
    void byNameIsCaseInsensitiveAcceptsAliasesAndRejectsJunk() {
        assertEquals(Errno.ENOENT, Errno.byName("enoent"));
        assertEquals(Errno.EAGAIN, Errno.byName("EWOULDBLOCK"));
        assertEquals(Errno.EDEADLK, Errno.byName("EDEADLOCK"));
        assertEquals(Errno.ERESTARTSYS, Errno.byName("ERESTARTSYS"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Errno.byName("EFOO"));
        assertEquals("unknown errno: EFOO", e.getMessage());
    }

    @Test
    void nativeExceptionUsesTheNames() {
        assertEquals("open: ENOENT (No such file or directory)",
                new NativeException("open", Errno.ENOENT).getMessage());
    }
}
