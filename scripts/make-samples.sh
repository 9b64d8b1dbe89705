#!/usr/bin/env bash
# Regenerates the committed previews in samples/ with the release build. Each stays well under 1 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
batik=${BATIK:-.build/release/batik}
"$batik" render kawung --tiles 6x4 --dpi 120 -o samples/kawung.png --force
"$batik" render parang-rusak --size 180x120mm --dpi 120 -o samples/parang-rusak.png --force
"$batik" render surya-majapahit --tiles 2x2 --dpi 100 -o samples/surya-majapahit.png --force
ls -l samples/*.png
