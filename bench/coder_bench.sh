#!/usr/bin/env bash
# End-to-end coding benchmark: raw text -> events with the full Phoenix
# dictionaries (from ../shared), on the GigaWord sample sentences repeated to
# at least N sentences (JSONL), pinned to one core; then the same with
# --threads 2 to show scaling.
#
#   bench/coder_bench.sh [KHALDUN_BINARY] [MIN_SENTENCES] [REPEATS] [DICT...]
#
# Prints sentences/s per run, the best, peak memory. Skips (exit 0) with a
# message when ../shared is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-build/src/cli/khaldun}
min_sentences=${2:-50000}
repeats=${3:-3}
shift $(( $# < 3 ? $# : 3 ))
source bench/coder_corpus.sh
run() {
  local cpus=$1; shift
  /usr/bin/time -f "%e s wall, %M KB peak" taskset -c "$cpus" "$binary" code --quiet-dict "${dict_args[@]}" "$@" \
    "$work/corpus.jsonl" 2>&1 >/dev/null | grep -E '^khaldun:|peak'
}
best=0
for r in $(seq "$repeats"); do
  out=$(run 0)
  rate=$(echo "$out" | sed -nE 's/.*\(([0-9,]+) sentences\/s\).*/\1/p' | tr -d ,)
  echo "run $r (1 thread): $out" | tr '\n' ' '; echo
  [ "${rate:-0}" -gt "$best" ] && best=$rate
done
echo "best: $best sentences/s (one core)"
echo "2 threads on 2 cores: $(run 0,1 --threads 2 | tr '\n' ' ')"
