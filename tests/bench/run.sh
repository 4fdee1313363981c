#!/usr/bin/env bash
# runj benchmark suite: runj side by side with native, runc and gVisor's runsc (ptrace platform) in
# one run, on one shared busybox bundle, reported as ratios. Run as root: tests/bench/run.sh
# [--write-doc]. The report goes to stdout (hyperfine's progress to stderr); --write-doc also
# rewrites docs/performance.md. Not part of `mvn verify`: timings belong here, not in unit tests.
# BENCH_RUNS (default 10) sets the runs of the fast benchmarks (the slow ones take 2); BENCH_N
# (default 1000000) and BENCH_TRAPPED_N (default 250000) the getpid and getppid loop counts.
set -euo pipefail

HOME_DIR=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
WORK=$HOME_DIR/tests/target/bench
ROOTFS=$WORK/rootfs
STATE=$WORK/state
RUNJ=$HOME_DIR/bin/runj
TARGET=$HOME_DIR/runtime-cli/target
FROZEN=$HOME_DIR/tests/target/bench-runj
RUNS=${BENCH_RUNS:-10}
SLOW_RUNS=2
N=${BENCH_N:-1000000}
TN=${BENCH_TRAPPED_N:-250000}
case ${1:-} in
    '') WRITE_DOC=false ;;
    --write-doc) WRITE_DOC=true ;;
    *) echo "usage: $0 [--write-doc]" >&2; exit 2 ;;
esac

die() { echo "bench: $*" >&2; exit 1; }
[[ $EUID -eq 0 ]] || die "run as root (containers need it)"
for t in hyperfine runc runsc gcc jq /bin/busybox; do
    command -v "$t" >/dev/null || die "missing $t"
done
[[ -f $TARGET/runj.jar ]] || die "build runj first: cd $HOME_DIR && mvn -B -q -DskipTests package"

# A build during the run (mvn package rewrites runtime-cli/target under running JVMs) would break or
# change runj midway, so the run sees a copy of bin/runj and of what it loads from the target
# directory, bind-mounted over the originals in a private mount namespace: the paths stay the same,
# so the class-data-sharing archive, which records its jar's path and mtime, still maps.
freeze_runj() {
    local try stamp
    for try in 1 2 3 4 5 6; do
        stamp=$(stat -c %Y.%s "$TARGET"/runj.* "$RUNJ")
        rm -rf "$FROZEN" && mkdir -p "$FROZEN/target"
        cp -a "$RUNJ" "$FROZEN/runj" && cp -a "$TARGET"/runj.* "$FROZEN/target/"
        [[ ! -d $TARGET/jffi ]] || cp -a "$TARGET/jffi" "$FROZEN/target/"
        # Unchanged while copied, and the archive (if any) made after the jar, not half a build.
        if [[ $(stat -c %Y.%s "$TARGET"/runj.* "$RUNJ") == "$stamp" \
            && ( ! -f $TARGET/runj.jsa || ! $TARGET/runj.jar -nt $TARGET/runj.jsa ) ]]; then
            return
        fi
        sleep 10
    done
    die "runtime-cli/target keeps changing: rerun when no build is running"
}
if [[ -z ${BENCH_FROZEN:-} ]]; then
    command -v unshare >/dev/null || die "missing unshare"
    freeze_runj
    BENCH_FROZEN=1 exec unshare --mount --propagation private "$(readlink -f "$0")" "$@"
fi
mount --bind "$FROZEN/target" "$TARGET"
mount --bind "$FROZEN/runj" "$RUNJ"

# --- the shared bundle: one rootfs, one config.json per workload differing only in process.args ---
build_rootfs() {
    rm -rf "$WORK" && mkdir -p "$ROOTFS"/{bin,etc,tmp,proc,dev,sys,root} "$STATE"/{runc,runj,runsc}
    cp /bin/busybox "$ROOTFS/bin/"
    for a in $(/bin/busybox --list); do
        [[ $a == busybox ]] || ln -s busybox "$ROOTFS/bin/$a"
    done
    chmod 1777 "$ROOTFS/tmp"
    echo 'root:x:0:0:root:/root:/bin/sh' >"$ROOTFS/etc/passwd"
    echo 'root:x:0:' >"$ROOTFS/etc/group"
    gcc -static -O2 -o "$ROOTFS/bin/getpid_loop" "$HOME_DIR/tests/bench/syscall_loop.c"
    gcc -static -O2 -DNR=SYS_getppid -o "$ROOTFS/bin/getppid_loop" "$HOME_DIR/tests/bench/syscall_loop.c"
    gcc -O2 -o "$WORK/trace_floor" "$HOME_DIR/tests/bench/trace_floor.c"
    (cd "$WORK" && runc spec && mv config.json runc-spec.json)
}

