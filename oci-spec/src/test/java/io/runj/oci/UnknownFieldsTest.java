package io.runj.oci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Members the model does not know must survive a read and write unchanged, at every level. */
class UnknownFieldsTest {
    @Test
    void unknownTopLevelMembersSurvive() {
        String json = """
                {
                \t"ociVersion": "1.2.0",
                \t"vm": {
                \t\t"kernel": {
                \t\t\t"path": "/vmlinuz"
                \t\t}
                \t},
                \t"x-vendor": [
                \t\t1,
                \t\t1.50,
                \t\t123456789012345678901234567890,
                \t\tnull,
                \t\ttrue,
                \t\t"s"
                \t],
                \t"empty": {}
                }""";

        Spec spec = ConfigLoader.parse(Fixtures.bytes(json));

        assertEquals(json, Specs.toJson(spec));
        assertEquals("/vmlinuz", spec.unknownFields().get("vm").at("/kernel/path").asText());
    }

    @Test
    void unknownNestedMembersSurvive() {
        String json = """
                {
                \t"ociVersion": "1.2.0",
                \t"process": {
                \t\t"user": {
                \t\t\t"uid": 0,
                \t\t\t"gid": 0,
                \t\t\t"username": "root"
                \t\t},
                \t\t"cwd": "/",
                \t\t"scheduler": {
                \t\t\t"policy": "SCHED_OTHER"
                \t\t},
                \t\t"ioPriority": {
                \t\t\t"class": "IOPRIO_CLASS_IDLE",
                \t\t\t"priority": 7
                \t\t}
                \t},
                \t"mounts": [
                \t\t{
                \t\t\t"destination": "/x",
                \t\t\t"future": false
                \t\t}
                \t],
                \t"linux": {
                \t\t"resources": {
                \t\t\t"memory": {
                \t\t\t\t"limit": 1,
                \t\t\t\t"newKnob": 5
                \t\t\t},
                \t\t\t"rdma": {
                \t\t\t\t"mlx5_0": {
                \t\t\t\t\t"hcaHandles": 3
                \t\t\t\t}
                \t\t\t}
                \t\t},
                \t\t"seccomp": {
                \t\t\t"defaultAction": "SCMP_ACT_ALLOW",
                \t\t\t"syscalls": [
                \t\t\t\t{
                \t\t\t\t\t"names": [
                \t\t\t\t\t\t"read"
                \t\t\t\t\t],
                \t\t\t\t\t"action": "SCMP_ACT_ALLOW",
                \t\t\t\t\t"comment": "kept"
                \t\t\t\t}
                \t\t\t]
                \t\t},
                \t\t"timeOffsets": {
                \t\t\t"monotonic": {
                \t\t\t\t"secs": 10
                \t\t\t}
                \t\t}
                \t}
                }""";

        Spec spec = ConfigLoader.parse(Fixtures.bytes(json));

        assertEquals(json, Specs.toJson(spec));
        assertEquals("root", spec.getProcess().getUser().unknownFields().get("username").asText());
        assertTrue(spec.getLinux().getResources().unknownFields().containsKey("rdma"));
    }

    @Test
    void unknownMembersFollowKnownOnesInDocumentOrder() {
        Spec spec = ConfigLoader.parse(Fixtures.bytes("{\"z\": 1, \"ociVersion\": \"1.0.0\", \"a\": 2}"));

        assertEquals("{\"ociVersion\":\"1.0.0\",\"z\":1,\"a\":2}", OciJson.write(spec, "").replaceAll("\\s", ""));
    }
}
