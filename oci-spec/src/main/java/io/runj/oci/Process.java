package io.runj.oci;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The process run in the container ({@code process} in config.json). */
@JsonPropertyOrder({
    "terminal", "consoleSize", "user", "args", "commandLine", "env", "cwd", "capabilities",
    "rlimits", "noNewPrivileges", "apparmorProfile", "oomScoreAdj", "selinuxLabel"
})
public final class Process extends Extensible {
    private Boolean terminal;
    private ConsoleSize consoleSize;
    private User user;
    private List<String> args;
    private String commandLine;
    private List<String> env;
    private String cwd;
    private Capabilities capabilities;
    private List<Rlimit> rlimits;
    private Boolean noNewPrivileges;
    private String apparmorProfile;
    private Integer oomScoreAdj;
    private String selinuxLabel;

    /** Whether the process gets a pseudo-terminal. */
    public Boolean getTerminal() {
        return terminal;
    }

    public Process setTerminal(Boolean terminal) {
        this.terminal = terminal;
        return this;
    }

    /** Initial terminal size; only meaningful with a terminal. */
    public ConsoleSize getConsoleSize() {
        return consoleSize;
    }

    public Process setConsoleSize(ConsoleSize consoleSize) {
        this.consoleSize = consoleSize;
        return this;
    }

    /** User and groups the process runs as; absent means uid 0, gid 0. */
    public User getUser() {
        return user;
    }

    public Process setUser(User user) {
        this.user = user;
        return this;
    }

    /** Executable and arguments, as for execvp(3). */
    public List<String> getArgs() {
        return args;
    }

    public Process setArgs(List<String> args) {
        this.args = Copies.list(args);
        return this;
    }

    /** Full command line; used on Windows only. */
    public String getCommandLine() {
        return commandLine;
    }

    public Process setCommandLine(String commandLine) {
        this.commandLine = commandLine;
        return this;
    }

    /** Environment as {@code KEY=VALUE} entries. */
    public List<String> getEnv() {
        return env;
    }

    public Process setEnv(List<String> env) {
        this.env = Copies.list(env);
        return this;
    }

    /** Absolute working directory inside the container. */
    public String getCwd() {
        return cwd;
    }

    public Process setCwd(String cwd) {
        this.cwd = cwd;
        return this;
    }

    /** Capability sets kept for the process. */
    public Capabilities getCapabilities() {
        return capabilities;
    }

    public Process setCapabilities(Capabilities capabilities) {
        this.capabilities = capabilities;
        return this;
    }

    /** Resource limits set before exec. */
    public List<Rlimit> getRlimits() {
        return rlimits;
    }

    public Process setRlimits(List<Rlimit> rlimits) {
        this.rlimits = Copies.list(rlimits);
        return this;
    }

    /** Sets PR_SET_NO_NEW_PRIVS. */
    public Boolean getNoNewPrivileges() {
        return noNewPrivileges;
    }

    public Process setNoNewPrivileges(Boolean noNewPrivileges) {
        this.noNewPrivileges = noNewPrivileges;
        return this;
    }

    /** AppArmor profile for the process. */
    public String getApparmorProfile() {
        return apparmorProfile;
    }

    public Process setApparmorProfile(String apparmorProfile) {
        this.apparmorProfile = apparmorProfile;
        return this;
    }

    /** Value for /proc/self/oom_score_adj. */
    public Integer getOomScoreAdj() {
        return oomScoreAdj;
    }

    public Process setOomScoreAdj(Integer oomScoreAdj) {
        this.oomScoreAdj = oomScoreAdj;
        return this;
    }

    /** SELinux label for the process. */
    public String getSelinuxLabel() {
        return selinuxLabel;
    }

    public Process setSelinuxLabel(String selinuxLabel) {
        this.selinuxLabel = selinuxLabel;
        return this;
    }
}
