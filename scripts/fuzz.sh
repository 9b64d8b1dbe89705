#!/usr/bin/env bash
# Builds one libFuzzer target and runs it for a fixed time. See --help and docs/robustness.md.
set -euo pipefail

usage() {
    cat <<'EOF'
usage: scripts/fuzz.sh TARGET SECONDS [LIBFUZZER-FLAG ...]
       scripts/fuzz.sh --build TARGET
       scripts/fuzz.sh --help

Builds TARGET with the fuzzer and address sanitizers and runs it for SECONDS under libFuzzer,
at nice 10. TARGET is one of:

  FuzzMotifLoader   a motif file (YAML) through MotifLoader.load       -max_len 16384
  FuzzExpression    one expression, parsed and evaluated               -max_len 256
  FuzzSVGPathData   SVG path data read, written back, read again       -max_len 4096
  FuzzSVGImport     an SVG file through SVGDocument and the YAML writer -max_len 16384

Build: swift build --scratch-path .build-fuzz --product TARGET --sanitize fuzzer
  --sanitize address -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
  -Xcc -fsanitize=fuzzer-no-link
(SwiftPM hands swiftc `-sanitize=fuzzer -sanitize=address` as two flags and the driver keeps
only the last, so without the -Xswiftc flag nothing is instrumented for coverage and libFuzzer
mutates blindly. .build-fuzz keeps these objects apart from the ordinary .build.)

Folders (all under Fuzz/):
  corpus/TARGET/   the working corpus: libFuzzer adds every input with new coverage here and
                   starts from it on the next run. Not in git (.gitignore).
  seeds/TARGET/    small committed seeds, read but never written. The motif loader also reads
                   motifs/, compositions/ and Tests/BatikMotifTests/Broken/; SVG import also reads
                   Tests/BatikImportTests/Fixtures/.
  dict/TARGET.dict keywords for libFuzzer's -dict (YAML keys and values, functions, commands).
  crashes/TARGET/  crash-*, timeout-*, oom-* and leak-* inputs (-artifact_prefix), and the
                   run's log (last-run.log). Not in git: each fixed one becomes a regression
                   test under Tests/*/FuzzRegressions/. slow-unit-* files are the slowest inputs
                   so far (libFuzzer keeps them past 10 s of wall clock); they are not findings.

Leaks are reported (LeakSanitizer) except those in scripts/lsan.supp, inside the toolchain's
Foundation (and, for scripts/sanitize.sh, fontconfig and XCTest).

FuzzSVGImport runs with -detect_leaks=0: each malformed file leaks inside Foundation, and a
leak check after every input makes the run 8 times slower.

Limits: -rss_limit_mb=2048 (and a single allocation of more than that is an out-of-memory),
-timeout=30 (wall-clock seconds for one input: a debug build with ASan on two
shared cores; the slowest seed, motifs/tambal.yaml, takes 0.5 s of CPU but up to 11 s of wall
clock when the machine is loaded), -max_total_time=SECONDS.
Extra arguments go to libFuzzer as they are (e.g. -jobs=2, -seed=1, -runs=N).

At the end it prints the executions, executions per second, coverage (cov: edges, ft:
features), corpus size and the inputs saved under crashes/TARGET/. Exit status: 0 when the run
found nothing, 1 when it saved a crash, hang or out-of-memory input.

To reproduce or minimise a saved input:
  .build-fuzz/debug/TARGET Fuzz/crashes/TARGET/crash-…
  .build-fuzz/debug/TARGET -minimize_crash=1 -runs=10000 -exact_artifact_path=min.yaml crash-…
EOF
}

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

build_only=0
target_flags=()
case "${1:-}" in
    -h | --help) usage; exit 0 ;;
    --build) build_only=1; shift ;;
esac
target="${1:-}"
case "$target" in
    FuzzMotifLoader) max_len=16384; extra_seeds=(motifs compositions Tests/BatikMotifTests/Broken) ;;
    FuzzExpression) max_len=256; extra_seeds=() ;;
    FuzzSVGPathData) max_len=4096; extra_seeds=() ;;
    # Foundation's XMLParser leaks a CFError on every malformed file (scripts/lsan.supp), so
    # libFuzzer would stop the world for a leak check after nearly every input: 8 times slower.
    FuzzSVGImport) max_len=16384; extra_seeds=(Tests/BatikImportTests/Fixtures); target_flags=(-detect_leaks=0) ;;
    *) usage >&2; echo "fuzz.sh: unknown target '$target'" >&2; exit 64 ;;
esac
if [[ $build_only == 0 ]]; then
    seconds="${2:-}"
    if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [[ "$seconds" == 0 ]]; then
        echo "fuzz.sh: SECONDS must be a whole number of seconds above 0, found '${seconds}'" >&2
        exit 64
    fi
    shift 2
fi

nice -n 10 swift build --scratch-path .build-fuzz --product "$target" \
    --sanitize fuzzer --sanitize address \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library \
    -Xcc -fsanitize=fuzzer-no-link 2>&1 | { grep -v "Cannot export local symbol '__asan" || true; } >&2
binary="$root/.build-fuzz/debug/$target"
[[ $build_only == 1 ]] && { echo "$binary"; exit 0; }

corpus="Fuzz/corpus/$target"
crashes="Fuzz/crashes/$target"
mkdir -p "$corpus" "$crashes"
seeds=()
[[ -d "Fuzz/seeds/$target" ]] && seeds+=("Fuzz/seeds/$target")
seeds+=("${extra_seeds[@]}")
dict=()
[[ -f "Fuzz/dict/$target.dict" ]] && dict=(-dict="Fuzz/dict/$target.dict")
log="$crashes/last-run.log"
findings() { find "$crashes" -maxdepth 1 -type f ! -name '*.log' ! -name 'slow-unit-*' | wc -l; }
before=$(findings)

# The Swift runtime's backtracer would catch a trap before libFuzzer can save the input.
export SWIFT_BACKTRACE=enable=no
# Leaks inside the toolchain's Foundation, not ours: see the file.
export LSAN_OPTIONS="suppressions=$root/scripts/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
set +e
nice -n 10 "$binary" "$corpus" "${seeds[@]}" "${dict[@]}" \
    -max_total_time="$seconds" -max_len="$max_len" -rss_limit_mb=2048 -timeout=30 \
    -artifact_prefix="$crashes/" -print_final_stats=1 "${target_flags[@]}" "$@" >"$log" 2>&1
status=$?
set -e

after=$(findings)
last=$(grep -E '^#[0-9]+' "$log" | grep -E 'cov:' | tail -1 || true)
echo "== $target, $seconds s (log: $log) =="
echo "last status line: ${last:-none}"
grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb|slowest_unit_time_sec)' "$log" || true
echo "corpus: $(find "$corpus" -type f | wc -l) inputs in $corpus"
grep -E '^Slowest unit' "$log" | tail -1 || true
if ((after > before)) || ((status != 0)); then
    grep -E '^==[0-9]+==ERROR|^SUMMARY|Fatal error|artifact_prefix|Test unit written' "$log" | head -20
    echo "new inputs in $crashes: $((after - before)); libFuzzer exit status $status"
    exit 1
fi
echo "nothing found"
