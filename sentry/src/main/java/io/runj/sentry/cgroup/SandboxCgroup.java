package io.runj.sentry.cgroup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.runj.oci.AtomicFiles;
import io.runj.oci.OciJson;
import io.runj.oci.Resources;

/**
 * The cgroup of one sandbox (sentry, gofer and guests) and its record in the container's state
 * directory: the directories, which of them runj made (only those are removed, as runc leaves a
 * cgroup it did not create alone), and the resources in force, which {@code update} changes.
 * The record is written before any directory is made, so a create killed at any point leaves
 * enough behind for {@code delete} to clean up.
 */
public final class SandboxCgroup {
    /** The record's name in the container's directory. */
    public static final String RECORD = "cgroup.json";
    private static final long EMPTY_TIMEOUT_NANOS = 10_000_000_000L;

    private final Path record;
    private final Cgroup cgroup;
    private final List<Path> created;
    private Resources resources;

    private SandboxCgroup(Path record, Cgroup cgroup, List<Path> created, Resources resources) {
        this.record = record;
        this.cgroup = cgroup;
        this.created = created;
        this.resources = resources;
    }

    /**
     * Makes the cgroup of {@code cgroupsPath}, moves the process {@code pid} into its guest leaf
     * (its children, started afterwards, are born there: the guest's init, whose cgroup namespace
     * is then rooted there) and applies {@code resources} but the pids limit, which
     * {@link #separate} applies once the sandbox's own processes have left the guest's leaf.
     *
     * @param record the record file to write, in the container's directory
     */
    public static SandboxCgroup create(Path record, String cgroupsPath, boolean systemd, String id,
            Resources resources, long pid) {
        Cgroup cgroup = Cgroup.at(CgroupsPath.resolve(cgroupsPath, systemd, id));
        List<Path> created = new ArrayList<>();
        for (Path dir : cgroup.directories()) {
            created.add(dir.resolve(Cgroup.SANDBOX));
            created.add(dir.resolve(Cgroup.GUEST));
            for (Path d = dir; d != null && !Files.exists(d); d = d.getParent()) {
                created.add(d);
            }
        }
        SandboxCgroup s = new SandboxCgroup(record, cgroup, created,
                resources == null ? new Resources() : resources);
        s.save();
        cgroup.make();
        cgroup.join(pid, Cgroup.GUEST);
        cgroup.setLimits(s.resources);
        return s;
    }

    /**
     * Once the guest's init exists: this process (the sentry) and its other children (the gofer)
     * move to the sandbox leaf, and the pids limit is applied to the guest's leaf.
     */
    public void separate(long guestInit) {
        cgroup.join(ProcessHandle.current().pid(), Cgroup.SANDBOX);
        for (ProcessHandle child : ProcessHandle.current().children().toList()) {
            if (child.pid() != guestInit) {
                cgroup.join(child.pid(), Cgroup.SANDBOX);
            }
        }
        cgroup.setPids(resources.getPids());
    }

