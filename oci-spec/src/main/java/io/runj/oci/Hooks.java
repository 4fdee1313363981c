package io.runj.oci;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Lifecycle hooks ({@code hooks}); each list runs in order. */
@JsonPropertyOrder({
    "prestart", "createRuntime", "createContainer", "startContainer", "poststart", "poststop"
})
public final class Hooks extends Extensible {
    private List<Hook> prestart;
    private List<Hook> createRuntime;
    private List<Hook> createContainer;
    private List<Hook> startContainer;
    private List<Hook> poststart;
    private List<Hook> poststop;

    /** Deprecated: after the container is created, in the runtime namespace. */
    public List<Hook> getPrestart() {
        return prestart;
    }

    public Hooks setPrestart(List<Hook> prestart) {
        this.prestart = Copies.list(prestart);
        return this;
    }

    /** After the container is created, in the runtime namespace. */
    public List<Hook> getCreateRuntime() {
        return createRuntime;
    }

    public Hooks setCreateRuntime(List<Hook> createRuntime) {
        this.createRuntime = Copies.list(createRuntime);
        return this;
    }

    /** After the container is created, in the container namespace. */
    public List<Hook> getCreateContainer() {
        return createContainer;
    }

    public Hooks setCreateContainer(List<Hook> createContainer) {
        this.createContainer = Copies.list(createContainer);
        return this;
    }

    /** Before the user process starts, in the container namespace. */
    public List<Hook> getStartContainer() {
        return startContainer;
    }

    public Hooks setStartContainer(List<Hook> startContainer) {
        this.startContainer = Copies.list(startContainer);
        return this;
    }

    /** After the user process starts. */
    public List<Hook> getPoststart() {
        return poststart;
    }

    public Hooks setPoststart(List<Hook> poststart) {
        this.poststart = Copies.list(poststart);
        return this;
    }

    /** After the container is deleted. */
    public List<Hook> getPoststop() {
        return poststop;
    }

    public Hooks setPoststop(List<Hook> poststop) {
        this.poststop = Copies.list(poststop);
        return this;
    }
}
