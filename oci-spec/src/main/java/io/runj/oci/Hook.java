package io.runj.oci;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A command run at a lifecycle event ({@code hooks.<event>[]}). */
@JsonPropertyOrder({"path", "args", "env", "timeout"})
public final class Hook extends Extensible {
    private String path;
    private List<String> args;
    private List<String> env;
    private Integer timeout;

    /** Absolute path of the executable. */
    public String getPath() {
        return path;
    }

    public Hook setPath(String path) {
        this.path = path;
        return this;
    }

    /** Arguments including argv[0]. */
    public List<String> getArgs() {
        return args;
    }

    public Hook setArgs(List<String> args) {
        this.args = Copies.list(args);
        return this;
    }

    /** Environment as {@code KEY=VALUE} entries. */
    public List<String> getEnv() {
        return env;
    }

    public Hook setEnv(List<String> env) {
        this.env = Copies.list(env);
        return this;
    }

    /** Seconds before the hook is aborted; positive. */
    public Integer getTimeout() {
        return timeout;
    }

    public Hook setTimeout(Integer timeout) {
        this.timeout = timeout;
        return this;
    }
}
