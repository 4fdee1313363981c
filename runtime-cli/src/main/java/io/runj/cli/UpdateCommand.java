package io.runj.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.runj.oci.BlockIo;
import io.runj.oci.ConfigException;
import io.runj.oci.Cpu;
import io.runj.oci.Memory;
import io.runj.oci.OciJson;
import io.runj.oci.Pids;
import io.runj.oci.Resources;
import io.runj.oci.State;
import io.runj.sentry.cgroup.CgroupException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code runj update ID}: changes the limits of a created, running or paused container, as runc's
 * update: the options, or a linux.resources JSON document with -r (then the options are ignored).
 * The new values are recorded with the cgroup, so a later update starts from them.
 */
@Command(name = "update", description = "Update a container's resource limits.")
public final class UpdateCommand implements Callable<Integer> {
    /** docker's RAMInBytes: a number with an optional binary unit, "512m", "1.5GiB". */
    private static final Pattern SIZE = Pattern.compile("^(\\d+(?:\\.\\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$");

    @ParentCommand
    Main main;

    @Option(names = {"-r", "--resources"}, paramLabel = "FILE",
            description = "A file holding the resources to set as linux.resources JSON, or '-' for stdin; the other options are then ignored.")
    String resources;

    @Option(names = "--memory", paramLabel = "BYTES", description = "Memory limit (in bytes; k, m, g suffixes accepted).")
    String memory;

    @Option(names = "--memory-reservation", paramLabel = "BYTES", description = "Memory reservation or soft limit (in bytes).")
    String memoryReservation;

    @Option(names = "--memory-swap", paramLabel = "BYTES", description = "Total memory usage (memory + swap); -1 for unlimited swap.")
    String memorySwap;

    @Option(names = {"--cpu-share", "--cpu-shares"}, paramLabel = "N", description = "CPU shares (relative weight against other containers).")
    String cpuShares;

    @Option(names = "--cpu-period", paramLabel = "USECS", description = "CPU CFS period for hard capping (in usecs); 0 for the system default.")
    String cpuPeriod;

    @Option(names = "--cpu-quota", paramLabel = "USECS", description = "CPU CFS hard cap: allowed cpu time in a period (in usecs).")
    String cpuQuota;

    @Option(names = "--cpu-rt-period", paramLabel = "USECS", description = "CPU realtime period (in usecs).")
    String cpuRtPeriod;

    @Option(names = "--cpu-rt-runtime", paramLabel = "USECS", description = "CPU realtime hard cap in a period (in usecs).")
    String cpuRtRuntime;

    @Option(names = "--cpuset-cpus", paramLabel = "LIST", description = "CPUs to use (0-3, 0,1).")
    String cpusetCpus;

    @Option(names = "--cpuset-mems", paramLabel = "LIST", description = "Memory nodes to use (0-3, 0,1).")
    String cpusetMems;

    @Option(names = "--pids-limit", paramLabel = "N", description = "Maximum number of pids in the container.")
    String pidsLimit;

    @Option(names = "--blkio-weight", paramLabel = "N", description = "Block IO weight against other cgroups, 10 to 1000.")
    String blkioWeight;

    @Parameters(index = "0", paramLabel = "ID", description = "The container's id.")
    String id;

    @Override
    public Integer call() throws IOException {
        Resources changes = resources != null ? readResources() : fromOptions();
        Container c = Container.load(main.global.root, id);
        try (FileChannel lock = c.dir().lock()) {
            c = Container.load(main.global.root, id);
            if (c.status().equals(State.STATUS_STOPPED)) {
                throw new CliException("container not running");
            }
            ContainerCgroup.required(c.dir()).update(changes);
        } catch (CgroupException e) {
            throw new CliException(e.getMessage());
        }
        return 0;
    }

    private Resources readResources() throws IOException {
        byte[] json = resources.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(resources));
        try {
            return OciJson.read(json, Resources.class, "resources");
        } catch (ConfigException e) {
            throw new CliException(e.getMessage());
        }
    }

    private Resources fromOptions() {
        Memory m = new Memory().setLimit(size("memory", memory)).setReservation(size("memory-reservation", memoryReservation))
                .setSwap(size("memory-swap", memorySwap));
        Cpu c = new Cpu().setShares(number("cpu-share", cpuShares)).setPeriod(number("cpu-period", cpuPeriod))
                .setQuota(number("cpu-quota", cpuQuota)).setRealtimePeriod(number("cpu-rt-period", cpuRtPeriod))
                .setRealtimeRuntime(number("cpu-rt-runtime", cpuRtRuntime)).setCpus(cpusetCpus).setMems(cpusetMems);
        Long weight = number("blkio-weight", blkioWeight);
        if (weight != null && (weight < 0 || weight > 65535)) {
            throw new CliException("invalid value for blkio-weight: " + blkioWeight);
        }
        return new Resources().setMemory(m).setCpu(c)
                .setPids(pidsLimit == null ? null : new Pids().setLimit(number("pids-limit", pidsLimit)))
                .setBlockIo(weight == null ? null : new BlockIo().setWeight(weight.intValue()));
    }

    /** A size as runc takes it: -1, or a number with an optional binary unit. */
    static Long size(String option, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.equals("-1")) {
            return -1L;
        }
        Matcher m = SIZE.matcher(value);
        if (!m.matches()) {
            throw new CliException("invalid value for " + option + ": invalid size: '" + value + "'");
        }
        int shift = m.group(2) == null ? 0 : 10 * ("kmgtp".indexOf(Character.toLowerCase(m.group(2).charAt(0))) + 1);
        try {
            return (long) (Double.parseDouble(m.group(1)) * (1L << shift));
        } catch (NumberFormatException e) {
            throw new CliException("invalid value for " + option + ": invalid size: '" + value + "'");
        }
    }

    private static Long number(String option, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new CliException("invalid value for " + option + ": " + value);
        }
    }
}
