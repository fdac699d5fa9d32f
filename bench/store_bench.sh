#!/usr/bin/env bash
# Whole-process benchmark of the event store: the GigaWord sample sentences
# (from ../shared) as a JSONL corpus of at least N sentences, coded by
# `khaldun code` on one core without a store, then with --db (SQLite; and
# PostgreSQL when $KHALDUN_TEST_POSTGRES is set), each into a fresh database.
#
#   bench/store_bench.sh [KHALDUN_BINARY] [MIN_SENTENCES] [REPEATS]
#
# Prints sentences/s of each run (the summary line's rate: coding + output +
# storing, start-up excluded), the best of each mode, and the cost of storing
# as a share of coding throughput. Skips (exit 0) when ../shared is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-build/src/cli/khaldun}
min_sentences=${2:-20000}
repeats=${3:-3}
shared=${KHALDUN_SHARED:-../shared}
sample="$shared/anchors/text/GigaWord.sample.PETR.xml"
if [ ! -f "$sample" ]; then
  echo "store_bench: $sample not found (../shared is absent); skipping" >&2
  exit 0
fi
[ -x "$binary" ] || { echo "store_bench: $binary not built (run make build)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bash bench/gigaword_corpus.sh "$sample" "$min_sentences" > "$work/corpus.jsonl"
echo "corpus: $(wc -l < "$work/corpus.jsonl") documents, $(du -h "$work/corpus.jsonl" | cut -f1)"

# Runs khaldun code with the given extra arguments; prints the rate.
rate_of() {
  local summary
  summary=$(taskset -c 0 "$binary" code --no-header "$@" "$work/corpus.jsonl" 2>&1 >/dev/null | grep '^khaldun: coded')
  echo "$summary" >&2
  echo "$summary" | sed -E 's/.*\(([0-9,]+) sentences\/s\).*/\1/' | tr -d ,
}

best_of() {  # MODE ARGS...: best rate over the repeats, a fresh database each time
  local mode=$1 best=0 rate
  shift
  for run in $(seq "$repeats"); do
    rm -f "$work"/bench.db*
    echo -n "$mode run $run: " >&2
    rate=$(rate_of "$@")
    [ "$rate" -gt "$best" ] && best=$rate
  done
  echo "$best"
}

plain=$(best_of "no store" )
sqlite=$(best_of "sqlite  " --db "$work/bench.db")
echo "database: $(du -h "$work/bench.db" | cut -f1) for $(wc -l < "$work/corpus.jsonl") documents"
echo "best without store: $plain sentences/s (one core)"
echo "best with SQLite:   $sqlite sentences/s; storing costs $(echo "scale=1; 100 * ($plain - $sqlite) / $plain" | bc)% of coding throughput"
if [ -n "${KHALDUN_TEST_POSTGRES:-}" ]; then
  # A fresh schema per run, so every run inserts rather than replaces.
  pg_rate=0
  for run in $(seq "$repeats"); do
    schema="khaldun_bench_$$_$run"
    psql -q "$KHALDUN_TEST_POSTGRES" -c "CREATE SCHEMA $schema" >/dev/null
    echo -n "postgres run $run: " >&2
    rate=$(rate_of --db "$KHALDUN_TEST_POSTGRES?options=-csearch_path%3D$schema")
    psql -q "$KHALDUN_TEST_POSTGRES" -c "DROP SCHEMA $schema CASCADE" >/dev/null
    [ "$rate" -gt "$pg_rate" ] && pg_rate=$rate
  done
  echo "best with PostgreSQL: $pg_rate sentences/s; storing costs $(echo "scale=1; 100 * ($plain - $pg_rate) / $plain" | bc)% of coding throughput"
fi
