#!/usr/bin/env bash
# runj benchmark suite: runj side by side with native, runc and gVisor's runsc (ptrace platform) in
# one run, on one shared busybox bundle, reported as ratios. Run as root: tests/bench/run.sh
# [--write-doc]. The report goes to stdout (hyperfine's progress to stderr); --write-doc also
# rewrites docs/performance.md. Not part of `mvn verify`: timings belong here, not in unit tests.
# BENCH_RUNS (default 10) sets the runs of the fast benchmarks (the slow ones take 2), BENCH_N
# (default 1000000) the getpid loop count.
set -euo pipefail

HOME_DIR=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
BENCH_SRC=$HOME_DIR/tests/bench
WORK=$HOME_DIR/tests/target/bench
ROOTFS=$WORK/rootfs
STATE=$WORK/state
RUNJ=$HOME_DIR/bin/runj
RUNS=${BENCH_RUNS:-10}
SLOW_RUNS=2
N=${BENCH_N:-1000000}
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
[[ -f $HOME_DIR/runtime-cli/target/runj.jar ]] || die "build runj first: cd $HOME_DIR && mvn -B -q -DskipTests package"

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
    gcc -static -O2 -o "$ROOTFS/bin/getpid_loop" "$BENCH_SRC/getpid_loop.c"
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

