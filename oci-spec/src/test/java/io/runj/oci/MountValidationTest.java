package io.runj.oci;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MountValidationTest extends ValidationTest {
    private void addMount(Mount mount) {
        List<Mount> mounts = new ArrayList<>(spec.getMounts());
        mounts.add(mount);
        spec.setMounts(mounts);
    }

    @Test
    void destinationIsRequired() {
        spec.getMounts().get(2).setDestination(null);
        assertErrors("mounts[2].destination: missing");
    }

    @Test
    void destinationMustBeAbsolute() {
        spec.getMounts().get(2).setDestination("dev/pts");
        assertErrors("mounts[2].destination: must be absolute");
    }

    @Test
    void typeIsRequiredForNonBindMounts() {
        spec.getMounts().get(1).setType(null);
        assertErrors("mounts[1].type: missing");
    }

    @Test
    void bindMountsNeedNoType() {
        addMount(new Mount().setDestination("/data").setSource("/srv/data").setOptions(List.of("bind", "ro")));
        addMount(new Mount().setDestination("/more").setSource("/srv/more").setOptions(List.of("rbind")));
        assertValid();
    }

    @Test
    void idMappedMountRangesAreChecked() {
        addMount(new Mount().setDestination("/data").setSource("/srv/data").setOptions(List.of("bind"))
                .setUidMappings(List.of(new IdMapping().setContainerId(0L).setHostId(1000L).setSize(0L)))
                .setGidMappings(List.of(new IdMapping().setContainerId(0L).setHostId(1000L).setSize(0L))));
        assertErrors("mounts[7].uidMappings[0].size: must be positive", "mounts[7].gidMappings[0].size: must be positive");
    }
}
