#!/usr/bin/env bash
# One-command set-up and main job: installs the system packages, builds the release binary and
# renders the tour notebook to out/tour.html (and prints its outputs).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
swift build -c release --product alinea
mkdir -p out
.build/release/alinea run notebooks/tour.md --html out/tour.html
echo
echo "Rendered out/tour.html. Start the REPL with: .build/release/alinea"
