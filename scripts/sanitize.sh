#!/usr/bin/env bash
# Runs the whole test suite under a sanitizer. See --help and docs/robustness.md (Sanitizers).
set -euo pipefail

usage() {
    cat <<'USAGE'
usage: scripts/sanitize.sh address|thread [SWIFT-TEST-ARGUMENT ...]

Builds and runs `swift test --sanitize KIND` at nice 10 in its own scratch folder
(.build-asan or .build-tsan, so the ordinary .build is left alone), then prints the
duration, the test summary and every sanitizer report found in the output. The `batik`
processes the CLI tests start are built with the same sanitizer and report into the same output.

  address   AddressSanitizer and LeakSanitizer. Leaks inside Foundation, fontconfig and XCTest
            are suppressed (scripts/lsan.supp); any other leak fails the process it is in.
  thread    ThreadSanitizer (halt_on_error=0: every race is reported, not only the first).

The full output goes to sanitize.log in that folder. Extra arguments go to swift test
(e.g. --filter BatikWaxTests). Exit status: that of swift test, or 1 when a report was found.
USAGE
}

case "${1:-}" in
    -h | --help) usage; exit 0 ;;
    address | thread) kind=$1; shift ;;
    *) usage >&2; exit 64 ;;
esac
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
case $kind in address) scratch=.build-asan ;; thread) scratch=.build-tsan ;; esac
mkdir -p "$scratch"
log="$scratch/sanitize.log"

export SWIFT_BACKTRACE=enable=no
export LSAN_OPTIONS="suppressions=$root/scripts/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export TSAN_OPTIONS="halt_on_error=0:second_deadlock_stack=1${TSAN_OPTIONS:+:$TSAN_OPTIONS}"

start=$(date +%s)
set +e
nice -n 10 swift test --sanitize "$kind" --scratch-path "$scratch" "$@" >"$log" 2>&1
status=$?
set -e
end=$(date +%s)

echo "== swift test --sanitize $kind: $((end - start)) s, exit status $status (log: $log) =="
grep -E '^Build complete|^✔ Test run with|^✘ Test run with|Executed [0-9]+ tests' "$log" | tail -4 || true
reports=$(grep -cE 'ERROR: (AddressSanitizer|LeakSanitizer)|WARNING: ThreadSanitizer|runtime error:' "$log" || true)
echo "sanitizer reports: $reports"
grep -E 'SUMMARY: (AddressSanitizer|ThreadSanitizer|UndefinedBehaviorSanitizer)' "$log" | sort | uniq -c | sort -rn | head -20 || true
((reports == 0)) || exit 1
exit "$status"