# Containers a failed or interrupted run left behind: runc and runsc keep state until deleted; runj
# has no delete yet (its run removes its own state), so only its state directory is cleared.
cleanup() {
    local id
    for id in $(runc --root "$STATE/runc" list -q 2>/dev/null); do runc --root "$STATE/runc" delete -f "$id" || true; done
    for id in $(runsc --root "$STATE/runsc" list -q 2>/dev/null); do runsc --root "$STATE/runsc" delete -force "$id" || true; done
    rm -rf "${STATE:?}/runj" && mkdir -p "$STATE/runj"
    # runj does not mount /dev yet: a guest's >/dev/null makes a plain file in the shared rootfs.
    rm -rf "$ROOTFS/tmp/files" "$ROOTFS"/dev/*
}
trap cleanup EXIT

# bench NAME RUNS WARMUP LABEL=COMMAND...: runs runj's command once to check that it works (unless
# CHECK=false), keeping its stderr in $WORK/NAME.runj.fail if it does not, then hyperfine over the
# commands that work; results in $WORK/NAME.json. runc and runsc are the references: if one of them
# fails, hyperfine stops the script.
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
    hyperfine --style basic --runs "$runs" --warmup "$warmup" --export-json "$WORK/$name.json" "${args[@]}" >&2
}
ok() { [[ ! -e $WORK/$1.$2.fail ]]; }
# mean NAME LABEL / sd NAME LABEL: seconds, from the export.
mean() { jq -r --arg l "$2" '.results[] | select(.command == $l) | .mean' "$WORK/$1.json"; }
sd() { jq -r --arg l "$2" '.results[] | select(.command == $l) | .stddev // 0' "$WORK/$1.json"; }
calc() { awk "BEGIN { printf \"$1\", $2 }"; }
# ms NAME LABEL: "mean ± sd" in milliseconds, or "fails" (the errors are listed under the tables).
ms() { if ok "$1" "$2"; then calc "%.1f ± %.1f" "$(mean "$1" "$2") * 1000, $(sd "$1" "$2") * 1000"; else echo "fails"; fi; }
ratio() { if ok "$1" "$2" && ok "$1" "$3"; then calc "%.1f×" "$(mean "$1" "$2") / $(mean "$1" "$3")"; else echo "–"; fi; }

# peak_rss PATTERN COMMAND...: runs COMMAND and prints the largest VmHWM (MiB) of the process whose
# command line matches PATTERN (pgrep -f) while it lives.
peak_rss() {
    local pattern=$1; shift
    "$@" </dev/null >/dev/null 2>&1 &
    local bg=$! pid kb best=0
    while kill -0 "$bg" 2>/dev/null; do
        for pid in $(pgrep -f -- "$pattern"); do
            kb=$(awk '/^VmHWM/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)
            [[ -n $kb && $kb -gt $best ]] && best=$kb
        done
        sleep 0.05
    done
    if wait "$bg"; then calc "%.0f" "$best / 1024"; else echo "fails"; fi
}

# --- measure ---
LOAD=$(cut -d' ' -f1 /proc/loadavg)
echo "bench: building the bundle under $WORK (load average $LOAD)" >&2
build_rootfs
bundle true /bin/true
bundle getpid0 /bin/getpid_loop 0
bundle getpid /bin/getpid_loop "$N"
bundle dd /bin/dd if=/dev/zero of=/dev/null bs=1 count=100000
bundle files /bin/sh -c 'mkdir /tmp/files && cd /tmp/files && for i in $(seq 2000); do : >f$i; done && ls -l >/dev/null && rm f* && cd / && rmdir /tmp/files'
bundle forkexec /bin/sh -c 'for i in $(seq 300); do /bin/true; done'
bundle sleep /bin/sleep 2

native_getpid="$ROOTFS/bin/getpid_loop"
bench getpid0 "$RUNS" 2 "native=$native_getpid 0" "runc=$(cmd runc getpid0)" "runsc=$(cmd runsc getpid0)" "runj=$(cmd runj getpid0)"
# The loop's check was its N=0 run: a runtime that failed that is left out here too.
getpid=("native=$native_getpid $N")
for rt in runc runsc runj; do
    if ok getpid0 "$rt"; then getpid+=("$rt=$(cmd "$rt" getpid)"); else cp "$WORK/getpid0.$rt.fail" "$WORK/getpid.$rt.fail"; fi
done
CHECK=false bench getpid "$SLOW_RUNS" 0 "${getpid[@]}"
bench true "$RUNS" 2 "runc=$(cmd runc true)" "runsc=$(cmd runsc true)" "runj=$(cmd runj true)"
bench dd "$SLOW_RUNS" 0 "runc=$(cmd runc dd)" "runsc=$(cmd runsc dd)" "runj=$(cmd runj dd)"
bench files "$SLOW_RUNS" 0 "runc=$(cmd runc files)" "runsc=$(cmd runsc files)" "runj=$(cmd runj files)"
bench forkexec "$SLOW_RUNS" 0 "runc=$(cmd runc forkexec)" "runsc=$(cmd runsc forkexec)" "runj=$(cmd runj forkexec)"
bench version "$RUNS" 2 "runc=runc --version" "runsc=runsc --version" "runj=$RUNJ --version"
cleanup
rss_runj=$(peak_rss "java.*--root $STATE/runj .* boot " sh -c "$(cmd runj sleep)")
rss_runj_cli=$(peak_rss "java.*io.runj.cli.Main --root $STATE/runj run " sh -c "$(cmd runj sleep)")
rss_runsc=$(peak_rss "runsc-sandbox .*--root=$STATE/runsc .*boot " sh -c "$(cmd runsc sleep)")
rss_runc=$(peak_rss "runc --root $STATE/runc run " sh -c "$(cmd runc sleep)")

# --- report ---
per_call() { calc "%.2f" "($(mean getpid "$1") - $(mean getpid0 "$1")) * 1e6 / $N"; }
per_call_row() {
    if ok getpid "$1"; then
        echo "| $1 | $(ms getpid0 "$1") | $(ms getpid "$1") | $(per_call "$1") | $(calc "%.0f×" "$(per_call "$1") / $(per_call native)") |"
    else
        echo "| $1 | fails | fails | – | – |"
    fi
}
report() {
    local cpu
    cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
    cat <<EOF
Measured $(date -u +%Y-%m-%d) on $(nproc) CPUs ($cpu), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), kernel $(uname -r), load average $LOAD at the start;
$(java -version 2>&1 | head -1), runc $(runc --version | awk 'NR == 1 { print $3 }'), runsc $(runsc --version | awk 'NR == 1 { print $3 }'), hyperfine $(hyperfine --version | awk '{ print $2 }'),
runj's CDS archive (runtime-cli/target/runj.jsa) $([[ -f $HOME_DIR/runtime-cli/target/runj.jsa ]] && echo present || echo absent).
Times are hyperfine means ± standard deviation in milliseconds; ratios divide means.

### Cost of one trapped system call

\`getpid_loop N\` makes N raw \`getpid(2)\` calls; per call = (time(N=$N) − time(N=0)) / $N,
so container start and exit cancel out.

| | N=0 (ms) | N=$N (ms) | µs per syscall | × native |
|---|---:|---:|---:|---:|
EOF
    local rt
    for rt in native runc runsc runj; do
        per_call_row $rt
    done
    cat <<EOF

### Workloads, start to exit

| workload | runc (ms) | runsc ptrace (ms) | runj (ms) | runj / runc | runj / runsc |
|---|---:|---:|---:|---:|---:|
EOF
    local w
    for w in true dd files forkexec; do
        echo "| $w | $(ms $w runc) | $(ms $w runsc) | $(ms $w runj) | $(ratio $w runj runc) | $(ratio $w runj runsc) |"
    done
    cat <<EOF

### The JVM's share

| | runc | runsc | runj | runj / runsc |
|---|---:|---:|---:|---:|
| CLI \`--version\` (ms) | $(ms version runc) | $(ms version runsc) | $(ms version runj) | $(ratio version runj runsc) |
| peak RSS of the sandbox kernel (MiB) | – | $rss_runsc | $rss_runj | $([[ $rss_runj$rss_runsc == *fails* ]] && echo – || calc "%.1f×" "$rss_runj / $rss_runsc") |
| peak RSS of the \`run\` front end (MiB) | $rss_runc | – | $rss_runj_cli | – |

Peak RSS is VmHWM from /proc/PID/status, polled while a \`sleep 2\` container runs: runj's sentry
(the java process run with \` boot \`) against runsc's sandbox (\`runsc-sandbox ... boot\`), and
the process that \`run\` started in the foreground.
EOF
    local f b
    if compgen -G "$WORK/*.fail" >/dev/null; then
        printf '\n### Failures\n\nWhat a runtime printed last when a workload failed under it (left out of the timings):\n\n'
        for f in "$WORK"/*.fail; do
            b=$(basename "$f" .fail)
            [[ $b == getpid.* ]] || echo "- ${b#*.}, ${b%%.*}: \`$(tail -1 "$f")\`"
        done
    fi
    cat <<EOF

### Commands

Each workload is a bundle under tests/target/bench/bundles/ whose config.json is \`runc spec\` with
\`process.terminal\` false, \`root\` the shared busybox rootfs made writable, and these args:

| workload | process.args |
|---|---|
EOF
    for w in true getpid0 getpid dd files forkexec sleep; do
        echo "| $w | \`$(jq -c .process.args "$WORK/bundles/$w/config.json")\` |"
    done
    cat <<EOF

Run by hyperfine (\`--runs $RUNS\`, or \`--runs $SLOW_RUNS\` for getpid N=$N, dd, files and
forkexec) as \`sh -c\` of, with \`\$B\` the bundle and \`b\$\$\` a container id unique to each run:

- native: \`tests/target/bench/rootfs/bin/getpid_loop N\` (on the host, no container)
- runc: \`$(cmd runc X | sed "s|$WORK/bundles/X|\$B|; s|$WORK|tests/target/bench|")\`
- runsc: \`$(cmd runsc X | sed "s|$WORK/bundles/X|\$B|; s|$WORK|tests/target/bench|")\`
- runj: \`$(cmd runj X | sed "s|$WORK/bundles/X|\$B|; s|$WORK|tests/target/bench|; s|$HOME_DIR/||")\`
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
takes several minutes, most of them in the trapped getpid loops.

At this stage runj traps *every* guest syscall, read and write included: the per-syscall
dispositions that let the cheap, safe ones run untrapped come with the next issue. The dd, files
and forkexec rows show today's cost. The sentry also does almost nothing yet with a trapped call
but let the host run it, so its per-syscall figure is the bare round trip (seccomp stop, the
tracer thread's wakeup, resume), the floor under any emulation; runsc's includes its full
emulation. Numbers move with the machine's load (given with the results): compare ratios, and
only within one run.

## Results

EOF
        cat "$WORK/report.md"
    } >"$HOME_DIR/docs/performance.md"
    echo "bench: wrote $HOME_DIR/docs/performance.md" >&2
fi
