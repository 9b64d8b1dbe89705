#!/usr/bin/env bash
# Regenerates the committed previews in samples/ with the release build. Each stays well under 1 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
batik=${BATIK:-.build/release/batik}
"$batik" render kawung --tiles 6x4 --dpi 120 -o samples/kawung.png --force
"$batik" render parang-rusak --size 180x120mm --dpi 120 -o samples/parang-rusak.png --force
"$batik" render surya-majapahit --tiles 2x2 --dpi 100 -o samples/surya-majapahit.png --force
# One page of each printable document, as a picture (pdftoppm from poppler-utils).
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$batik" pola kawung --cloth kain-panjang -o "$tmp/pola.pdf" --force
pdftoppm -png -r 50 -f 1 -l 1 -singlefile "$tmp/pola.pdf" samples/pola-kawung-ringkasan
pdftoppm -png -r 50 -f 18 -l 18 -singlefile "$tmp/pola.pdf" samples/pola-kawung-B3
"$batik" latihan --level 3 -o "$tmp/latihan.pdf" --force
pdftoppm -png -r 50 -f 1 -l 1 -singlefile "$tmp/latihan.pdf" samples/latihan-tingkat-3
"$batik" lembar-kerja kawung -o "$tmp/kerja.pdf" --force
pdftoppm -png -r 50 -f 1 -l 1 -singlefile "$tmp/kerja.pdf" samples/lembar-kerja-kawung-sampul
pdftoppm -png -r 50 -f 3 -l 3 -singlefile "$tmp/kerja.pdf" samples/lembar-kerja-kawung-nglowong
"$batik" listing kawung --products kain,kemeja,tas --brand "KUBE Sekar Arum" --price 350000 -o samples/listing-kawung
# The library: a contact sheet and a thumbnail per motif (for the README's table).
"$batik" galeri --swatch 100mm --pixels 160 --columns 7 --look vector -o samples/gallery.png --force
mkdir -p samples/motifs
for f in motifs/*.yaml; do
    name=$(basename "$f" .yaml)
    "$batik" render "$f" --size 80x80mm --dpi 51 -o "samples/motifs/$name.png" --force >/dev/null
done
ls -l samples/*.png samples/listing-kawung
