package io.runj.cli;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.runj.oci.LinuxCapability;
import io.runj.oci.NamespaceType;
import io.runj.sentry.exec.GuestProcesses;
import io.runj.sentry.exec.KernelMount;
import picocli.CommandLine.Command;

/**
 * {@code runj features}: what runj implements, in the JSON shape of {@code runc features} (the
 * runtime spec's features.md), stating runj's own truth: the namespaces it makes, the hooks it
 * runs, the mount options it honours; config.json's seccomp, AppArmor and SELinux settings are
 * accepted but not applied, so they are reported as not enabled.
 */
@Command(name = "features", description = "Show the enabled features.")
public final class FeaturesCommand implements Callable<Integer> {
    /** Bind mount options, which the sentry's mount table honours (the others are KernelMount's). */
    private static final Set<String> BIND_OPTIONS = Set.of("bind", "rbind", "ro", "rw", "nosuid", "nodev", "noexec");

    @Override
    public Integer call() throws JsonProcessingException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode f = json.createObjectNode();
        f.put("ociVersionMin", "1.0.0");
        f.put("ociVersionMax", VersionCommand.SPEC_VERSION);
        ArrayNode hooks = f.putArray("hooks");
        for (LifecycleHooks.Kind k : LifecycleHooks.Kind.values()) {
            hooks.add(k.configName);
        }
        Set<String> mountOptions = new TreeSet<>(KernelMount.options());
        mountOptions.addAll(BIND_OPTIONS);
        mountOptions.forEach(f.putArray("mountOptions")::add);
        ObjectNode linux = f.putObject("linux");
        Set<String> namespaces = new TreeSet<>();
        for (NamespaceType t : GuestProcesses.supportedNamespaces()) {
            namespaces.add(t.specName());
        }
        namespaces.forEach(linux.putArray("namespaces")::add);
        ArrayNode caps = linux.putArray("capabilities");
        for (LinuxCapability c : LinuxCapability.values()) {
            caps.add(c.name());
        }
        // cgroupfs on v1 and v2; --systemd-cgroup paths are mapped to cgroupfs, systemd is not asked.
        linux.putObject("cgroup").put("v1", true).put("v2", true).put("systemd", false).put("systemdUser", false);
        // The guest always runs under runj's own filter; linux.seccomp is validated, not applied.
        linux.putObject("seccomp").put("enabled", false);
        linux.putObject("apparmor").put("enabled", false);
        linux.putObject("selinux").put("enabled", false);
        ObjectNode annotations = f.putObject("annotations");
        annotations.put("io.runj.version", VersionCommand.VERSION);
        annotations.put("io.runj.platform", "ptrace");
        annotations.put("io.runj.seccomp.filter", "sandbox");
        System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(f));
        return 0;
    }
}
