#!/usr/bin/env bash
# Instructions per sentence of `khaldun code`, by stage, under callgrind:
# the stable measure on a shared machine, where wall-clock rates vary by 2x
# from run to run. Codes the GigaWord sample sentences repeated to at least
# N documents with the Phoenix dictionaries (or those given) and prints the
# inclusive instruction count of each stage divided by the sentences.
#
#   bench/coder_instructions.sh [KHALDUN_BINARY] [MIN_SENTENCES] [DICT...]
#
# Then the TSV output, the whole process per sentence (start-up and exit
# included) and the start-up alone (loading dictionaries, lexicon, gazetteer),
# which the stages leave out. Skips (exit 0) when ../shared or valgrind is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-build/src/cli/khaldun}
min_sentences=${2:-5000}
shift $(( $# < 2 ? $# : 2 ))
if ! command -v valgrind >/dev/null; then
  echo "coder_instructions: valgrind not found; skipping" >&2
  exit 0
fi
source bench/coder_corpus.sh
valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" \
  "$binary" code --quiet-dict "${dict_args[@]}" "$work/corpus.jsonl" > /dev/null 2> "$work/stderr"
sentences=$(sed -nE 's/.*, ([0-9,]+) sentences,.*/\1/p' "$work/stderr" | tr -d , | tail -1)
callgrind_annotate --inclusive=yes "$work/cg.out" 2> /dev/null > "$work/inclusive.txt"
# A function shows up once per source file its inlined code came from; the
# largest count is the function's own inclusive cost.
inclusive() {
  grep -F "khaldun::$1(" "$work/inclusive.txt" | awk '{gsub(",", "", $1); v = $1 + 0; if (v > max) max = v} END {print max + 0}'
}
for stage in Coder::CodeDocument TextAnalyzer::Analyze LanguageAnalyzer::Analyze ActorMatcher::Match \
             SentenceCoder::Code EventLocator::Locate out::TsvWriter::Write; do
  printf '%-28s %8d instructions/sentence\n' "$stage" $(( $(inclusive "$stage") / sentences ))
done
# The whole process: everything, start-up and exit included, over the
# sentences; start-up is loading the dictionaries and building the coder
# (lexicon, WordNet, gazetteer, compiled dictionary).
total=$(grep -F "PROGRAM TOTALS" "$work/inclusive.txt" | awk '{gsub(",", "", $1); print $1 + 0}')
startup=$(( $(inclusive cli::LoadDictionariesForCli) + $(inclusive Coder::Create) ))
printf '%-28s %8d instructions/sentence\n' "whole run, start-up incl." $(( total / sentences ))
printf '%-28s %8d million instructions\n' "start-up" $(( startup / 1000000 ))