    /** The recorded cgroup, or null when the container has none (a create that failed before it). */
    public static SandboxCgroup load(Path record) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(record);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new CgroupException("reading " + record + ": " + e.getMessage());
        }
        try {
            JsonNode root = StatsJson.JSON.readTree(bytes);
            Map<String, Path> paths = new LinkedHashMap<>();
            root.get("paths").fields().forEachRemaining(e -> paths.put(e.getKey(), Path.of(e.getValue().asText())));
            List<Path> created = new ArrayList<>();
            root.get("created").forEach(p -> created.add(Path.of(p.asText())));
            Resources r = OciJson.read(root.get("resources").toString().getBytes(StandardCharsets.UTF_8),
                    Resources.class, RECORD);
            return new SandboxCgroup(record, Cgroup.of(root.get("version").asText(), paths), created, r);
        } catch (IOException | RuntimeException e) {
            throw new CgroupException("reading " + record + ": " + e.getMessage());
        }
    }

    public Cgroup cgroup() {
        return cgroup;
    }

    /** The resources in force: the config's, as changed by every update since. */
    public Resources resources() {
        return resources;
    }

    /** Applies {@code changes} over the resources in force and records the result. */
    public void update(Resources changes) {
        Resources merged = ResourceUpdate.merge(resources, changes);
        try {
            cgroup.set(merged);
        } catch (CgroupException e) {
            // Put back what was in force, as runc does; the first error is the one to report.
            try {
                cgroup.set(resources);
            } catch (CgroupException ignored) {
                // The original error says what went wrong.
            }
            throw e;
        }
        resources = merged;
        save();
    }

    /**
     * The processes in the guest's leaf, the child of {@code sentryPid} (the guest's init) first:
     * what the sentry would list, read without it (a frozen sentry cannot answer).
     */
    public List<Long> guestProcesses(long sentryPid) {
        Path leaf = cgroup.directories().iterator().next().resolve(Cgroup.GUEST);
        List<Long> out = new ArrayList<>();
        for (String pid : CgroupFiles.read(leaf, Cgroup.PROCS).split("\n")) {
            if (!pid.isBlank()) {
                long p = Long.parseLong(pid.trim());
                boolean init = ProcessHandle.of(p).flatMap(ProcessHandle::parent).map(ProcessHandle::pid)
                        .orElse(0L) == sentryPid;
                out.add(init ? 0 : out.size(), p);
            }
        }
        return out;
    }

    /**
     * SIGKILL to every process of the sandbox, then a thaw if it was frozen (a frozen task dies
     * only once thawed): killed in a frozen cgroup, no task runs another instruction, as runc
     * destroys a paused container.
     */
    public void killAll() {
        for (long pid : cgroup.processes()) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
        if (cgroup.frozen()) {
            cgroup.freeze(false);
        }
    }

    /**
     * Removes the directories runj made, deepest first, then the record. What is left of the
     * sandbox is killed first, as runc kills what is left in a container's cgroup: a gofer whose
     * sentry died before it connected, say.
     */
    public void remove() throws InterruptedException {
        killAll();
        long deadline = System.nanoTime() + EMPTY_TIMEOUT_NANOS;
        while (!cgroup.processes().isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new CgroupException("cgroup " + cgroup.directories().iterator().next()
                        + " still has processes in it");
            }
            Thread.sleep(5);
        }
        for (Path dir : created) {
            removeDirectory(dir, deadline);
        }
        try {
            Files.deleteIfExists(record);
        } catch (IOException e) {
            throw new CgroupException("removing " + record + ": " + e.getMessage());
        }
    }

    /**
     * rmdir, retried while the kernel still counts a task that has just exited (EBUSY). A parent
     * runj made that another container's cgroup now shares stays.
     */
    private void removeDirectory(Path dir, long deadline) throws InterruptedException {
        boolean ours = cgroup.withLeaves().contains(dir);
        while (true) {
            try {
                Files.deleteIfExists(dir);
                return;
            } catch (IOException e) {
                if (!ours) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new CgroupException("rmdir " + dir + ": " + e.getMessage());
                }
                Thread.sleep(5);
            }
        }
    }

    private void save() {
        ObjectNode root = StatsJson.JSON.createObjectNode();
        root.put("version", cgroup.version());
        ObjectNode paths = root.putObject("paths");
        cgroup.paths().forEach((k, v) -> paths.put(k, v.toString()));
        ArrayNode made = root.putArray("created");
        created.forEach(p -> made.add(p.toString()));
        try {
            root.set("resources", StatsJson.JSON.readTree(OciJson.writeCompact(resources)));
            AtomicFiles.write(record, StatsJson.JSON.writeValueAsBytes(root));
        } catch (IOException e) {
            throw new CgroupException("writing " + record + ": " + e.getMessage());
        }
    }
}
