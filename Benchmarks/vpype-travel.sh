#!/usr/bin/env bash
# Pen-up travel of batik's canting order against vpype's on the same strokes (not run in CI).
#
#   Benchmarks/vpype-travel.sh [MOTIF] [SIZE]        default: kawung 60x40cm
#
# Installs vpype into a throwaway virtual environment in a temporary folder (needs python3 with
# venv and access to PyPI), builds batik in release mode if needed, then:
#   1. batik paths MOTIF --size SIZE                 our order  → ours.svg, and our figures
#   2. batik paths MOTIF --size SIZE --order input    the same strokes as generated, tile by tile
#   3. vpype read input.svg linemerge linesort --two-opt stat    vpype's order of (2)
#   4. vpype read ours.svg stat                       our order measured by vpype, so both
#                                                     travels are measured the same way
# and prints, per layer, both pen-up travels, our MST lower bound, and the wall times.
# vpype is given the unordered strokes because its linesort keeps its input when it cannot
# improve on it: fed our order, it would only ever report ours.
set -euo pipefail

motif="${1:-kawung}"
size="${2:-60x40cm}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "vpype: installing into $work/venv …" >&2
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check vpype
vpype="$work/venv/bin/vpype"

batik="$root/.build/release/batik"
if [ ! -x "$batik" ]; then
    (cd "$root" && swift build -c release --product batik >&2)
fi

now() { date +%s.%N; }

t0=$(now)
"$batik" paths "$motif" --size "$size" -o "$work/ours.svg" > "$work/ours.txt" 2> /dev/null
t1=$(now)
"$batik" paths "$motif" --size "$size" --order input -o "$work/input.svg" > /dev/null 2>&1
t2=$(now)
"$vpype" read "$work/input.svg" linemerge linesort --two-opt stat > "$work/vpype.txt" 2> /dev/null
t3=$(now)
"$vpype" read "$work/ours.svg" stat > "$work/ours-vpype.txt" 2> /dev/null

python3 - "$work" "$motif" "$size" "$("$vpype" --version 2>/dev/null | head -1)" \
    "$t0" "$t1" "$t2" "$t3" <<'PY'
import re, sys
work, motif, size, version = sys.argv[1:5]
t0, t1, t2, t3 = map(float, sys.argv[5:9])
ours_s, vpype_s = t1 - t0, t3 - t2
PX = 25.4 / 96  # vpype measures in CSS pixels

def penup(path):
    layers, current = {}, None
    for line in open(path):
        m = re.match(r"\s*Layer (\d+)", line)
        if m:
            current = int(m.group(1))
        m = re.match(r"\s*Pen-up length: ([\d.e+-]+)", line)
        if m and current is not None:
            layers[current] = float(m.group(1)) * PX / 1000
            current = None
    return layers

ours, theirs = penup(f"{work}/ours-vpype.txt"), penup(f"{work}/vpype.txt")
rows = []
for line in open(f"{work}/ours.txt"):
    m = re.match(r"(\d\d) (.+?)\s{2,}(.*)$", line)
    if m:
        cells = m.group(3).split()
        rows.append((int(m.group(1)), m.group(2).strip(), cells[4], cells[5]))
    if line.strip() == "":
        if rows: break

print(f"{motif}, {size}; {version}")
print(f"{'layer':32} {'batik m':>9} {'vpype m':>9} {'MST bound m':>12}")
total_b = total_v = 0.0
for number, label, kosong, batas in rows:
    b, v = ours.get(number, float("nan")), theirs.get(number, float("nan"))
    total_b += b; total_v += v
    print(f"{number:02d} {label:29} {b:9.3f} {v:9.3f} {batas:>12}")
print(f"{'total':32} {total_b:9.3f} {total_v:9.3f}")
print(f"wall time: batik paths {float(ours_s):.2f} s (plan, order, SVG, figures); "
      f"vpype read linemerge linesort --two-opt stat {float(vpype_s):.2f} s")
if any(ours[k] > theirs[k] + 1e-6 for k in ours if k in theirs):
    print("batik travels further than vpype on some layer", file=sys.stderr)
    sys.exit(1)
PY
