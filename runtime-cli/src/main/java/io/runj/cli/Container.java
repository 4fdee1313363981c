package io.runj.cli;

import java.nio.file.Path;

import io.runj.oci.State;
import io.runj.sentry.control.ControlClient;

/**
 * An existing container as the CLI sees it: its recorded state, corrected by whether its sentry
 * still lives. A container whose sentry is gone is "stopped", whatever state.json says, as runc
 * reports a container whose init is gone.
 */
final class Container {
    private final StateDir dir;
    private final StateFile.Record record;

    private Container(StateDir dir, StateFile.Record record) {
        this.dir = dir;
        this.record = record;
    }

    /** Throws runc's "container does not exist" for an unknown id or a create that never finished. */
    static Container load(Path root, String id) {
        StateDir dir = StateDir.of(root, id);
        StateFile.Record r = dir.exists() ? StateFile.read(dir) : null;
        if (r == null) {
            throw new CliException("container does not exist");
        }
        return new Container(dir, r);
    }

    StateDir dir() {
        return dir;
    }

    long sentryPid() {
        return record.state().getPid();
    }

    boolean sentryAlive() {
        return ProcStat.alive(sentryPid(), record.sentryStartTime());
    }

    /** created, running, paused (its cgroup is frozen) or stopped. */
    String status() {
        if (!sentryAlive()) {
            return State.STATUS_STOPPED;
        }
        return ContainerCgroup.paused(dir) ? State.STATUS_PAUSED : record.state().getStatus();
    }

    /** The state as {@code runj state} prints it: pid 0 once stopped, and an empty owner, as runc. */
    State state() {
        State recorded = record.state();
        String status = status();
        return new State()
                .setOciVersion(recorded.getOciVersion())
                .setId(recorded.getId())
                .setPid(status.equals(State.STATUS_STOPPED) ? 0 : recorded.getPid())
                .setStatus(status)
                .setBundle(recorded.getBundle())
                .setRootfs(recorded.getRootfs())
                .setCreated(recorded.getCreated())
                .setAnnotations(recorded.getAnnotations())
                .setOwner("");
    }

    /** The state a hook gets on stdin, as runc passes it: the runtime spec's fields, with {@code status}. */
    State hookState(String status) {
        State recorded = record.state();
        return new State()
                .setOciVersion(recorded.getOciVersion())
                .setId(recorded.getId())
                .setStatus(status)
                .setPid(status.equals(State.STATUS_STOPPED) ? 0 : recorded.getPid())
                .setBundle(recorded.getBundle())
                .setAnnotations(recorded.getAnnotations());
    }

    ControlClient control() {
        return new ControlClient(dir.controlSocket());
    }
}
