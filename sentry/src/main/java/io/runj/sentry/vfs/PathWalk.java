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
        Mount best = table.root();
        int depth = 0;
        for (Mount m : table.mounts()) {
            List<String> mp = components(m.path());
            if (mp.size() >= depth && mp.size() <= comps.size() && comps.subList(0, mp.size()).equals(mp)) {
                best = m;
                depth = mp.size();
            }
        }
        if (depth == comps.size()) {
            return root(best);
        }
        String rest = String.join("/", comps.subList(depth, comps.size()));
        Mount m = best;
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
