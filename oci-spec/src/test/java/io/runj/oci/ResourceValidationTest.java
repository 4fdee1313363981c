package io.runj.oci;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourceValidationTest extends ValidationTest {
    private Resources resources() {
        return linux().getResources();
    }

    @Test
    void deviceRuleTypeMustBeKnown() {
        resources().setDevices(List.of(new DeviceRule().setAllow(true).setType("u").setAccess("r")));
        assertErrors("linux.resources.devices[0].type: unknown device type u");
    }

    @Test
    void deviceRuleAccessMustBeRwm() {
        resources().setDevices(List.of(
                new DeviceRule().setAllow(true).setType("c").setMajor(1L).setMinor(3L).setAccess("rx"),
                new DeviceRule().setAllow(true).setType("c").setAccess("rr")));
        assertErrors(
                "linux.resources.devices[0].access: must be a combination of r, w and m",
                "linux.resources.devices[1].access: must be a combination of r, w and m");
    }

    @Test
    void deviceRulesInAnyOrderAreAccepted() {
        resources().setDevices(List.of(
                new DeviceRule().setAllow(false).setAccess("rwm"),
                new DeviceRule().setAllow(true).setType("c").setMajor(1L).setMinor(3L).setAccess("mr"),
                new DeviceRule().setAllow(true).setType("a")));
        assertValid();
    }

    @Test
    void blockIoWeightMustBeInRange() {
        resources().setBlockIo(new BlockIo().setWeight(5).setLeafWeight(1001));
        assertErrors(
                "linux.resources.blockIO.weight: must be between 10 and 1000",
                "linux.resources.blockIO.leafWeight: must be between 10 and 1000");
    }

    @Test
    void blockIoDeviceWeightMustBeInRange() {
        resources().setBlockIo(new BlockIo().setWeightDevice(List.of(
                new WeightDevice().setMajor(8L).setMinor(0L).setWeight(9).setLeafWeight(10))));
        assertErrors("linux.resources.blockIO.weightDevice[0].weight: must be between 10 and 1000");
    }

    @Test
    void zeroBlockIoWeightMeansUnset() {
        resources().setBlockIo(new BlockIo().setWeight(0).setLeafWeight(1000));
        assertValid();
    }

    @Test
    void hugepageSizeIsRequired() {
        resources().setHugepageLimits(List.of(new HugepageLimit().setLimit(1L)));
        assertErrors("linux.resources.hugepageLimits[0].pageSize: missing");
    }

    @Test
    void hugepageSizeMustHaveAUnit() {
        resources().setHugepageLimits(List.of(
                new HugepageLimit().setPageSize("2MB").setLimit(1L),
                new HugepageLimit().setPageSize("2M").setLimit(1L)));
        assertErrors("linux.resources.hugepageLimits[1].pageSize: malformed page size 2M (want e.g. 2MB)");
    }

    @Test
    void unifiedKeysMustBeFileNames() {
        resources().setUnified(Map.of("../memory.max", "1"));
        assertErrors("linux.resources.unified[\"../memory.max\"]: must be a file name");
    }

    @Test
    void unifiedKeysMustNameAController() {
        resources().setUnified(Map.of("memorymax", "1"));
        assertErrors("linux.resources.unified.memorymax: must have the form CONTROLLER.FILE");
    }

    @Test
    void unifiedControllerFilesAreAccepted() {
        resources().setUnified(Map.of("memory.high", "1G", "cpu.weight.nice", "5"));
        assertValid();
    }
}