# bundle NAME ARGS...: runc's default spec with terminal false, a writable root (the file benchmark
# writes /tmp) at the shared rootfs, and ARGS as the process.
bundle() {
    local name=$1; shift
    mkdir -p "$WORK/bundles/$name"
    jq --arg root "$ROOTFS" --argjson args "$(printf '%s\n' "$@" | jq -R . | jq -s .)" \
        '.process.terminal = false | .process.args = $args | .root = {path: $root, readonly: false}' \
        <"$WORK/runc-spec.json" >"$WORK/bundles/$name/config.json"
}

# The command line of each runtime for a bundle; hyperfine runs it with sh -c, so b$$ (that shell's
# pid) gives every run its own container id.
cmd() {
    local rt=$1 b=$WORK/bundles/$2
    case $rt in
        runc) echo "runc --root $STATE/runc run --bundle $b b\$\$" ;;
        runsc) echo "runsc --root $STATE/runsc --platform=ptrace --network=none run --bundle $b b\$\$" ;;
        runj) echo "$RUNJ --root $STATE/runj run --bundle $b b\$\$" ;;
    esac
}

# Deletes the containers a failed or interrupted run left behind, and what runj's guests wrote into
# the shared rootfs: runj does not mount /dev yet, so a guest's >/dev/null makes a plain file there.
cleanup() {
    local id
    for id in $(runc --root "$STATE/runc" list -q 2>/dev/null); do runc --root "$STATE/runc" delete -f "$id" || true; done
    for id in $(runsc --root "$STATE/runsc" list -q 2>/dev/null); do runsc --root "$STATE/runsc" delete -force "$id" || true; done
    if compgen -G "$STATE/runj/*" >/dev/null; then
        for id in $("$RUNJ" --root "$STATE/runj" list -q 2>/dev/null); do "$RUNJ" --root "$STATE/runj" delete -f "$id" || true; done
    fi
    rm -rf "$ROOTFS/tmp/files" "$ROOTFS"/dev/*
}
trap cleanup EXIT

# bench NAME RUNS WARMUP LABEL=COMMAND...: runs runj's command once to check that it works (unless
# CHECK=false), keeping its stderr in $WORK/NAME.runj.fail if it does not, then hyperfine over the
# commands that work; results in $WORK/NAME.json. runc and runsc are the references: if one of them
# fails, the script stops.
bench() {
    local name=$1 runs=$2 warmup=$3; shift 3
    local args=() spec label
    cleanup
    for spec in "$@"; do
        label=${spec%%=*}
        if [[ $label == runj && ${CHECK:-true} == true ]] && ! sh -c "${spec#*=}" </dev/null >/dev/null 2>"$WORK/$name.$label.fail"; then
            echo "bench: $name under $label fails: $(tail -1 "$WORK/$name.$label.fail")" >&2
            cleanup
            continue
        fi
        rm -f "$WORK/$name.$label.fail"
        args+=(-n "$label" "${spec#*=}")
    done
    hyperfine --style basic --runs "$runs" --warmup "$warmup" --export-json "$WORK/$name.json" "${args[@]}" >&2 \
        || die "$name: a run failed (see above)"
}
ok() { [[ ! -e $WORK/$1.$2.fail ]]; }
# mean NAME LABEL / sd NAME LABEL: seconds, from the export.
mean() { jq -r --arg l "$2" '.results[] | select(.command == $l) | .mean' "$WORK/$1.json"; }
sd() { jq -r --arg l "$2" '.results[] | select(.command == $l) | .stddev // 0' "$WORK/$1.json"; }
calc() { awk "BEGIN { printf \"$1\", $2 }"; }
# ms NAME LABEL: "mean ± sd" in milliseconds, or "fails" (the errors are listed under the tables).
ms() { if ok "$1" "$2"; then calc "%.1f ± %.1f" "$(mean "$1" "$2") * 1000, $(sd "$1" "$2") * 1000"; else echo "fails"; fi; }
ratio() { if ok "$1" "$2" && ok "$1" "$3"; then calc "%.1f×" "$(mean "$1" "$2") / $(mean "$1" "$3")"; else echo "–"; fi; }

# peak_rss PATTERN1 PATTERN2 COMMAND...: runs COMMAND and prints the largest VmHWM (MiB) of the
# process whose command line matches PATTERN1 (pgrep -f) while it lives, plus that of the one
# matching PATTERN2 (the sandbox kernel and its gofer).
peak_rss() {
    local patterns=("$1" "$2"); shift 2
    "$@" </dev/null >/dev/null 2>&1 &
    local bg=$! pid kb i best=(0 0)
    while kill -0 "$bg" 2>/dev/null; do
        for i in 0 1; do
            for pid in $(pgrep -f -- "${patterns[$i]}"); do
                kb=$(awk '/^VmHWM/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)
                [[ -n $kb && $kb -gt ${best[$i]} ]] && best[$i]=$kb
            done
        done
        sleep 0.05
    done
    if wait "$bg"; then calc "%.0f + %.0f" "${best[0]} / 1024, ${best[1]} / 1024"; else echo "fails"; fi
}
# sum "A + B": the total of a peak_rss result.
sum() { if [[ $1 == fails ]]; then echo fails; else calc "%.0f" "$1"; fi; }

# --- measure ---
LOAD=$(cut -d' ' -f1 /proc/loadavg)
echo "bench: building the bundle under $WORK (load average $LOAD)" >&2
build_rootfs
bundle true /bin/true
bundle loop0 /bin/getpid_loop 0
bundle getpid /bin/getpid_loop "$N"
bundle getppid /bin/getppid_loop "$TN"
bundle dd /bin/dd if=/dev/zero of=/dev/null bs=1 count=100000
bundle files /bin/sh -c 'mkdir /tmp/files && cd /tmp/files && for i in $(seq 2000); do : >f$i; done && ls -l >/dev/null && rm f* && cd / && rmdir /tmp/files'
bundle forkexec /bin/sh -c 'for i in $(seq 300); do /bin/true; done'
bundle sleep /bin/sleep 2

loop="$ROOTFS/bin/getpid_loop"
# floor: the C tracer of tests/bench/trace_floor.c around the loop on the host, trapping getppid.
bench loop0 "$RUNS" 2 "native=$loop 0" "floor=$WORK/trace_floor $ROOTFS/bin/getppid_loop 0" \
    "runc=$(cmd runc loop0)" "runsc=$(cmd runsc loop0)" "runj=$(cmd runj loop0)"
# The loops' check was their N=0 run: a runtime that failed that is left out of them too.
for w in getpid getppid; do
    if [[ $w == getppid ]]; then n=$TN; else n=$N; fi
    specs=("native=$ROOTFS/bin/${w}_loop $n")
    [[ $w == getpid ]] || specs+=("floor=$WORK/trace_floor $ROOTFS/bin/${w}_loop $n")
    for rt in runc runsc runj; do
        if ok loop0 "$rt"; then specs+=("$rt=$(cmd "$rt" "$w")"); else cp "$WORK/loop0.$rt.fail" "$WORK/$w.$rt.fail"; fi
    done
    CHECK=false bench "$w" "$SLOW_RUNS" 0 "${specs[@]}"
done
bench true "$RUNS" 2 "runc=$(cmd runc true)" "runsc=$(cmd runsc true)" "runj=$(cmd runj true)"
for w in dd files forkexec; do
    bench "$w" "$SLOW_RUNS" 0 "runc=$(cmd runc "$w")" "runsc=$(cmd runsc "$w")" "runj=$(cmd runj "$w")"
done
bench version "$RUNS" 2 "runc=runc --version" "runsc=runsc --version" "runj=$RUNJ --version"
cleanup
# runj's foreground run is the sentry itself; its gofer is the JVM serving the bench's rootfs.
rss_runj=$(peak_rss "java.*io.runj.cli.Main --root $STATE/runj run " "java.*io.runj.cli.Main gofer .*$ROOTFS" \
    sh -c "$(cmd runj sleep)")
rss_runsc=$(peak_rss "runsc-sandbox .*--root=$STATE/runsc .*boot " "runsc-gofer .*--root=$STATE/runsc .*gofer " \
    sh -c "$(cmd runsc sleep)")
LOAD_END=$(cut -d' ' -f1 /proc/loadavg)

# --- report ---
# per_call LOOP RT: microseconds per call; per_call_cells LOOP RT: that and its ratio to native.
per_call() { calc "%.2f" "($(mean "$1" "$2") - $(mean loop0 "$2")) * 1e6 / $3"; }
per_call_cells() {
    if ok "$1" "$2"; then
        local us; us=$(per_call "$1" "$2" "$3")
        echo "$us | $(calc "%.1f×" "$us / $(per_call "$1" native "$3")")"
    else
        echo "fails | –"
    fi
}
# disposition NAME: what runj's filter and sentry do with a syscall, from docs/syscalls.md.
disposition() {
    awk -F' *[|] *' -v n="$1" '$3 == n { print $4 ($6 == "" ? "" : ", " $6); exit }' "$HOME_DIR/docs/syscalls.md" 2>/dev/null
}
report() {
    local cpu rt w f b
    cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
    cat <<EOF
Measured $(date -u +%Y-%m-%d) on $(nproc) CPUs ($cpu), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), kernel $(uname -r), load average $LOAD at the start and $LOAD_END at the end;
$(java -version 2>&1 | head -1), runc $(runc --version | awk 'NR == 1 { print $3 }'), runsc $(runsc --version | awk 'NR == 1 { print $3 }'), hyperfine $(hyperfine --version | awk '{ print $2 }'),
runj's CDS archive (runtime-cli/target/runj.jsa) $([[ -f $HOME_DIR/runtime-cli/target/runj.jsa ]] && echo present || echo absent).
Times are hyperfine means ± standard deviation in milliseconds; ratios divide means.

### Cost of one system call

\`getpid_loop N\` and \`getppid_loop N\` make N raw calls; per call = (time(N) − time(N=0)) / N,
so container start and exit cancel out. N is $N for getpid and $TN for getppid. In runj
(docs/syscalls.md) getpid is $(disposition getpid) and getppid $(disposition getppid):
the first column is the seccomp filter's cost, the second a trap to the sentry and back.

| | N=0 (ms) | getpid (µs) | × native | getppid (µs) | × native |
|---|---:|---:|---:|---:|---:|
EOF
    for rt in native runc runsc runj; do
        echo "| $rt | $(ms loop0 $rt) | $(per_call_cells getpid $rt "$N") | $(per_call_cells getppid $rt "$TN") |"
    done
    echo "| C tracer (floor) | $(ms loop0 floor) | – | – | $(per_call_cells getppid floor "$TN") |"
    cat <<EOF

The floor is a minimal C ptrace tracer (tests/bench/trace_floor.c) around the loop on the host:
its seccomp filter traps getppid, and at each stop it makes the requests runj's tracer loop makes
for a call the host runs (PTRACE_GETREGS, PTRACE_CONT). runj's getppid round trip is
$(calc "%.2f" "$(per_call getppid runj "$TN") / $(per_call getppid floor "$TN")")× the floor's.

### Workloads, start to exit

| workload | runc (ms) | runsc ptrace (ms) | runj (ms) | runj / runc | runj / runsc |
|---|---:|---:|---:|---:|---:|
EOF
    for w in true dd files forkexec; do
        echo "| $w | $(ms $w runc) | $(ms $w runsc) | $(ms $w runj) | $(ratio $w runj runc) | $(ratio $w runj runsc) |"
    done
    cat <<EOF

### The JVM's share

| | runc | runsc | runj | runj / runsc |
|---|---:|---:|---:|---:|
| CLI \`--version\` (ms) | $(ms version runc) | $(ms version runsc) | $(ms version runj) | $(ratio version runj runsc) |
| peak RSS, sandbox kernel + gofer (MiB) | – | $rss_runsc = $(sum "$rss_runsc") | $rss_runj = $(sum "$rss_runj") | $([[ $rss_runj$rss_runsc == *fails* ]] && echo – || calc "%.1f×" "$(sum "$rss_runj") / $(sum "$rss_runsc")") |

Peak RSS is VmHWM from /proc/PID/status, polled while a \`sleep 2\` container runs: runj's sentry
(a foreground \`run\` is the sentry itself) plus its gofer JVM, against runsc's sandbox
(\`runsc-sandbox ... boot\`) plus its gofer (\`runsc-gofer ... gofer\`). Pages both of runj's JVMs
map from the JDK and the CDS archive count in each.
EOF
    if compgen -G "$WORK/*.fail" >/dev/null; then
        printf '\n### Failures\n\nWhat a runtime printed last when a workload failed under it (left out of the timings):\n\n'
        for f in "$WORK"/*.fail; do
            b=$(basename "$f" .fail)
            [[ $b == getpid.* || $b == getppid.* ]] || echo "- ${b#*.}, ${b%%.*}: \`$(tail -1 "$f")\`"
        done
    fi
    cat <<EOF

### Commands

Each workload is a bundle under tests/target/bench/bundles/ whose config.json is \`runc spec\` with
\`process.terminal\` false, \`root\` the shared busybox rootfs made writable, and these args:

| workload | process.args |
|---|---|
EOF
    for w in true loop0 getpid getppid dd files forkexec sleep; do
        echo "| $w | \`$(jq -c .process.args "$WORK/bundles/$w/config.json")\` |"
    done
    cat <<EOF

Run by hyperfine (\`--runs $RUNS\`, or \`--runs $SLOW_RUNS\` for getpid, getppid, dd, files and forkexec)
as \`sh -c\` of, with \`\$B\` the bundle and \`b\$\$\` a container id unique to each run:

- native: \`tests/target/bench/rootfs/bin/getpid_loop N\` or \`getppid_loop N\` (on the host, no container)
- floor: \`tests/target/bench/trace_floor tests/target/bench/rootfs/bin/getppid_loop N\` (on the host)
- runc: \`$(cmd runc X | sed "s|$WORK/bundles/X|\$B|; s|$WORK|tests/target/bench|")\`
- runsc: \`$(cmd runsc X | sed "s|$WORK/bundles/X|\$B|; s|$WORK|tests/target/bench|")\`
- runj: \`$(cmd runj X | sed "s|$WORK/bundles/X|\$B|; s|$WORK|tests/target/bench|; s|$HOME_DIR/||")\`, bin/runj and
  runtime-cli/target frozen at the start (bind-mounted copies, in a mount namespace of the run's own)
EOF
}
report >"$WORK/report.md"
cat "$WORK/report.md"

if $WRITE_DOC; then
    {
        cat <<'EOF'
# Performance

runj traps its guests' system calls with seccomp and ptrace and handles them in a JVM, the sentry,
as gVisor's runsc does on its ptrace platform. This page measures what that costs, side by side in
one run with the process on the host (native), runc (no sandbox: the syscalls go straight to the
host kernel) and runsc with `--platform=ptrace`. Reproduce it, as root, after
`mvn -B -q -DskipTests package`:

    tests/bench/run.sh --write-doc

The script (tests/bench/run.sh) builds one busybox bundle under tests/target/bench/, runs every
benchmark with hyperfine, prints the report below and, with `--write-doc`, rewrites this page. It
takes about seven minutes, most of them in runsc's syscall loops. runsc runs with `--root` for its
state, `--platform=ptrace` and `--network=none`; on this VM (cgroup v1 hierarchies mounted) it
needs no `--ignore-cgroups`.

runj's seccomp filter decides per syscall (docs/syscalls.md): PASSTHROUGH calls (read, write,
getpid, mmap, futex, ...) run on the host untrapped; EMULATE calls (paths, exec, identity, ...)
stop the guest and wake the sentry, which answers some itself (path calls through its VFS and the
gofer) and checks others and lets the host run them, as it does getppid. getppid's figure is thus
the bare round trip (seccomp stop, the tracer's wakeup, resume), the floor under any emulation,
where runsc's figures include its full emulation; the files row shows what a path call costs
today. Numbers move with the machine's load (given with the results): compare ratios, and only
within one run.

## Results

EOF
        cat "$WORK/report.md"
    } >"$HOME_DIR/docs/performance.md"
    echo "bench: wrote $HOME_DIR/docs/performance.md" >&2
fi
