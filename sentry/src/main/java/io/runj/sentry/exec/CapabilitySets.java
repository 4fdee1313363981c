package io.runj.sentry.exec;

import java.util.List;

import io.runj.oci.Capabilities;
import io.runj.oci.LinuxCapability;

/** The five capability sets of process.capabilities as bit masks (bit N = capability number N). */
public record CapabilitySets(long bounding, long effective, long inheritable, long permitted, long ambient) {

    /** The sets a config asks for; absent lists are empty sets, as runc treats them. */
    public static CapabilitySets of(Capabilities c) {
        return new CapabilitySets(mask(c.getBounding()), mask(c.getEffective()), mask(c.getInheritable()),
                mask(c.getPermitted()), mask(c.getAmbient()));
    }

    private static long mask(List<String> names) {
        long m = 0;
        if (names != null) {
            for (String n : names) {
                // Validation has already rejected names Linux does not know.
                m |= 1L << LinuxCapability.of(n).orElseThrow().number();
            }
        }
        return m;
    }
}
