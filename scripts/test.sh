#!/usr/bin/env bash
# The test command: unit and integration tests (debug build), then every notebook in notebooks/
# run from a release build (numeric Swift is many times slower in debug), rendered to HTML and
# checked in headless Chromium when it is installed.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --build-tests
swift test --skip-build
swift build -c release --product alinea
bash scripts/run-notebooks.sh
