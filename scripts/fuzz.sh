#!/usr/bin/env bash
# Runs the seeded random-program fuzzer over the lexer, parser, resolver and interpreter for a
# while (default 300 s): usage `bash scripts/fuzz.sh [SECONDS] [SEED]`. On a crash it prints the
# program that crashed; add it to FuzzTests.regressions.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-300}
seed=${2:-$RANDOM}
current=$(mktemp /tmp/alinea-fuzz-XXXXXX.aln)
echo "fuzzing for ${seconds}s with seed $seed"
ALINEA_FUZZ_SECONDS=$seconds ALINEA_FUZZ_SEED=$seed ALINEA_FUZZ_CURRENT=$current \
  swift test --filter 'FuzzTests/testRandomProgramsDoNotCrash' 2>&1 | grep -E 'fuzz:|error|Executed'
status=${PIPESTATUS[0]}
if [ "$status" -ne 0 ]; then
  echo "the fuzzer failed; the last program was:"
  cat "$current"
fi
rm -f "$current"
exit "$status"
