package io.runj.platform.syscall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runj.platform.Signal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SignalTest {

    @Test
    void namesAsStracePrintsThem() {
        assertEquals("SIGHUP", Signal.name(1));
        assertEquals("SIGTERM", Signal.name(Signal.SIGTERM));
        assertEquals("SIGCHLD", Signal.name(17));
        assertEquals("SIGIO", Signal.name(29));
        assertEquals("SIGSYS", Signal.name(31));
        assertEquals("SIGRTMIN", Signal.name(32));
        assertEquals("SIGRT_1", Signal.name(33));
        assertEquals("SIGRT_2", Signal.name(Signal.SIGRTMIN));
        assertEquals("SIGRT_32", Signal.name(64));
        assertEquals("0", Signal.name(0));
        assertEquals("65", Signal.name(65));
    }

    @ParameterizedTest
    @CsvSource({
        "TERM,15", "SIGTERM,15", "sigterm,15", "term,15", "15,15", "9,9", "KILL,9", "SIGKILL,9",
        "HUP,1", "IOT,6", "CLD,17", "POLL,29", "IO,29", "WINCH,28", "SIGSTKFLT,16",
        "RTMIN,34", "SIGRTMIN,34", "RTMIN+3,37", "sigrtmin+3,37", "RTMAX,64", "RTMAX-1,63",
        "RTMAX-30,34", "64,64", "RT_1,33", "SIGRT_32,64"
    })
    void parsesRuncForms(String text, int expected) {
        assertEquals(expected, Signal.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"FOO", "0", "65", "-1", "", "SIG", "RTMIN+31", "RTMAX-31", "RT_0",
        "RT_33", "TERM2", "1000000000000", "RTMIN+", "+3"})
    void rejectsEverythingElse(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Signal.parse(text));
        assertEquals("unknown signal: " + text, e.getMessage());
    }

    @Test
    void nameAndParseRoundTripExceptForTheKernelsRtmin() {
        for (int signo = 1; signo <= Signal.SIGRTMAX; signo++) {
            int expected = signo == Signal.KERNEL_SIGRTMIN ? Signal.SIGRTMIN : signo;
            assertEquals(expected, Signal.parse(Signal.name(signo)), Signal.name(signo));
        }
    }

    @Test
    void validity() {
        assertTrue(Signal.isValid(1));
        assertTrue(Signal.isValid(64));
        assertFalse(Signal.isValid(0));
        assertFalse(Signal.isValid(65));
    }
}
