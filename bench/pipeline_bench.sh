#!/usr/bin/env bash
# Whole-process benchmark: the GigaWord sample sentences (from ../shared)
# repeated into a JSONL file of at least N sentences, one document a line,
# then timed through `khaldun parse --summary` (read, normalise, structure,
# tokenise, split, and the language pipeline) on one core.
#
#   bench/pipeline_bench.sh [KHALDUN_BINARY] [MIN_SENTENCES] [REPEATS]
#
# Prints sentences/s for each repeat, the best, peak memory and start-up
# time. Skips (exit 0) with a message when ../shared is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-build/src/cli/khaldun}
min_sentences=${2:-50000}
repeats=${3:-3}
shared=${KHALDUN_SHARED:-../shared}
sample="$shared/anchors/text/GigaWord.sample.PETR.xml"
if [ ! -f "$sample" ]; then
  echo "pipeline_bench: $sample not found (../shared is absent); skipping" >&2
  exit 0
fi
[ -x "$binary" ] || { echo "pipeline_bench: $binary not built (run make build)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bash bench/gigaword_corpus.sh "$sample" "$min_sentences" > "$work/corpus.jsonl"
echo "corpus: $(wc -l < "$work/corpus.jsonl") documents, $(du -h "$work/corpus.jsonl" | cut -f1)"

time_command() {
  if [ -x /usr/bin/time ]; then /usr/bin/time -f "%e s wall, %M KB peak" "$@"; else "$@"; fi
}

# Start-up: one tiny document.
echo '{"id":"one","text":"Pakistan and India held talks."}' > "$work/one.jsonl"
start=$(date +%s.%N)
taskset -c 0 "$binary" parse --summary "$work/one.jsonl" 2>/dev/null
end=$(date +%s.%N)
echo "start-up (one document): $(echo "$end - $start" | bc) s"

best=0
for run in $(seq "$repeats"); do
  out=$(time_command taskset -c 0 "$binary" parse --summary "$work/corpus.jsonl" 2>&1 >/dev/null)
  summary=$(echo "$out" | grep '^khaldun:')
  rate=$(echo "$summary" | sed -E 's/.*\(([0-9,]+) sentences\/s\).*/\1/' | tr -d ,)
  echo "run $run: $summary"
  echo "       $(echo "$out" | grep 'peak' || true)"
  [ "$rate" -gt "$best" ] && best=$rate
done
echo "best: $best sentences/s (one core)"
