#!/usr/bin/env bash
# Lint benchmark: `storybank lint` against write-good (the npm prose linter), whole process, side by side.
# usage: bash bench/run-lint-bench.sh                      (every knob is an environment variable, see below)
#
#   1. seeds       the tools over the real seed banks ($STORYBANK_SEEDS): median of LINT_BENCH_RUNS runs each
#   2. throughput  the tools over one generated ~1 MB bank: MB/s and the ratio (target: storybank ≥ 50× write-good)
#   3. scaling     storybank over generated folders of ~1, ~10 and ~50 MB (10, 100 and 500 banks of ~100 KB):
#                  time, ratio to the 1 MB time (target ≤ 60×) and peak RSS (target: flat)
#
# StoryBank is measured two ways, side by side with write-good: `storybank lint FILES --format json` (the CLI,
# ReadyToRun + JIT) and `storybank-lint FILES --format json` (the same linter compiled ahead of time, Native AOT),
# each built by its ./ launcher first and then timed as installed (the built program, without the launcher).
# Every figure is a whole process as a user runs it, started from an empty folder so no storybank.json is picked up.
# The tools exit non-zero when they find something; that is not a failure. Nothing here is a test: no figure fails
# the script.
#
# Knobs (environment):
#   STORYBANK_SEEDS                 seed folder (default ../shared/seeds beside the repo); section 1 is skipped without it
#   LINT_BENCH_RUNS=5               runs per tool on the seeds (median reported)
#   LINT_BENCH_THROUGHPUT_RUNS=5    runs per tool on the 1 MB bank (alternating; median reported)
#   LINT_BENCH_SCALE_RUNS=3         storybank runs per folder size in the scaling section
#   LINT_BENCH_WG_TIMEOUT=600       seconds before a write-good run is stopped (reported as a timeout, not hidden)
#   LINT_BENCH_SB_TIMEOUT=600       seconds before a storybank run is stopped
#   LINT_BENCH_FILES=500            banks in the scaling folder; LINT_BENCH_KB=100 KB each
#   LINT_BENCH_SINGLE_KB=1024       size of the throughput bank
#   LINT_BENCH_SUSTAINED=1          also run write-good once over the ~10 MB folder (about 45 s), for a sustained rate
#                                   beside StoryBank's on the same files (0 to skip)
#   LINT_BENCH_WORK                 data and output folder (default artifacts/bench/lint; generated banks are cached
#                                   there between runs, keyed by the generator's sources; delete it to free ~120 MB)
#   WRITE_GOOD_VERSION=1.0.8        installed with npm into artifacts/bench/node_modules (once)
#   STORYBANK_CMD                   the CLI (default: the repo's ./storybank script; `lint` is appended)
#   STORYBANK_LINT_CMD              the ahead-of-time linter (default: the repo's ./storybank-lint; "" to skip it)
#   LINT_BENCH_POLL_RSS=1           poll /proc for peak RSS even when GNU time (/usr/bin/time) is installed
#
# Banks come from the import benchmark's generator (bench/StoryBank.Bench, `sample` mode; seeds 7 for the single
# bank and 1000, 1001, … for the folder), so both benchmarks measure the same text.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$repo/artifacts/bench"
work="${LINT_BENCH_WORK:-$out/lint}"
seeds="${STORYBANK_SEEDS:-$repo/../shared/seeds}"
runs="${LINT_BENCH_RUNS:-5}"
tp_runs="${LINT_BENCH_THROUGHPUT_RUNS:-5}"
scale_runs="${LINT_BENCH_SCALE_RUNS:-3}"
wg_timeout="${LINT_BENCH_WG_TIMEOUT:-600}"
sb_timeout="${LINT_BENCH_SB_TIMEOUT:-600}"
files="${LINT_BENCH_FILES:-500}"
kb="${LINT_BENCH_KB:-100}"
single_kb="${LINT_BENCH_SINGLE_KB:-1024}"
wg_version="${WRITE_GOOD_VERSION:-1.0.8}"
if [[ -n "${STORYBANK_CMD:-}" ]]; then read -r -a storybank <<<"$STORYBANK_CMD"; else storybank=("$repo/storybank"); fi
# The StoryBank variants measured: a label and a command line each (the files and --format json are appended).
variant_labels=("storybank lint") variant_cmds=("${storybank[*]} lint")
lint_cmd="${STORYBANK_LINT_CMD-$repo/storybank-lint}"
if [[ -n "$lint_cmd" ]]; then variant_labels+=("storybank-lint") variant_cmds+=("$lint_cmd"); fi

