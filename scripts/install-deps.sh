#!/usr/bin/env bash
# Installs the Debian packages batik builds and tests with, skipping any already present.
# Non-interactive; needs root (or sudo) only when something is missing.
set -euo pipefail

# libxml2: the runtime of FoundationXML's XMLParser, which `batik import` reads SVG with.
packages=(pkg-config libcairo2-dev libpng-dev libgeos-dev libpango1.0-dev libturbojpeg0-dev libpotrace-dev fonts-dejavu-core poppler-utils
    librsvg2-bin time python3 python3-venv libxml2)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "batik: system packages already installed"
    exit 0
fi

echo "batik: installing ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
