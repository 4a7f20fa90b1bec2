#!/usr/bin/env bash
# Runs every notebook in notebooks/ with the release binary, renders each to out/notebooks/*.html,
# checks that rendering twice gives identical bytes, and loads each page in headless Chromium
# (when installed) to check that its SVG plots and graphs are in the rendered DOM.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release/alinea
[ -x "$bin" ] || swift build -c release --product alinea
mkdir -p out/notebooks
status=0
passed=0
failed=0
for nb in notebooks/*.md; do
  name=$(basename "$nb" .md)
  html="out/notebooks/$name.html"
  start=$(date +%s)
  if "$bin" run "$nb" --html "$html" > "out/notebooks/$name.txt" 2>&1; then
    elapsed=$(( $(date +%s) - start ))
    "$bin" run "$nb" --html "out/notebooks/$name.again.html" > /dev/null 2>&1 || true
    if ! cmp -s "$html" "out/notebooks/$name.again.html"; then
      echo "FAIL $nb: rendering twice gave different HTML"; status=1; failed=$((failed + 1)); continue
    fi
    echo "ok   $nb (${elapsed}s)"
  else
    echo "FAIL $nb"; sed 's/^/    /' "out/notebooks/$name.txt" | tail -20; status=1; failed=$((failed + 1)); continue
  fi
  if command -v chromium > /dev/null 2>&1; then
    dom=$(timeout 120 chromium --headless --no-sandbox --disable-gpu --dump-dom "file://$PWD/$html" 2> /dev/null || true)
    svgs=$(printf '%s' "$dom" | grep -o '<svg' | wc -l)
    expected=$(grep -o '<svg' "$html" | wc -l)
    if [ "$svgs" -lt "$expected" ] || ! printf '%s' "$dom" | grep -q '</html>'; then
      echo "FAIL $nb: Chromium rendered $svgs of $expected SVG elements"; status=1; failed=$((failed + 1)); continue
    fi
    echo "     chromium: $svgs SVG elements rendered"
  fi
  passed=$((passed + 1))
done
echo "notebooks: $passed passed, $failed failed"
exit $status
