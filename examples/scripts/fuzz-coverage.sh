#!/usr/bin/env bash
# Coverage-guided fuzzing with Jazzer: runs each fuzz test of CoverageFuzzTest in fuzzing mode
# (JAZZER_FUZZ=1) for the given minutes, one after the other (Jazzer fuzzes one test per run),
# instrumenting only vietcat's own classes. An input that breaks an invariant is saved by Jazzer
# beside the seeds, in
# examples/src/test/resources/io/github/vietcat/examples/fuzz/CoverageFuzzTestInputs/TARGET/,
# where it stays as a regression input once the bug is fixed; the inputs the fuzzer keeps for
# coverage go to examples/.cifuzz-corpus/ (not committed). Logs: examples/target/fuzz-logs/.
#
#   examples/scripts/fuzz-coverage.sh MINUTES [TARGET ...]
#
# Targets: decoders normalizer tokenizer segmenter pageCleaner luceneTokenizer genreClassifier
# (all of them when none is named). Run from anywhere; builds offline (-o) when it can.
set -uo pipefail

if [ $# -lt 1 ] || ! [[ "$1" =~ ^[0-9]+$ ]] || [ "$1" -lt 1 ]; then
  sed -n '2,14p' "$0" >&2
  exit 2
fi
minutes="$1"
shift
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(decoders normalizer tokenizer segmenter pageCleaner luceneTokenizer genreClassifier)
fi
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
logs="$root/examples/target/fuzz-logs"
mkdir -p "$logs"
status=0
for target in "${targets[@]}"; do
  log="$logs/$target.log"
  (cd "$root" && JAZZER_FUZZ=1 ./mvnw -B -o -pl core,models,examples -am test \
      -Dtest="CoverageFuzzTest#$target" -Dsurefire.failIfNoSpecifiedTests=false \
      -Djazzer.max_duration="${minutes}m" -Djazzer.instrument='io.github.vietcat.**') \
      > "$log" 2>&1
  rc=$?
  runs="$(grep -Eo 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -n 1)"
  cov="$(grep -Eo 'DONE +cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' "$log" | tail -n 1)"
  if [ $rc -eq 0 ]; then
    echo "$target: nothing found (${runs:-no run count in $log}; ${cov:-})"
  else
    status=1
    echo "$target: FAILED, exit $rc (${runs:-}): see $log and the new files in the inputs folder"
  fi
done
exit $status
