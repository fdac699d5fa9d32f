#!/usr/bin/env bash
# Whole-process benchmark of the event store: what `khaldun code --db` costs
# as a share of coding throughput (`khaldun code` on one core, no store).
#
#   bench/store_bench.sh [KHALDUN_BINARY] [MIN_SENTENCES] [REPEATS]
#
# Two corpora of the same GigaWord sample sentences (from ../shared), at
# least MIN_SENTENCES each:
#   sentence  one sentence a document: the worst case for the per-document
#             cost (every document is its own transaction)
#   article   20 consecutive sentences a document, the size of a wire story
# Each is coded (always --threads 1) without a store on one core, then into a
# fresh SQLite database (and PostgreSQL when $KHALDUN_TEST_POSTGRES is set)
#   one core    taskset -c 0: coding and the database writer share one core
#   two cores   taskset -c 0,1: the writer thread may run on the second core
# Runs are interleaved and the best rate of each is kept (the summary line's
# sentences/s: coding + output + storing, start-up excluded); the cost is
# 1 - rate/rate without store. Skips (exit 0) when ../shared is absent.
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
cores=$(nproc)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bash bench/gigaword_corpus.sh "$sample" "$min_sentences" > "$work/sentence.jsonl"
# Article corpus: the same texts, 20 consecutive ones joined into a document.
sed -E 's/^.*"text":"(.*)"\}$/\1/' "$work/sentence.jsonl" |
  awk '{ text = text (NR % 20 == 1 ? "" : " ") $0 }
       NR % 20 == 0 { printf "{\"id\":\"art%d\",\"date\":\"2008-08-04\",\"source\":\"AFP\",\"text\":\"%s\"}\n", NR / 20, text; text = "" }
       END { if (text != "") printf "{\"id\":\"art%d\",\"date\":\"2008-08-04\",\"source\":\"AFP\",\"text\":\"%s\"}\n", int(NR / 20) + 1, text }' \
  > "$work/article.jsonl"

# rate CPUS CORPUS ARGS...: one run of khaldun code; prints its sentences/s.
rate() {
  local cpus=$1 corpus=$2 summary
  shift 2
  summary=$(taskset -c "$cpus" "$binary" code --no-header --threads 1 "$@" "$work/$corpus.jsonl" 2>&1 >/dev/null |
            grep '^khaldun: coded')
  echo "  $summary" >&2
  echo "$summary" | sed -E 's/.*\(([0-9,]+) sentences\/s\).*/\1/' | tr -d ,
}

# postgres_rate CPUS CORPUS: a run into a fresh schema (so it inserts rather than replaces).
postgres_rate() {
  local schema="khaldun_bench_$$_$RANDOM" r
  psql -q "$KHALDUN_TEST_POSTGRES" -c "CREATE SCHEMA $schema" >/dev/null
  r=$(rate "$1" "$2" --db "$KHALDUN_TEST_POSTGRES?options=-csearch_path%3D$schema")
  psql -q "$KHALDUN_TEST_POSTGRES" -c "DROP SCHEMA $schema CASCADE" >/dev/null
  echo "$r"
}

cost() { echo "scale=1; 100 * ($1 - $2) / $1" | bc; }

declare -A best
keep() { [ "$2" -gt "${best[$1]:-0}" ] && best[$1]=$2 || true; }  # keep KEY RATE: the best rate of KEY

for corpus in sentence article; do
  echo "$corpus corpus: $(wc -l < "$work/$corpus.jsonl") documents, $(du -h "$work/$corpus.jsonl" | cut -f1)"
  for run in $(seq "$repeats"); do
    echo " run $run: no store, one core" >&2
    keep "$corpus plain" "$(rate 0 "$corpus")"
    rm -f "$work"/bench.db*
    echo " run $run: SQLite, one core" >&2
    keep "$corpus sqlite 1" "$(rate 0 "$corpus" --db "$work/bench.db")"
    if [ "$cores" -ge 2 ]; then
      rm -f "$work"/bench.db*
      echo " run $run: SQLite, two cores" >&2
      keep "$corpus sqlite 2" "$(rate 0,1 "$corpus" --db "$work/bench.db")"
    fi
    if [ -n "${KHALDUN_TEST_POSTGRES:-}" ]; then
      echo " run $run: PostgreSQL, one core" >&2
      keep "$corpus postgres 1" "$(postgres_rate 0 "$corpus")"
      if [ "$cores" -ge 2 ]; then
        echo " run $run: PostgreSQL, two cores" >&2
        keep "$corpus postgres 2" "$(postgres_rate 0,1 "$corpus")"
      fi
    fi
  done
  echo "  database: $(du -h "$work/bench.db" | cut -f1)"
done

echo
echo "best of $repeats, coding with --threads 1; cost = share of coding throughput (one core, no store) lost to storing"
for corpus in sentence article; do
  plain=${best[$corpus plain]}
  label="$corpus ($( [ "$corpus" = sentence ] && echo "1 sentence" || echo "20 sentences")/document)"
  echo "$label: no store, one core: $plain sentences/s"
  for backend in sqlite postgres; do
    for n in 1 2; do
      r=${best[$corpus $backend $n]:-}
      [ -n "$r" ] || continue
      where=$([ "$n" = 1 ] && echo "one core (taskset -c 0)  " || echo "two cores (taskset -c 0,1)")
      printf '  %-10s %s: %6s sentences/s, storing costs %5s%%\n' "$backend" "$where" "$r" "$(cost "$plain" "$r")"
    done
  done
done
