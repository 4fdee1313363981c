package io.runj.oci;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The default config.json that {@code runj spec} writes: runc's {@code runc spec} output with hostname "runj". */
public final class Specs {
    /** ociVersion that {@code runc spec} writes; kept so generated bundles match runc's. */
    public static final String DEFAULT_OCI_VERSION = "1.0.2-dev";
    public static final String CONFIG_FILE = "config.json";

    private static final List<String> DEFAULT_CAPS = List.of("CAP_AUDIT_WRITE", "CAP_KILL", "CAP_NET_BIND_SERVICE");

    private Specs() {}

    /** What {@code runc spec} (or {@code runc spec --rootless} for the current effective user) produces. */
    public static Spec defaultSpec(boolean rootless) {
        Spec spec = defaultSpec();
        return rootless ? toRootless(spec, HostIds.effectiveUid(), HostIds.effectiveGid()) : spec;
    }

    /**
     * Writes {@code defaultSpec(rootless)} to {@code bundleDir/config.json} in runc's format. The file
     * appears complete or not at all, and an existing config.json is never replaced.
     *
     * @throws ConfigExistsException if config.json already exists (even as a dangling symlink)
     * @throws IOException if the bundle directory is missing or cannot be written
     */
    public static void writeDefault(Path bundleDir, boolean rootless) throws IOException {
        if (!Files.isDirectory(bundleDir)) {
            throw new NoSuchFileException(bundleDir.toString(), null, "bundle directory does not exist");
        }
        Path target = bundleDir.resolve(CONFIG_FILE);
        // Same check as runc. A concurrent writer could still slip in before the rename; runc has that race too.
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new ConfigExistsException(target);
        }
        AtomicFiles.write(target, toJson(defaultSpec(rootless)).getBytes(StandardCharsets.UTF_8));
    }

    /** The spec as runc writes config.json: tab-indented, no trailing newline. */
    public static String toJson(Spec spec) {
        return OciJson.writeSpec(spec);
    }

    /**
     * runc's specconv.ToRootless, applied to {@code spec} in place (which is returned). It drops the
     * network namespace (without privileges nothing could connect it, so the host's is kept), adds a
     * user namespace mapping container root to the given host IDs, bind-mounts /sys (sysfs cannot
     * be mounted in a network namespace the user does not own), removes uid=/gid= mount options
     * (those IDs are not mapped) and drops cgroup resources (no cgroup delegation is assumed).
     */
    public static Spec toRootless(Spec spec, long hostUid, long hostGid) {
        Linux linux = spec.getLinux() == null ? new Linux() : spec.getLinux();
        List<Namespace> namespaces = new ArrayList<>();
        for (Namespace ns : orEmpty(linux.getNamespaces())) {
            if (!"network".equals(ns.getType()) && !"user".equals(ns.getType())) {
                namespaces.add(ns);
            }
        }
        namespaces.add(new Namespace().setType("user"));
        linux.setNamespaces(namespaces)
                .setUidMappings(List.of(rootMapping(hostUid)))
                .setGidMappings(List.of(rootMapping(hostGid)))
                .setResources(null);
        spec.setLinux(linux);

        if (spec.getMounts() != null) {
            List<Mount> mounts = new ArrayList<>();
            for (Mount mount : spec.getMounts()) {
                mounts.add(isSys(mount) ? sysBind() : withoutIdOptions(mount));
            }
            spec.setMounts(mounts);
        }
        return spec;
    }

    private static Spec defaultSpec() {
        return new Spec()
                .setOciVersion(DEFAULT_OCI_VERSION)
                .setProcess(defaultProcess())
                .setRoot(new Root().setPath("rootfs").setReadonly(true))
                .setHostname("runj")
                .setMounts(defaultMounts())
                .setLinux(defaultLinux());
    }

    private static Process defaultProcess() {
        return new Process()
                .setTerminal(true)
                .setUser(new User().setUid(0L).setGid(0L))
                .setArgs(List.of("sh"))
                .setEnv(List.of("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "TERM=xterm"))
                .setCwd("/")
                .setCapabilities(new Capabilities()
                        .setBounding(DEFAULT_CAPS)
                        .setEffective(DEFAULT_CAPS)
                        .setPermitted(DEFAULT_CAPS)
                        .setAmbient(DEFAULT_CAPS))
                .setRlimits(List.of(new Rlimit().setType("RLIMIT_NOFILE").setHard(1024L).setSoft(1024L)))
                .setNoNewPrivileges(true);
    }

    private static List<Mount> defaultMounts() {
        return List.of(
                mount("/proc", "proc", "proc"),
                mount("/dev", "tmpfs", "tmpfs", "nosuid", "strictatime", "mode=755", "size=65536k"),
                mount("/dev/pts", "devpts", "devpts", "nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620", "gid=5"),
                mount("/dev/shm", "tmpfs", "shm", "nosuid", "noexec", "nodev", "mode=1777", "size=65536k"),
                mount("/dev/mqueue", "mqueue", "mqueue", "nosuid", "noexec", "nodev"),
                mount("/sys", "sysfs", "sysfs", "nosuid", "noexec", "nodev", "ro"),
                mount("/sys/fs/cgroup", "cgroup", "cgroup", "nosuid", "noexec", "nodev", "relatime", "ro"));
    }

    private static Linux defaultLinux() {
        return new Linux()
                .setResources(new Resources().setDevices(List.of(new DeviceRule().setAllow(false).setAccess("rwm"))))
                .setNamespaces(List.of(
                        new Namespace().setType("pid"),
                        new Namespace().setType("network"),
                        new Namespace().setType("ipc"),
                        new Namespace().setType("uts"),
                        new Namespace().setType("mount")))
                .setMaskedPaths(List.of(
                        "/proc/acpi", "/proc/asound", "/proc/kcore", "/proc/keys", "/proc/latency_stats",
                        "/proc/timer_list", "/proc/timer_stats", "/proc/sched_debug", "/sys/firmware", "/proc/scsi"))
                .setReadonlyPaths(List.of("/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger"));
    }

    private static Mount mount(String destination, String type, String source, String... options) {
        Mount mount = new Mount().setDestination(destination).setType(type).setSource(source);
        return options.length == 0 ? mount : mount.setOptions(List.of(options));
    }

    private static IdMapping rootMapping(long hostId) {
        return new IdMapping().setContainerId(0L).setHostId(hostId).setSize(1L);
    }

    private static boolean isSys(Mount mount) {
        return mount.getDestination() != null && Path.of(mount.getDestination()).normalize().toString().equals("/sys");
    }

    private static Mount sysBind() {
        return mount("/sys", "none", "/sys", "rbind", "nosuid", "noexec", "nodev", "ro");
    }

    private static Mount withoutIdOptions(Mount mount) {
        if (mount.getOptions() == null) {
            return mount;
        }
        List<String> options = new ArrayList<>();
        for (String option : mount.getOptions()) {
            if (!option.startsWith("uid=") && !option.startsWith("gid=")) {
                options.add(option);
            }
        }
        return mount.setOptions(options.isEmpty() ? null : options);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
