package io.runj.sentry.vfs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import io.runj.gofer.GoferClient;
import io.runj.gofer.Walked;
import io.runj.platform.Errno;
import io.runj.platform.FileStat;
import io.runj.platform.NativeException;

/**
 * Path resolution in the sentry, component by component as Linux's namei does: `..` stops at the
 * root, symlinks are read through the gofer and followed here (ELOOP after 40), and mount points
 * are crossed by the mount table, not by the host. Each step asks the gofer for one name below a
 * handle, so nothing a guest names is resolved by the host kernel outside a mount's tree.
 */
final class PathWalk {
    static final int MAX_SYMLINKS = 40;
    static final int NAME_MAX = 255;

    /** A file the walk holds a gofer handle on. Mount roots are the gofer's and are never released. */
    record Node(Mount mount, int handle, boolean owned, FileStat stat) {
    }

    /**
     * Where a walk ended: {@code node} is the file, or null when its last component does not exist
     * (and the caller allowed that); then {@code parent} is the directory that would hold {@code name}.
     */
    static final class Result implements AutoCloseable {
        final List<String> components;
        final Node node;
        final Node parent;
        final String name;
        final boolean trailingSlash;
        private final GoferClient gofer;

        Result(GoferClient gofer, List<String> components, Node node, Node parent, String name, boolean trailingSlash) {
            this.gofer = gofer;
            this.components = components;
            this.node = node;
            this.parent = parent;
            this.name = name;
            this.trailingSlash = trailingSlash;
        }

        String path() {
            return "/" + String.join("/", components);
        }

        @Override
        public void close() {
            release(gofer, node);
            release(gofer, parent);
        }
    }

    private final MountTable table;
    private final GoferClient gofer;

    PathWalk(MountTable table, GoferClient gofer) {
        this.table = table;
        this.gofer = gofer;
    }

    /**
     * Resolves {@code path} from {@code start} (the components of the starting directory; ignored
     * for an absolute path).
     *
     * @param followLast   follow a symlink in the last component
     * @param allowMissing return a Result with a null node when only the last component is missing
     */
    Result walk(Credentials cred, List<String> start, String path, boolean followLast, boolean allowMissing) {
        if (path.isEmpty()) {
            throw new VfsException(Errno.ENOENT);
        }
        List<String> comps = new ArrayList<>(path.startsWith("/") ? List.of() : start);
        Deque<String> todo = new ArrayDeque<>();
        push(todo, path);
        boolean trailingSlash = path.endsWith("/") && !todo.isEmpty();
        int links = 0;
        Node cur = null;
        try {
            while (!todo.isEmpty()) {
                String c = todo.pollFirst();
                boolean last = todo.isEmpty();
                if (c.equals(".")) {
                    continue;
                }
                if (c.equals("..")) {
                    if (!comps.isEmpty()) {
                        comps.remove(comps.size() - 1);
                        release(gofer, cur);
                        cur = null;
                    }
                    continue;
                }
                if (c.length() > NAME_MAX) {
                    throw new VfsException(Errno.ENAMETOOLONG);
                }
                if (cur == null) {
                    cur = lookup(comps);
                }
                if (!cur.stat().isDirectory()) {
                    throw new VfsException(Errno.ENOTDIR);
                }
                if (!cred.permits(cur.stat().mode(), cur.stat().uid(), cur.stat().gid(), 1, false)) {
                    throw new VfsException(Errno.EACCES);
                }
                comps.add(c);
                Node child;
                try {
                    child = step(cur, comps);
                } catch (VfsException e) {
                    if (e.errno() == Errno.ENOENT && last && allowMissing) {
                        Node parent = cur;
                        cur = null;
                        return new Result(gofer, comps, null, parent, c, trailingSlash);
                    }
                    throw e;
                }
                if (child.stat().isSymlink() && (!last || followLast || trailingSlash)) {
                    comps.remove(comps.size() - 1);
                    String target;
                    try {
                        if (++links > MAX_SYMLINKS) {
                            throw new VfsException(Errno.ELOOP);
                        }
                        target = call(() -> gofer.readlink(child.handle()));
                    } finally {
                        release(gofer, child);
                    }
                    if (target.isEmpty()) {
                        throw new VfsException(Errno.ENOENT);
                    }
                    if (target.startsWith("/")) {
                        comps.clear();
                        release(gofer, cur);
                        cur = null;
                    }
                    push(todo, target);
                    continue;
                }
                release(gofer, cur);
                cur = child;
            }
            if (cur == null) {
                cur = lookup(comps);
            }
            if (trailingSlash && !cur.stat().isDirectory()) {
                throw new VfsException(Errno.ENOTDIR);
            }
            Node found = cur;
            cur = null;
            return new Result(gofer, comps, found, null, null, trailingSlash);
        } finally {
            release(gofer, cur);
        }
    }