for knob in runs tp_runs scale_runs wg_timeout sb_timeout files kb single_kb; do
    if ! [[ "${!knob}" =~ ^[1-9][0-9]*$ ]]; then
        echo "run-lint-bench: $knob must be a positive whole number (got '${!knob}')" >&2
        exit 2
    fi
done

mkdir -p "$work/out" "$work/cwd"
wg="$out/node_modules/.bin/write-good"

# ---------------------------------------------------------------------------------------------------- helpers

ms_now() { local us=${EPOCHREALTIME//[!0-9]/}; echo $((us / 1000)); }  # for coarse timings only
now_us() { NOW_US=${EPOCHREALTIME//[!0-9]/}; }  # no fork: used around the timed runs

median() { # numbers as arguments → median (mean of the two middle ones for an even count)
    printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) { print "" } else if (NR % 2) { print v[(NR + 1) / 2] } else { printf "%.0f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 } }'
}

max_of() { printf '%s\n' "$@" | sort -n | tail -n1; }

bytes_of() { local total=0 f; for f in "$@"; do total=$((total + $(stat -c %s "$f"))); done; echo "$total"; }

mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1048576 }'; }          # bytes → MB (MiB, as the import benchmark)
mb_kb() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }          # KB → MB, whole
rate() { awk -v b="$1" -v ms="$2" 'BEGIN { if (ms <= 0) print "-"; else printf (b / 1048576 / (ms / 1000) >= 10 ? "%.1f" : "%.3f"), b / 1048576 / (ms / 1000) }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b <= 0 || a == "" || b == "") print "-"; else printf "%.1f", a / b }'; }

have_time=0
[[ -z "${LINT_BENCH_POLL_RSS:-}" && -x /usr/bin/time ]] && /usr/bin/time -f '%M' -o /dev/null true 2>/dev/null && have_time=1

# Peak RSS (KB) of a process and its descendants (two levels: timeout → tool), polled from /proc/PID/status
# (VmHWM) every ~5 ms until it exits; used without GNU time. Bash builtins only, so polling forks nothing.
poll_peak_rss() {
    local pid=$1 peak=0 p c key value unit fd line
    set +e
    local -a procs kids more_kids
    [[ -p "$work/.poll" ]] || mkfifo "$work/.poll"
    exec {fd}<>"$work/.poll"
    while kill -0 "$pid" 2>/dev/null; do
        procs=("$pid") kids=() line="" # children and grandchildren (a children file has no final newline)
        [[ -r /proc/$pid/task/$pid/children ]] && { IFS= read -r line <"/proc/$pid/task/$pid/children"; } 2>/dev/null || true
        read -r -a kids <<<"$line"
        for c in "${kids[@]}"; do
            procs+=("$c") line=""
            [[ -r /proc/$c/task/$c/children ]] && { IFS= read -r line <"/proc/$c/task/$c/children"; } 2>/dev/null || true
            read -r -a more_kids <<<"$line"
            procs+=("${more_kids[@]}")
        done
        for p in "${procs[@]}"; do
            [[ -r /proc/$p/status ]] || continue
            while read -r key value unit; do
                if [[ $key == VmHWM: ]]; then
                    ((value <= peak)) || peak=$value
                    break
                fi
            done 2>/dev/null <"/proc/$p/status" || true
        done
        read -r -t 0.005 -u "$fd" _ || true
    done
    exec {fd}<&-
    echo "$peak"
}

# run_once NAME LIMIT_SECONDS CMD... — runs CMD from an empty folder, stdout to $work/out/NAME.out, stderr to
# NAME.err; sets RUN_MS, RUN_RC, RUN_RSS_KB and RUN_TIMEOUT (1 when the time limit stopped it).
run_once() {
    local name=$1 limit=$2
    shift 2
    local stdout="$work/out/$name.out" stderr="$work/out/$name.err" rss="$work/out/$name.rss" start end
    now_us
    start=$NOW_US
    if ((have_time)); then
        set +e
        (cd "$work/cwd" && exec /usr/bin/time -f '%M' -o "$rss" timeout -k 5 "$limit" "$@" >"$stdout" 2>"$stderr")
        RUN_RC=$?
        set -e
        now_us
        end=$NOW_US
        RUN_RSS_KB=$(tail -n1 "$rss")
    else
        (cd "$work/cwd" && exec timeout -k 5 "$limit" "$@" >"$stdout" 2>"$stderr") &
        local pid=$!
        RUN_RSS_KB=$(poll_peak_rss "$pid")
        set +e
        wait "$pid"
        RUN_RC=$?
        set -e
        now_us
        end=$NOW_US
    fi
    RUN_MS=$(((end - start + 500) / 1000))
    RUN_TIMEOUT=0
    if [[ $RUN_RC == 124 || $RUN_RC == 137 ]] && ((RUN_MS >= limit * 1000 - 100)); then RUN_TIMEOUT=1; fi
}

first_line() { [[ -s "$1" ]] && head -c 300 "$1" | head -n1 || echo "(empty)"; }

# write-good prints one "... on line N at column M" per suggestion and exits with the count (mod 256).
wg_findings() { grep -cE ' on line [0-9]+ at column [0-9]+$' "$1" || true; }

# storybank lint --format json: errors + warnings + notes from its summary (else every object with a ruleId).
sb_findings() {
    if command -v jq >/dev/null 2>&1; then
        jq -r 'if (.summary? | type) == "object" and (.summary.errors | type) == "number"
               then .summary.errors + .summary.warnings + .summary.notes
               else [.. | objects | select(has("ruleId"))] | length end' "$1" 2>/dev/null || echo "?"
    else
        echo "?"
    fi
}

# run_wg NAME FILES... / run_sb NAME FILES... — one run; sets RUN_* and RUN_OK (1 unless it failed or timed out),
# RUN_NOTE (why not) and RUN_FINDINGS.
run_wg() {
    local name=$1
    shift
    run_once "$name" "$wg_timeout" "$wg" "$@"
    RUN_OK=1 RUN_NOTE=""
    if ((RUN_TIMEOUT)); then
        RUN_OK=0 RUN_NOTE="timed out after ${wg_timeout} s"
    elif [[ -s "$work/out/$name.err" ]]; then
        RUN_OK=0 RUN_NOTE="stderr: $(first_line "$work/out/$name.err")"
    fi
    RUN_FINDINGS=$(wg_findings "$work/out/$name.out")
}

run_sb() { # run_sb NAME VARIANT FILES...
    local name=$1 variant=$2
    shift 2
    local -a cmd
    read -r -a cmd <<<"${variant_cmds[$variant]}"
    run_once "$name" "$sb_timeout" "${cmd[@]}" "$@" --format json
    RUN_OK=1 RUN_NOTE=""
    if ((RUN_TIMEOUT)); then
        RUN_OK=0 RUN_NOTE="timed out after ${sb_timeout} s"
    elif [[ $RUN_RC != 0 && $RUN_RC != 1 ]] || [[ ! -s "$work/out/$name.out" ]]; then
        RUN_OK=0 RUN_NOTE="exit $RUN_RC, stderr: $(first_line "$work/out/$name.err")"
    fi
    RUN_FINDINGS=""
    ((${COUNT_FINDINGS:-1})) && RUN_FINDINGS=$(sb_findings "$work/out/$name.out")
    return 0
}

row() { printf '  %-34s %10s %10s %10s %12s %10s  %s\n' "$@"; }

# ---------------------------------------------------------------------------------------------------- setup

echo "== lint benchmark: storybank lint vs write-good =="
if ! git -C "$repo" check-ignore -q "${out#"$repo"/}/x" 2>/dev/null; then
    echo "warning: ${out#"$repo"/} is not git-ignored; the benchmark's data would show up as untracked files" >&2
fi

if [[ ! -x "$wg" ]] || [[ "$(node -p "require('$out/node_modules/write-good/package.json').version" 2>/dev/null)" != "$wg_version" ]]; then
    echo "installing write-good@$wg_version into ${out#"$repo"/}/node_modules ..."
    npm install --prefix "$out" --no-save --no-audit --no-fund --loglevel=error "write-good@$wg_version" >/dev/null
fi
wg_installed=$(node -p "require('$out/node_modules/write-good/package.json').version")

echo "building bench/StoryBank.Bench (the bank generator) ..."
if ! dotnet build "$repo/bench/StoryBank.Bench/StoryBank.Bench.csproj" -c Release -o "$out" --nologo -v quiet -clp:ErrorsOnly \
    >"$work/out/bench-build.log" 2>&1; then
    cat "$work/out/bench-build.log" >&2
    exit 1
fi
generator=(dotnet "$out/StoryBank.Bench.dll" sample)

# Generated banks are cached: regenerated when the generator's sources or the sizes change.
stamp="$(cat "$repo"/bench/StoryBank.Bench/BankGenerator.cs "$repo"/bench/StoryBank.Bench/Words.cs | sha256sum | cut -c1-16) files=$files kb=$kb single=$single_kb"
data="$work/data"
if [[ "$(cat "$data/stamp" 2>/dev/null)" != "$stamp" ]]; then
    rm -rf "$data"
    mkdir -p "$data/all"
    start=$(ms_now)
    echo "generating the banks into ${data#"$repo"/} ($files × ~$kb KB and one ~$single_kb KB bank) ..."
    "${generator[@]}" --seed 7 --kb "$single_kb" >"$data/single.md"
    "${generator[@]}" --seed 3 --kb 2 >"$data/tiny.md"
    seq 0 $((files - 1)) | xargs -P "$(nproc)" -I{} bash -c \
        'exec dotnet "$0" sample --seed $((1000 + {})) --kb "$1" >"$2/bank-$(printf %04d {}).md"' \
        "$out/StoryBank.Bench.dll" "$kb" "$data/all"
    echo "$stamp" >"$data/stamp"
    echo "generated in $(($(ms_now) - start)) ms"
fi
mapfile -t all_banks < <(find "$data/all" -name 'bank-*.md' | sort)
# Folders of the first fiftieth, tenth and all of the banks (hard links): ~1, ~10 and ~50 MB at the defaults.
sizes=($((files / 50 > 0 ? files / 50 : 1)) $((files / 5 > 0 ? files / 5 : 1)) "$files")
for n in "${sizes[@]}"; do
    dir="$data/folder-$n"
    if [[ ! -d "$dir" ]] || [[ $(find "$dir" -name '*.md' | wc -l) != "$n" ]]; then
        rm -rf "$dir"
        mkdir -p "$dir"
        ln "${all_banks[@]:0:n}" "$dir/"
    fi
done
single_bytes=$(stat -c %s "$data/single.md")
single_label="$(mb "$single_bytes") MB bank"

seed_files=()
if [[ -d "$seeds" ]]; then
    mapfile -t seed_files < <(find "$seeds" -maxdepth 1 -type f | sort)
fi

# Which StoryBank variants are there? (the first call also builds each, so no build is ever timed)
variants=()
for v in "${!variant_cmds[@]}"; do
    echo "building ${variant_labels[$v]} if needed ..."
    read -r -a cmd <<<"${variant_cmds[$v]}"
    if help=$(cd "$work/cwd" && "${cmd[@]}" --help 2>&1) && grep -qE 'PATH' <<<"$help"; then
        variants+=("$v")
        # Once built, a tool is timed as installed: the compiled program itself, without the checkout launcher's
        # rebuild check (a bash start and a walk of src/, about 10 ms a run).
        if [[ -z "${STORYBANK_CMD:-}" && $v == 0 && -f "$repo/artifacts/cli/storybank.dll" ]]; then
            variant_cmds[0]="dotnet $repo/artifacts/cli/storybank.dll lint"
        elif [[ -z "${STORYBANK_LINT_CMD+set}" && $v == 1 && -f "$repo/artifacts/lint/.built" ]]; then
            [[ "$(cat "$repo/artifacts/lint/.built")" == native ]] && variant_cmds[1]="$repo/artifacts/lint/storybank-lint" \
                || variant_cmds[1]="dotnet $repo/artifacts/lint/storybank-lint.dll"
        fi
    else
        echo "${variant_labels[$v]} is not available in this checkout: skipped"
        grep -E 'storybank' <<<"$help" | head -n3 || true
    fi
done
sb_ok=$((${#variants[@]} > 0 ? 1 : 0))
tag() { echo "sb$1"; } # output-file name of a variant

echo
echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(free -g | awk '/Mem:/ { print $2 }') GB"
echo "tools:   write-good $wg_installed on node $(node --version); storybank at $(git -C "$repo" rev-parse --short HEAD) on dotnet $(dotnet --version): $(for v in "${variants[@]}"; do printf '%s = `%s`; ' "${variant_labels[$v]}" "${variant_cmds[$v]}"; done)"
[[ -f "$repo/artifacts/lint/.built" ]] && echo "         storybank-lint build: $(cat "$repo/artifacts/lint/.built") (native = Native AOT for this CPU, jit = no C toolchain here)"
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) at the start; other work on the machine shows up in every figure"
echo "peak RSS from $([[ $have_time == 1 ]] && echo '/usr/bin/time (maximum resident set size)' || echo 'polling /proc/PID/status VmHWM every 5 ms')"
echo "raw output of the last run of each case: ${work#"$repo"/}/out/"

# Startup floor: each tool on a tiny bank (~2 KB), median of 3, so the throughput can also be read net of startup.
echo
echo "-- warm-up and startup floor (a ~2 KB bank, median of 3) --"
wg_start_ms=()
run_wg warmup-wg "$data/tiny.md" || true
for i in 1 2 3; do
    run_wg tiny-wg "$data/tiny.md"
    wg_start_ms+=("$RUN_MS")
done
wg_floor=$(median "${wg_start_ms[@]}")
echo "  write-good: ${wg_floor} ms  (${wg_start_ms[*]})"
declare -A sb_floor
for v in "${variants[@]}"; do
    run_sb "warmup-$(tag "$v")" "$v" "$data/tiny.md" || true
    [[ $RUN_OK == 1 ]] || echo "  ${variant_labels[$v]} warm-up: $RUN_NOTE"
    ms=()
    for i in 1 2 3; do
        run_sb "tiny-$(tag "$v")" "$v" "$data/tiny.md"
        ms+=("$RUN_MS")
    done
    sb_floor[$v]=$(median "${ms[@]}")
    printf '  %-15s %s ms  (%s)\n' "${variant_labels[$v]}:" "${sb_floor[$v]}" "${ms[*]}"
done

# ---------------------------------------------------------------------------------------------------- 1. seeds

echo
seeds_wg="" seeds_bytes=0
declare -A seeds_sb
if ((${#seed_files[@]} == 0)); then
    echo "== 1. seeds: skipped: no seed files in '$seeds' (set STORYBANK_SEEDS) =="
else
    seeds_bytes=$(bytes_of "${seed_files[@]}")
    echo "== 1. seeds: ${#seed_files[@]} files, $((seeds_bytes / 1024)) KB, $runs runs per tool (alternating) =="
    row "run" "ms" "exit" "findings" "peak RSS MB" "ok" ""
    wg_ms=()
    declare -A sb_runs
    for ((i = 1; i <= runs; i++)); do
        run_wg seeds-wg "${seed_files[@]}"
        row "write-good #$i" "$RUN_MS" "$RUN_RC" "$RUN_FINDINGS" "$(mb_kb "$RUN_RSS_KB")" "$([[ $RUN_OK == 1 ]] && echo yes || echo no)" "$RUN_NOTE"
        [[ $RUN_OK == 1 ]] && wg_ms+=("$RUN_MS")
        for v in "${variants[@]}"; do
            run_sb "seeds-$(tag "$v")" "$v" "${seed_files[@]}"
            row "${variant_labels[$v]} #$i" "$RUN_MS" "$RUN_RC" "$RUN_FINDINGS" "$(mb_kb "$RUN_RSS_KB")" "$([[ $RUN_OK == 1 ]] && echo yes || echo no)" "$RUN_NOTE"
            [[ $RUN_OK == 1 ]] && sb_runs[$v]+="$RUN_MS "
        done
    done
    seeds_wg=$(median "${wg_ms[@]}")
    summary="  median: write-good ${seeds_wg:-n/a} ms"
    for v in "${variants[@]}"; do
        read -r -a ms <<<"${sb_runs[$v]:-}"
        seeds_sb[$v]=$(median "${ms[@]}")
        summary+=", ${variant_labels[$v]} ${seeds_sb[$v]:-n/a} ms"
    done
    echo "$summary"
fi

# ---------------------------------------------------------------------------------------------------- 2. throughput

echo
echo "== 2. throughput: one generated bank of $(mb "$single_bytes") MB ($single_bytes bytes), $tp_runs runs per tool =="
row "run" "ms" "exit" "findings" "peak RSS MB" "MB/s" ""
wg_ms=() tp_wg_timeout=0
declare -A tp_ms_runs tp_rss_runs tp_sb tp_sb_rss tp_sb_net
for ((i = 1; i <= tp_runs; i++)); do
    if ((tp_wg_timeout == 0)); then
        run_wg single-wg "$data/single.md"
        if [[ $RUN_OK == 1 ]]; then
            wg_ms+=("$RUN_MS")
            row "write-good #$i" "$RUN_MS" "$RUN_RC" "$RUN_FINDINGS" "$(mb_kb "$RUN_RSS_KB")" "$(rate "$single_bytes" "$RUN_MS")" ""
        else
            row "write-good #$i" "$RUN_MS" "$RUN_RC" "$RUN_FINDINGS" "$(mb_kb "$RUN_RSS_KB")" "-" "$RUN_NOTE"
            ((RUN_TIMEOUT)) && tp_wg_timeout=1 # no point waiting out the limit again
        fi
    fi
    for v in "${variants[@]}"; do
        run_sb "single-$(tag "$v")" "$v" "$data/single.md"
        [[ $RUN_OK == 1 ]] && tp_ms_runs[$v]+="$RUN_MS " && tp_rss_runs[$v]+="$RUN_RSS_KB "
        row "${variant_labels[$v]} #$i" "$RUN_MS" "$RUN_RC" "$RUN_FINDINGS" "$(mb_kb "$RUN_RSS_KB")" "$([[ $RUN_OK == 1 ]] && rate "$single_bytes" "$RUN_MS" || echo -)" "$RUN_NOTE"
    done
done
tp_wg=$(median "${wg_ms[@]}")
if [[ -z "$tp_wg" && $tp_wg_timeout == 1 ]]; then
    echo "  write-good did not finish within ${wg_timeout} s: its throughput is below $(rate "$single_bytes" $((wg_timeout * 1000))) MB/s"
fi
net() { # median − startup floor, or nothing when that is within the noise (under 10 ms)
    if [[ -n "$1" && -n "$2" ]] && (($1 - $2 >= 10)); then echo $(($1 - $2)); else echo ""; fi
}
tp_wg_net=$(net "$tp_wg" "$wg_floor")
summary="  median: write-good ${tp_wg:-n/a} ms = $([[ -n $tp_wg ]] && rate "$single_bytes" "$tp_wg" || echo n/a) MB/s"
for v in "${variants[@]}"; do
    read -r -a ms <<<"${tp_ms_runs[$v]:-}"
    read -r -a rss <<<"${tp_rss_runs[$v]:-}"
    tp_sb[$v]=$(median "${ms[@]}")
    tp_sb_rss[$v]=$( ((${#rss[@]})) && max_of "${rss[@]}" || echo "")
    tp_sb_net[$v]=$(net "${tp_sb[$v]}" "${sb_floor[$v]}")
    summary+="; ${variant_labels[$v]} ${tp_sb[$v]:-n/a} ms = $([[ -n ${tp_sb[$v]} ]] && rate "$single_bytes" "${tp_sb[$v]}" || echo n/a) MB/s"
done
echo "$summary"

# ---------------------------------------------------------------------------------------------------- 3. scaling

echo
declare -A sc_ms sc_rss sc_bytes
if ((sb_ok)); then
    echo "== 3. scaling: folders of ~$kb KB banks, $scale_runs runs each =="
    row "folder" "ms" "exit" "findings" "peak RSS MB" "MB/s" ""
    for n in "${sizes[@]}"; do
        dir="$data/folder-$n"
        sc_bytes[$n]=$(find "$dir" -name '*.md' -printf '%s\n' | awk '{ s += $1 } END { print s }')
        for v in "${variants[@]}"; do
            ms=() rss=()
            for ((i = 1; i <= scale_runs; i++)); do
                COUNT_FINDINGS=$((i == scale_runs)) run_sb "folder-$n-$(tag "$v")" "$v" "$dir"
                row "${variant_labels[$v]}: $n banks, $(mb "${sc_bytes[$n]}") MB #$i" "$RUN_MS" "$RUN_RC" "$RUN_FINDINGS" "$(mb_kb "$RUN_RSS_KB")" \
                    "$([[ $RUN_OK == 1 ]] && rate "${sc_bytes[$n]}" "$RUN_MS" || echo -)" "$RUN_NOTE"
                if [[ $RUN_OK == 1 ]]; then ms+=("$RUN_MS") rss+=("$RUN_RSS_KB"); fi
            done
            sc_ms[$v,$n]=$(median "${ms[@]}")
            sc_rss[$v,$n]=$( ((${#rss[@]})) && max_of "${rss[@]}" || echo "")
        done
    done
else
    echo "== 3. scaling: skipped (no StoryBank variant is available) =="
fi

# The 1 MB figure is one file; a sustained rate over many files is the other reading of "throughput". write-good runs
# once over the middle folder (slow: about 45 s), StoryBank's figures for that folder come from the scaling runs.
mid=${sizes[1]}
sustained_wg=""
if [[ ${LINT_BENCH_SUSTAINED:-1} == 1 ]]; then
    echo
    echo "== 3b. sustained throughput: write-good once over the folder of $mid banks ($(mb "${sc_bytes[$mid]:-0}") MB) =="
    mapfile -t mid_files < <(find "$data/folder-$mid" -name '*.md' | sort)
    run_wg "folder-$mid-wg" "${mid_files[@]}"
    row "write-good: $mid banks" "$RUN_MS" "$RUN_RC" "$RUN_FINDINGS" "$(mb_kb "$RUN_RSS_KB")" "$([[ $RUN_OK == 1 ]] && rate "${sc_bytes[$mid]}" "$RUN_MS" || echo -)" "$RUN_NOTE"
    [[ $RUN_OK == 1 ]] && sustained_wg=$RUN_MS
fi

# ---------------------------------------------------------------------------------------------------- summary

verdict() { # value op target → "met"/"missed"/"n/a"
    awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { if (v == "" || v == "-") { print "n/a"; exit }
        ok = (op == ">=" ? v + 0 >= t : v + 0 <= t); print (ok ? "met" : "missed") }'
}

echo
echo "== SUMMARY: storybank lint vs write-good $wg_installed (whole process; medians) =="
printf '  %-52s %14s %14s %10s  %s\n' "figure" "write-good" "storybank" "ratio" "target"
line() { printf '  %-52s %14s %14s %10s  %s\n' "$@"; }
first=${sizes[0]}
for v in "${variants[@]}"; do
    label=${variant_labels[$v]}
    echo "  -- $label --"
    if [[ -n "$seeds_wg" ]]; then
        line "seeds: ${#seed_files[@]} files, $((seeds_bytes / 1024)) KB, ms" "$seeds_wg" "${seeds_sb[$v]:-n/a}" \
            "$(ratio "$seeds_wg" "${seeds_sb[$v]:-}")×" "no slower than write-good: $(verdict "$(ratio "$seeds_wg" "${seeds_sb[$v]:-}")" '>=' 1)"
    fi
    line "startup floor: ~2 KB bank, ms" "$wg_floor" "${sb_floor[$v]:-n/a}" "$(ratio "$wg_floor" "${sb_floor[$v]:-}")×" ""
    tp_ratio=$(ratio "$tp_wg" "${tp_sb[$v]:-}")
    line "$single_label: ms" "${tp_wg:-n/a}" "${tp_sb[$v]:-n/a}" "" ""
    line "$single_label: MB/s" "$([[ -n $tp_wg ]] && rate "$single_bytes" "$tp_wg" || echo n/a)" \
        "$([[ -n ${tp_sb[$v]} ]] && rate "$single_bytes" "${tp_sb[$v]}" || echo n/a)" "${tp_ratio}×" \
        "≥ 50× write-good: $(verdict "$tp_ratio" '>=' 50)"
    line "$single_label: MB/s net of startup floor" "$([[ -n $tp_wg_net ]] && rate "$single_bytes" "$tp_wg_net" || echo n/a)" \
        "$([[ -n ${tp_sb_net[$v]} ]] && rate "$single_bytes" "${tp_sb_net[$v]}" || echo n/a)" "$(ratio "$tp_wg_net" "${tp_sb_net[$v]:-}")×" "(for reference)"
    line "$single_label: peak RSS, MB" "" "$([[ -n ${tp_sb_rss[$v]} ]] && mb_kb "${tp_sb_rss[$v]}" || echo n/a)" "" ""
    if [[ -n $sustained_wg ]]; then
        line "folder of $mid banks ($(mb "${sc_bytes[$mid]}") MB): MB/s" "$(rate "${sc_bytes[$mid]}" "$sustained_wg")" \
            "$([[ -n ${sc_ms[$v,$mid]} ]] && rate "${sc_bytes[$mid]}" "${sc_ms[$v,$mid]}" || echo n/a)" "$(ratio "$sustained_wg" "${sc_ms[$v,$mid]:-}")×" \
            "sustained rate, same files (for reference)"
    fi
    for n in "${sizes[@]}"; do
        folder_label="folder of $n banks ($(mb "${sc_bytes[$n]}") MB)"
        r1=$(ratio "${sc_ms[$v,$n]}" "${tp_sb[$v]:-}")
        r2=$(ratio "${sc_ms[$v,$n]}" "${sc_ms[$v,$first]}")
        line "$folder_label: ms" "" "${sc_ms[$v,$n]:-n/a}" "" \
            "$([[ $n == "$files" ]] && echo "÷ $single_label = ${r1}× (target ≤ 60×: $(verdict "$r1" '<=' 60)); ÷ $first-bank folder = ${r2}×" || echo "÷ $single_label = ${r1}×")"
        r3=$(ratio "${sc_rss[$v,$n]}" "${sc_rss[$v,$mid]}")
        note=""
        [[ $n == "$files" ]] && note="flat: ${r3}× the $mid-bank folder's with $((files / mid))× the data (≤ 1.25×: $(verdict "$r3" '<=' 1.25)); $(ratio "${sc_rss[$v,$n]}" "${sc_rss[$v,$first]}")× the $first-bank folder's"
        line "$folder_label: peak RSS, MB" "" "$([[ -n ${sc_rss[$v,$n]} ]] && mb_kb "${sc_rss[$v,$n]}" || echo n/a)" "" "$note"
    done
done
echo "  load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) on $(nproc) cores"
echo
echo "== 4. engines in-process on the same 1 MB bank (start-up and output aside) =="
# write-good's own function on the text, and StoryBank's importer + coach in one process (bench `lint` mode):
# "first" is the first call in a fresh process (what one CLI run pays after start-up), "warm" the median after it.
cat >"$work/wg-engine.js" <<'JS'
const fs = require('fs');
const writeGood = require(process.argv[2]);
const text = fs.readFileSync(process.argv[3], 'utf8');
const times = [];
for (let i = 0; i < 3; i++) {
  const t = process.hrtime.bigint();
  writeGood(text);
  times.push(Number(process.hrtime.bigint() - t) / 1e6);
}
const sorted = [...times].sort((a, b) => a - b);
console.log(`WG first_ms=${times[0].toFixed(0)} warm_ms=${sorted[1].toFixed(0)}`);
JS
wg_engine=$(node "$work/wg-engine.js" "$out/node_modules/write-good" "$data/single.md")
sb_engine=$(dotnet "$out/StoryBank.Bench.dll" lint --kb "$single_kb" | grep '^ENGINE')
wg_first=$(sed -E 's/.*first_ms=([0-9]+).*/\1/' <<<"$wg_engine"); wg_warm=$(sed -E 's/.*warm_ms=([0-9]+).*/\1/' <<<"$wg_engine")
sb_first=$(( $(sed -E 's/.*import_cold_ms=([0-9]+).*/\1/' <<<"$sb_engine") + $(sed -E 's/.*lint_cold_ms=([0-9]+).*/\1/' <<<"$sb_engine") ))
sb_warm=$(( $(sed -E 's/.*import_warm_ms=([0-9]+).*/\1/' <<<"$sb_engine") + $(sed -E 's/.*lint_warm_ms=([0-9]+).*/\1/' <<<"$sb_engine") ))
echo "  write-good(text): first ${wg_first} ms, warm ${wg_warm} ms"
echo "  storybank import + lint: first ${sb_first} ms, warm ${sb_warm} ms (generated bank of ${single_kb} KB; it may differ slightly from single.md)"
echo "  ratio write-good / storybank: first $(ratio "$wg_first" "$sb_first")×, warm $(ratio "$wg_warm" "$sb_warm")× (target 50×)"

echo
for v in "${variants[@]}"; do
    echo "SUMMARY ${variant_labels[$v]}: seeds median write-good ${seeds_wg:-n/a} ms vs ${seeds_sb[$v]:-n/a} ms;" \
        "1 MB throughput ratio $(ratio "$tp_wg" "${tp_sb[$v]:-}")× (target ≥ 50×);" \
        "50 MB folder / 1 MB bank $(ratio "${sc_ms[$v,$files]}" "${tp_sb[$v]:-}")× (target ≤ 60×);" \
        "peak RSS $(for n in "${sizes[@]}"; do printf '%s/' "$([[ -n ${sc_rss[$v,$n]} ]] && mb_kb "${sc_rss[$v,$n]}" || echo '?')"; done | sed 's:/$::') MB at ${sizes[*]} banks"
done
