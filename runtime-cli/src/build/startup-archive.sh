#!/bin/sh
# Build step (runtime-cli's package phase, after the shade step): makes the start-up aids that
# bin/runj and SentryProcess use, all under target/ (build outputs, never committed).
#
#   target/runj.jsa   a static AppCDS archive: the JDK's and runj's classes, parsed, verified and
#                     laid out as the JVM uses them, mapped at start instead of loaded from the jar.
#   target/jffi/      libjffi extracted from the jar, for -Djffi.boot.library.path: otherwise jffi
#                     copies it to a fresh file in /tmp at every start (and a killed sentry leaves
#                     it there).
#
# The archive is static (-Xshare:dump from a class list) rather than dynamic
# (-XX:ArchiveClassesAtExit): picocli's classes are Java 5 class files, which JDK 17 archives
# only statically, and picocli is most of a CLI call. The class list comes from training runs
# of the real commands: version, spec, state and list (the CLI), `do -- /bin/true` (the sentry
# in-process: jnr-ffi, stub, setup injection, tracer), a foreground run of a bundle over the
# host's root (the sentry in-process again) and create/start/delete of it (the sentry as its
# own JVM, `runj boot`); the gofer JVMs these start record their classes too. A training run
# that cannot work here (no ptrace, not root) only leaves its classes out of the archive.
#
# Usage: startup-archive.sh JAVA_HOME TARGET_DIR
set -u
jdk=$1
target=$(readlink -f "$2")
java=$jdk/bin/java
jar=$target/runj.jar
work=$target/startup-training
log=$target/startup-archive.log

rm -rf "$work" "$target/runj.jsa" "$target/jffi"
mkdir -p "$work"
: >"$log"

# libjffi for this machine's architecture, where jffi would look for it inside the jar.
case $(uname -m) in
    x86_64) arch=x86_64 ;;
    aarch64) arch=aarch64 ;;
    *) arch=$(uname -m) ;;
esac
mkdir -p "$target/jffi"
(cd "$target/jffi" && "$jdk/bin/jar" xf "$jar" "jni/$arch-Linux/libjffi-1.2.so") >>"$log" 2>&1
jffi=$target/jffi/jni/$arch-Linux
if [ ! -f "$jffi/libjffi-1.2.so" ]; then
    echo "startup-archive: no libjffi for $arch-Linux in the jar; jffi will extract it at run time" >>"$log"
    rm -rf "$target/jffi"
    jffi=
fi

# The CLI's flags as bin/runj passes them, so the class list has the classes those runs load.
flags="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto ${jffi:+-Djffi.boot.library.path=$jffi}"
n=0
train() {
    n=$((n + 1))
    echo "startup-archive: training $n: runj $*" >>"$log"
    # shellcheck disable=SC2086
    "$java" $flags -XX:DumpLoadedClassList="$work/$n.classlist" -Drunj.sentry.classlist="$work/$n.sentry.classlist" \
        -Drunj.gofer.classlist="$work/$n.gofer.classlist" \
        -cp "$jar" io.runj.cli.Main "$@" </dev/null >>"$log" 2>&1
    echo "startup-archive: exit $?" >>"$log"
}

root=$work/state
bundle=$work/bundle
mkdir -p "$bundle" "$work/spec"
train version
train spec --bundle "$work/spec"
train --root "$root" state missing
train --root "$root" list
train do -- /bin/true
# A bundle over the host's root, read-only, with no mounts: enough for the create, start and
# delete paths and the sentry's (`runj boot`) own classes.
cat >"$bundle/config.json" <<'EOF'
{
  "ociVersion": "1.2.0",
  "process": {"user": {"uid": 0, "gid": 0}, "args": ["/bin/true"], "env": ["PATH=/usr/bin:/bin"], "cwd": "/"},
  "root": {"path": "/", "readonly": true},
  "hostname": "runj",
  "linux": {"namespaces": [{"type": "mount"}, {"type": "uts"}, {"type": "ipc"}]}
}
EOF
train --root "$root" run --bundle "$bundle" training-run
train --root "$root" create --bundle "$bundle" training
train --root "$root" state training
train --root "$root" start training
train --root "$root" ps training
sleep 0.2
train --root "$root" delete --force training

# One list, first occurrence first (the order the classes were loaded in). A gofer JVM is killed
# when its sentry is done, so its list may end in a partial line: that line is dropped.
for f in "$work"/*.classlist; do
    [ -f "$f" ] || continue
    if [ -n "$(tail -c 1 "$f")" ]; then sed '$d' "$f"; else cat "$f"; fi
done | awk '!seen[$0]++' >"$work/runj.classlist"
echo "startup-archive: $(wc -l <"$work/runj.classlist") classes" >>"$log"
if "$java" -Xshare:dump -XX:SharedClassListFile="$work/runj.classlist" -XX:SharedArchiveFile="$target/runj.jsa" \
        -Xlog:cds=warning:file="$target/startup-archive-dump.log" -cp "$jar" >>"$log" 2>&1; then
    rm -rf "$work"
    exit 0
fi
echo "startup-archive: warning: no CDS archive ($target/runj.jsa), runj will start slower; see $log" >&2
rm -f "$target/runj.jsa"
exit 0
