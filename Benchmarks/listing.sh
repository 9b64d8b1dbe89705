#!/usr/bin/env bash
# The listing set's speed: `batik listing` for each bundled motif, three runs, wall and CPU time
# from /usr/bin/time. Target (issue 5): under 3 s wall in release mode on a 2-core machine.
#   Benchmarks/listing.sh [MOTIF …]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product batik >/dev/null
batik=.build/release/batik
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
motifs=("$@")
[ ${#motifs[@]} -gt 0 ] || motifs=(kawung parang-rusak surya-majapahit)
for motif in "${motifs[@]}"; do
    for run in 1 2 3; do
        /usr/bin/time -f "$motif run $run: %e s wall, %U s CPU, %M kB peak" \
            "$batik" listing "$motif" -o "$tmp/$motif" >/dev/null 2>"$tmp/err" || { cat "$tmp/err"; exit 1; }
        tail -1 "$tmp/err"
    done
done