    /**
     * Resolves all but the last component of {@code path}, as the calls that create, remove or
     * rename a name do (Linux's filename_parentat): the Result's {@code parent} is that directory,
     * its {@code node} null, its {@code name} the last component as written: "." or ".." are kept,
     * and a path of only slashes gives {@link #ROOT_NAME}. The caller's search permission on the
     * parent is checked.
     */
    Result walkParent(Credentials cred, List<String> start, String path) {
        if (path.isEmpty()) {
            throw new VfsException(Errno.ENOENT);
        }
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        boolean trailingSlash = end < path.length() && end > 0;
        String p = path.substring(0, end);
        int slash = p.lastIndexOf('/');
        String name = p.isEmpty() ? ROOT_NAME : p.substring(slash + 1);
        if (name.length() > NAME_MAX) {
            throw new VfsException(Errno.ENAMETOOLONG);
        }
        String dir = p.isEmpty() || slash == 0 ? "/" : slash < 0 ? "." : p.substring(0, slash);
        Result d = walk(cred, start, dir, true, false);
        Node parent = d.node;
        if (!parent.stat().isDirectory()) {
            d.close();
            throw new VfsException(Errno.ENOTDIR);
        }
        if (!cred.permits(parent.stat().mode(), parent.stat().uid(), parent.stat().gid(), 1, false)) {
            d.close();
            throw new VfsException(Errno.EACCES);
        }
        List<String> comps = new ArrayList<>(d.components);
        if (!name.equals(ROOT_NAME)) {
            comps.add(name);
        }
        return new Result(gofer, comps, null, parent, name, trailingSlash);
    }

    /**
     * {@link #walkParent} for the second path of rename or link, whose first path is on a served
     * mount: a mount left to the host is another mount, so EXDEV.
     */
    Result walkSecondParent(Credentials cred, List<String> start, String path) {
        try {
            return walkParent(cred, start, path);
        } catch (LeaveToHost e) {
            throw new VfsException(Errno.EXDEV);
        }
    }

    /** The last component of a path of only slashes: no real name contains '/'. */
    static final String ROOT_NAME = "/";

    /**
     * The entry {@code p.name} in {@code p.parent} (a mount root when a mount covers it), not
     * following a symlink; null when it does not exist. The caller releases it.
     */
    Node child(Result p) {
        try {
            return step(p.parent, p.components);
        } catch (VfsException e) {
            if (e.errno() == Errno.ENOENT) {
                return null;
            }
            throw e;
        }
    }

    /** Whether a mount's root is at canonical path {@code comps}: it cannot be unlinked, renamed or linked. */
    boolean isMountRoot(List<String> comps) {
        return table.mountedAt("/" + String.join("/", comps)) != null;
    }

    /** Puts the components of {@code path} in front of {@code todo}, in order. */
    private static void push(Deque<String> todo, String path) {
        String[] parts = path.split("/");
        for (int i = parts.length - 1; i >= 0; i--) {
            if (!parts[i].isEmpty()) {
                todo.addFirst(parts[i]);
            }
        }
    }

    /** The child named by the last of {@code comps} below {@code dir}, crossing onto a mount there. */
    private Node step(Node dir, List<String> comps) {
        Mount over = table.mountedAt("/" + String.join("/", comps));
        if (over != null) {
            return root(over);
        }
        Walked w = call(() -> gofer.walk(dir.handle(), comps.get(comps.size() - 1), false));
        return new Node(dir.mount(), w.handle(), true, w.stat());
    }

    /**
     * The directory at canonical (symlink-free) {@code comps}, walked from the deepest mount that
     * holds it: used after `..` and for a walk's starting directory.
     */
    private Node lookup(List<String> comps) {
        Mount m = table.covering(comps);
        int depth = components(m.path()).size();
        if (depth == comps.size()) {
            return root(m);
        }
        String rest = String.join("/", comps.subList(depth, comps.size()));
        if (m.kind() != Mount.Kind.BIND) {
            throw LeaveToHost.INSTANCE;
        }
        Walked w = call(() -> gofer.walk(m.handle(), rest, false));
        return new Node(m, w.handle(), true, w.stat());
    }

    private Node root(Mount m) {
        if (m.kind() != Mount.Kind.BIND) {
            throw LeaveToHost.INSTANCE;
        }
        return new Node(m, m.handle(), false, call(() -> gofer.stat(m.handle())));
    }

    static List<String> components(String path) {
        List<String> out = new ArrayList<>();
        for (String c : path.split("/")) {
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }

    static void release(GoferClient gofer, Node n) {
        if (n != null && n.owned()) {
            try {
                gofer.release(n.handle());
            } catch (NativeException e) {
                // The gofer is gone (EIO): it holds nothing any more.
            }
        }
    }

    /** Runs a gofer call, its errno (EIO once the gofer is gone) becoming the guest's. */
    static <T> T call(java.util.function.Supplier<T> c) {
        try {
            return c.get();
        } catch (NativeException e) {
            throw new VfsException(e.errno());
        }
    }
}
