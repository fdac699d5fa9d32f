#!/usr/bin/env bash
# Writes to stdout a JSONL benchmark corpus of at least MIN_SENTENCES
# documents: the <Text> elements of the GigaWord sample (each joined into one
# line), repeated, every copy with its own ids so that stores keep them all.
#
#   bench/gigaword_corpus.sh SAMPLE_XML MIN_SENTENCES > corpus.jsonl
set -euo pipefail
sample=$1
min_sentences=$2
texts=$(mktemp)
trap 'rm -f "$texts"' EXIT
awk '
  /<Text>/ { inside = 1; text = ""; next }
  /<\/Text>/ {
    inside = 0
    gsub(/\\/, "\\\\", text); gsub(/"/, "\\\"", text); gsub(/\t/, " ", text)
    sub(/^ +/, "", text); sub(/ +$/, "", text)
    if (text != "") print text   # a few records carry a parse but no text
    next
  }
  inside { text = text " " $0 }
' "$sample" > "$texts"
per_copy=$(wc -l < "$texts")
copies=$(( (min_sentences + per_copy - 1) / per_copy ))
for copy in $(seq "$copies"); do
  awk -v c="$copy" '{ printf "{\"id\":\"gw%d-%d\",\"date\":\"2008-08-04\",\"source\":\"AFP\",\"text\":\"%s\"}\n", c, NR, $0 }' "$texts"
done
