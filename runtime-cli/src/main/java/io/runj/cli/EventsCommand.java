package io.runj.cli;

import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.runj.oci.State;
import io.runj.sentry.cgroup.CgroupException;
import io.runj.sentry.cgroup.SandboxCgroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code runj events ID}: one JSON object per line, as runc prints them: {@code {"type":"stats",
 * "id":ID,"data":{...}}} every interval, and {@code {"type":"oom","id":ID}} when the OOM killer
 * kills a task in the container (seen by polling the memory cgroup's oom_kill counter). Unlike
 * runc, which keeps printing errors, the stream ends when the container stops. Polling can miss
 * an OOM kill that ends a foreground {@code run}, whose cgroup goes within 100 ms; runc's eventfd
 * on memory.oom_control would not.
 */
@Command(name = "events", description = "Display container events: OOM notifications and usage statistics.")
public final class EventsCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How often the OOM counter is read between two stats. */
    private static final long OOM_POLL_MILLIS = 100;
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|ms|s|m|h)");

    @ParentCommand
    Main main;

    @Option(names = "--stats", description = "Display the container's stats once, then exit.")
    boolean stats;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "5s", description = "The stats collection interval (a Go duration: 500ms, 5s, 1m).")
    String interval;

    @Parameters(index = "0", paramLabel = "ID", description = "The container's id.")
    String id;

    @Override
    public Integer call() throws InterruptedException {
        Container c = Container.load(main.global.root, id);
        long intervalNanos = durationNanos(interval);
        if (intervalNanos <= 0) {
            throw new CliException("duration interval must be greater than 0");
        }
        if (c.status().equals(State.STATUS_STOPPED)) {
            throw new CliException("container with id " + id + " is not running");
        }
        SandboxCgroup cg = ContainerCgroup.required(c.dir());
        if (stats) {
            print(statsEvent(cg));
            return 0;
        }
        long ooms = cg.cgroup().oomKills();
        long nextStats = System.nanoTime();
        while (c.sentryAlive()) {
            try {
                long now = cg.cgroup().oomKills();
                if (now > ooms) {
                    print(event("oom"));
                    ooms = now;
                }
                if (System.nanoTime() - nextStats >= 0) {
                    print(statsEvent(cg));
                    nextStats += intervalNanos;
                }
            } catch (CgroupException e) {
                // The cgroup went away with the container: the loop ends on the next check.
            }
            long untilStats = (nextStats - System.nanoTime()) / 1_000_000;
            Thread.sleep(Math.max(1, Math.min(OOM_POLL_MILLIS, untilStats)));
        }
        // The OOM kill that ended the container, if the cgroup is still there (until delete).
        try {
            if (cg.cgroup().oomKills() > ooms) {
                print(event("oom"));
            }
        } catch (CgroupException e) {
            // Removed with the container: a foreground run removes it as it exits.
        }
        return 0;
    }

    private ObjectNode event(String type) {
        ObjectNode e = JSON.createObjectNode();
        e.put("type", type);
        e.put("id", id);
        return e;
    }

    private ObjectNode statsEvent(SandboxCgroup cg) {
        ObjectNode e = event("stats");
        try {
            e.set("data", cg.cgroup().stats());
        } catch (CgroupException ex) {
            throw new CliException(ex.getMessage());
        }
        return e;
    }

    private static void print(ObjectNode event) {
        System.out.println(event.toString());
        System.out.flush();
    }

    /** A Go duration ("1h2m3.5s", "300ms") in nanoseconds; a bare "0" is zero. */
    static long durationNanos(String s) {
        String text = s.startsWith("+") ? s.substring(1) : s;
        if (text.equals("0")) {
            return 0;
        }
        boolean negative = text.startsWith("-");
        if (negative) {
            text = text.substring(1);
        }
        Matcher m = DURATION_PART.matcher(text);
        double total = 0;
        int end = 0;
        while (m.find() && m.start() == end) {
            double unit = switch (m.group(2)) {
                case "ns" -> 1;
                case "us", "µs" -> 1e3;
                case "ms" -> 1e6;
                case "s" -> 1e9;
                case "m" -> 60e9;
                default -> 3600e9;
            };
            total += Double.parseDouble(m.group(1)) * unit;
            end = m.end();
        }
        if (end == 0 || end != text.length()) {
            throw new CliException("invalid value \"" + s + "\" for flag -interval: parse error");
        }
        return (long) (negative ? -total : total);
    }
}
