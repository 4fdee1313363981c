package io.runj.oci;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CpuValidationTest extends ValidationTest {
    private Cpu cpu() {
        Cpu cpu = new Cpu();
        linux().getResources().setCpu(cpu);
        return cpu;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 262145})
    void sharesMustBeInKernelRange(long shares) {
        cpu().setShares(shares);
        assertErrors("linux.resources.cpu.shares: must be between 2 and 262144");
    }

    @ParameterizedTest
    @ValueSource(longs = {-2, 999})
    void quotaMustBeUnlimitedOrAtLeastOneMillisecond(long quota) {
        cpu().setQuota(quota);
        assertErrors("linux.resources.cpu.quota: must be -1 (unlimited) or at least 1000");
    }

    @ParameterizedTest
    @ValueSource(longs = {999, 1000001})
    void periodMustBeBetweenOneMillisecondAndOneSecond(long period) {
        cpu().setPeriod(period);
        assertErrors("linux.resources.cpu.period: must be between 1000 and 1000000");
    }

    @Test
    void cpuListMustBeWellFormed() {
        cpu().setCpus("0-");
        assertErrors("linux.resources.cpu.cpus: malformed list 0- (want e.g. 0-3,6)");
    }

    @Test
    void cpuListRangesMustAscend() {
        cpu().setCpus("3-1");
        assertErrors("linux.resources.cpu.cpus: malformed list 3-1 (want e.g. 0-3,6)");
    }

    @Test
    void memoryNodeListMustBeWellFormed() {
        cpu().setMems("0,,1");
        assertErrors("linux.resources.cpu.mems: malformed list 0,,1 (want e.g. 0-3,6)");
    }

    @Test
    void idleMustBeZeroOrOne() {
        cpu().setIdle(2L);
        assertErrors("linux.resources.cpu.idle: must be 0 or 1");
    }

    @Test
    void typicalCpuSettingsAreAccepted() {
        cpu().setShares(1024L).setQuota(50000L).setPeriod(100000L).setCpus("0-3,6,8-15:2/4").setMems("0").setIdle(1L);
        assertValid();
    }

    @Test
    void zeroMeansUnset() {
        cpu().setShares(0L).setQuota(0L).setPeriod(0L).setIdle(0L);
        assertValid();
    }
}
