package io.runj.oci;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SysctlValidationTest extends ValidationTest {
    private void sysctl(String key) {
        linux().setSysctl(Map.of(key, "1"));
    }

    @Test
    void namespacedSysctlsAreAccepted() {
        linux().setSysctl(Map.of(
                "kernel.shmmax", "1", "fs.mqueue.msg_max", "1", "net.ipv4.ip_forward", "1", "kernel.domainname", "x"));
        assertValid();
    }

    @Test
    void ipcSysctlsRequireIpcNamespace() {
        removeNamespace("ipc");
        sysctl("kernel.shmmax");
        assertErrors("linux.sysctl[\"kernel.shmmax\"]: requires an ipc namespace");
    }

    @Test
    void mqueueSysctlsRequireIpcNamespace() {
        removeNamespace("ipc");
        sysctl("fs.mqueue.queues_max");
        assertErrors("linux.sysctl[\"fs.mqueue.queues_max\"]: requires an ipc namespace");
    }

    @Test
    void netSysctlsRequireNetworkNamespace() {
        removeNamespace("network");
        sysctl("net.ipv4.ip_forward");
        assertErrors("linux.sysctl[\"net.ipv4.ip_forward\"]: requires a network namespace");
    }

    @Test
    void netSysctlsAreRefusedInTheJoinedHostNetworkNamespace() {
        removeNamespace("network");
        addNamespace("network", "/proc/self/ns/net");
        sysctl("net.ipv4.ip_forward");
        assertErrors("linux.sysctl[\"net.ipv4.ip_forward\"]: not allowed in the host network namespace");
    }

    @Test
    void netSysctlsNeedACheckableNetworkNamespacePath() {
        removeNamespace("network");
        addNamespace("network", "/nonexistent/ns/net");
        sysctl("net.ipv4.ip_forward");
        assertErrors("linux.sysctl[\"net.ipv4.ip_forward\"]: cannot check network namespace /nonexistent/ns/net: "
                + "no such file");
    }

    @Test
    void hostnameSysctlConflictsWithHostnameField() {
        sysctl("kernel.hostname");
        assertErrors("linux.sysctl[\"kernel.hostname\"]: conflicts with the hostname field");
    }

    @Test
    void domainnameSysctlRequiresUtsNamespace() {
        spec.setHostname(null);
        removeNamespace("uts");
        sysctl("kernel.domainname");
        assertErrors("linux.sysctl[\"kernel.domainname\"]: not in a separate kernel namespace");
    }

    @Test
    void globalSysctlsAreRefused() {
        sysctl("vm.swappiness");
        assertErrors("linux.sysctl[\"vm.swappiness\"]: not in a separate kernel namespace");
    }

    @Test
    void slashSeparatedKeysAreUnderstood() {
        removeNamespace("network");
        sysctl("net/ipv4/conf/eno2.100/rp_filter");
        assertErrors("linux.sysctl[\"net/ipv4/conf/eno2.100/rp_filter\"]: requires a network namespace");
    }

    @Test
    void slashSeparatorSwapsDotsAndSlashes() {
        assertEquals("net.ipv4.conf.eno2/100.rp_filter", SysctlRules.dotted("net/ipv4/conf/eno2.100/rp_filter"));
        assertEquals("net.ipv4.ip_forward", SysctlRules.dotted("net.ipv4.ip_forward"));
        assertEquals("nosep", SysctlRules.dotted("nosep"));
    }
}
