# Sourced by the coder benchmarks after they shift their own arguments off:
# "$@" are dictionary paths (default: the Phoenix set in ../shared). Sets
# `work` (a temporary directory, removed on exit) holding corpus.jsonl, the
# GigaWord sample sentences repeated to at least $min_sentences documents,
# and `dict_args` (--dict PATH ...). Exits 0 with a message when ../shared
# is absent.
shared=${KHALDUN_SHARED:-../shared}
sample="$shared/anchors/text/GigaWord.sample.PETR.xml"
dicts=("$@")
[ ${#dicts[@]} -gt 0 ] || dicts=("$shared/anchors/petrarch2/dictionaries")
if [ ! -f "$sample" ]; then
  echo "$(basename "$0"): $sample not found (../shared is absent); skipping" >&2
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bash bench/gigaword_corpus.sh "$sample" "$min_sentences" > "$work/corpus.jsonl"
dict_args=()
for d in "${dicts[@]}"; do dict_args+=(--dict "$d"); done
echo "corpus: $(wc -l < "$work/corpus.jsonl") documents; dictionaries: ${dicts[*]}"
