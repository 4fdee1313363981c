package io.runj.sentry.cgroup;

import java.math.BigInteger;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds runc's stats JSON (types.Stats), keeping Go's encoding: uint64 values, members marked
 * omitempty in runc left out when zero or empty, the others always present.
 */
final class StatsJson {
    static final ObjectMapper JSON = new ObjectMapper();

    private StatsJson() {
    }

    /** The skeleton every stats object has, in runc's member order. */
    static ObjectNode skeleton() {
        ObjectNode data = JSON.createObjectNode();
        ObjectNode cpu = data.putObject("cpu");
        cpu.putObject("usage");
        cpu.putObject("throttling");
        data.putObject("cpuset");
        data.putObject("memory");
        data.putObject("pids");
        data.putObject("blkio");
        data.putObject("hugetlb");
        data.putObject("intel_rdt");
        data.putNull("network_interfaces");
        return data;
    }

    static void put(ObjectNode node, String key, long unsigned) {
        node.put(key, new BigInteger(Long.toUnsignedString(unsigned)));
    }

    /** An omitempty member. */
    static void putNonZero(ObjectNode node, String key, long unsigned) {
        if (unsigned != 0) {
            put(node, key, unsigned);
        }
    }

    /** An omitempty list of numbers. */
    static void putList(ObjectNode node, String key, long[] values) {
        if (values.length > 0) {
            ArrayNode a = node.putArray(key);
            for (long v : values) {
                a.add(new BigInteger(Long.toUnsignedString(v)));
            }
        }
    }

    /** A MemoryEntry: limit and failcnt always, usage and max when non-zero. */
    static ObjectNode memoryEntry(long limit, long usage, long max, long failcnt) {
        ObjectNode e = JSON.createObjectNode();
        put(e, "limit", limit);
        putNonZero(e, "usage", usage);
        putNonZero(e, "max", max);
        put(e, "failcnt", failcnt);
        return e;
    }

    static void putRaw(ObjectNode memory, Map<String, Long> raw) {
        if (!raw.isEmpty()) {
            ObjectNode r = memory.putObject("raw");
            raw.keySet().stream().sorted().forEach(k -> put(r, k, raw.get(k)));
        }
    }

    /** A BlkioEntry, every member omitempty. */
    static JsonNode blkioEntry(long major, long minor, String op, long value) {
        ObjectNode e = JSON.createObjectNode();
        putNonZero(e, "major", major);
        putNonZero(e, "minor", minor);
        if (!op.isEmpty()) {
            e.put("op", op);
        }
        putNonZero(e, "value", value);
        return e;
    }

    /** Numbers separated by blanks (cpuacct.usage_percpu). */
    static long[] numbers(String s) {
        return s.isBlank() ? new long[0]
                : java.util.Arrays.stream(s.trim().split("\\s+")).mapToLong(Long::parseUnsignedLong).toArray();
    }

    /** A cpuset list such as "0-2,5" as its members. */
    static long[] cpuList(String s) {
        java.util.List<Long> out = new java.util.ArrayList<>();
        for (String part : s.trim().split(",")) {
            if (part.isEmpty()) {
                continue;
            }
            int dash = part.indexOf('-');
            long lo = Long.parseLong(dash < 0 ? part : part.substring(0, dash));
            long hi = dash < 0 ? lo : Long.parseLong(part.substring(dash + 1));
            for (long i = lo; i <= hi; i++) {
                out.add(i);
            }
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }
}
