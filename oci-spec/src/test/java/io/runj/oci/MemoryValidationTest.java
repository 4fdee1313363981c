package io.runj.oci;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MemoryValidationTest extends ValidationTest {
    private Memory memory() {
        Memory memory = new Memory();
        linux().getResources().setMemory(memory);
        return memory;
    }

    @Test
    void limitMustBeMinusOneOrMore() {
        memory().setLimit(-2L);
        assertErrors("linux.resources.memory.limit: must be -1 (unlimited) or non-negative");
    }

    @Test
    void everyByteLimitIsChecked() {
        memory().setReservation(-2L).setSwap(-2L).setKernel(-2L).setKernelTcp(-2L);
        assertErrors(
                "linux.resources.memory.reservation: must be -1 (unlimited) or non-negative",
                "linux.resources.memory.swap: must be -1 (unlimited) or non-negative",
                "linux.resources.memory.kernel: must be -1 (unlimited) or non-negative",
                "linux.resources.memory.kernelTCP: must be -1 (unlimited) or non-negative");
    }

    @Test
    void unlimitedIsAccepted() {
        memory().setLimit(-1L).setSwap(-1L).setReservation(0L);
        assertValid();
    }

    @Test
    void swapRequiresMemoryLimit() {
        memory().setSwap(1L << 30);
        assertErrors("linux.resources.memory.swap: requires memory.limit");
    }

    @Test
    void swapIncludesMemorySoCannotBeBelowIt() {
        memory().setLimit(1L << 30).setSwap(1L << 29);
        assertErrors("linux.resources.memory.swap: must be at least memory.limit");
    }

    @Test
    void swapAtLeastLimitIsAccepted() {
        memory().setLimit(1L << 30).setSwap(1L << 30);
        assertValid();
    }

    @ParameterizedTest
    @ValueSource(longs = {101, -1})
    void swappinessMustBeAtMostOneHundred(long swappiness) {
        memory().setSwappiness(swappiness);
        assertErrors("linux.resources.memory.swappiness: must be between 0 and 100");
    }
}
