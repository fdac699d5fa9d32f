#include "cli/article_printer.h"

#include <string>

#include "lang/analysis_format.h"

namespace khaldun::cli {
namespace {

const char* FormatName(DocumentFormat format) {
  switch (format) {
    case DocumentFormat::kPlain: return "plain";
    case DocumentFormat::kJsonl: return "jsonl";
    case DocumentFormat::kHtml: return "html";
  }
  return "?";
}

std::string TokenLine(const ArticleText& text, const Sentence& sentence) {
  std::string line;
  for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
    if (t > sentence.token_begin) line += ' ';
    line += text.tokens[t].text;
  }
  return line;
}

nlohmann::json Index(int32_t value) {
  return value < 0 ? nlohmann::json(nullptr) : nlohmann::json(value);
}

nlohmann::json Indices(const SentenceAnalysis& a, IndexRange range) {
  nlohmann::json out = nlohmann::json::array();
  for (uint32_t i : a.indices(range)) out.push_back(i);
  return out;
}

}  // namespace

nlohmann::json AnalysisToJson(const SentenceAnalysis& a) {
  using nlohmann::json;
  json tags = json::array(), lemmas = json::array();
  for (uint32_t i = 0; i < a.size(); ++i) {
    tags.push_back(std::string(PosTagName(a.tags[i])));
    lemmas.push_back(std::string(a.lemma(i)));
  }
  json nps = json::array();
  for (size_t i = 0; i < a.nps.size(); ++i) {
    const NounPhrase& np = a.nps[i];
    json j = {{"kind", np.kind == NounPhraseKind::kBase ? "base" : "coordination"},
              {"begin", np.begin}, {"end", np.end}, {"full_begin", np.full_begin}, {"head", np.head},
              {"text", a.NpText(static_cast<int32_t>(i))}, {"determiner", Index(np.determiner)},
              {"modifiers_begin", np.modifiers_begin}, {"name_begin", np.name_begin},
              {"possessor", Index(np.possessor)}, {"apposition", Index(np.apposition)},
              {"appositive_of", Index(np.appositive_of)}, {"coordination", Index(np.coordination)},
              {"members", Indices(a, np.members)}, {"pps", Indices(a, np.pps)},
              {"relative_clause", Index(np.relative_clause)}, {"pronoun", np.pronoun},
              {"proper", np.proper}, {"temporal", np.temporal}};
    nps.push_back(j);
  }
  json pps = json::array();
  for (const PrepPhrase& pp : a.pps) {
    pps.push_back({{"preposition", a.Text(pp.preposition, pp.preposition_end)}, {"begin", pp.preposition},
                   {"object_np", Index(pp.object_np)}, {"attached_np", Index(pp.attached_np)},
                   {"clause", Index(pp.clause)}});
  }
  json clauses = json::array();
  for (const Clause& c : a.clauses) {
    const VerbGroup& g = c.verb;
    json verb = {{"begin", g.begin}, {"end", g.end}, {"text", a.Text(g.begin, g.end)},
                 {"main_verb", g.main_verb}, {"lemma", std::string(a.lemma(g.lemma))},
                 {"tense", TenseName(g.tense)}, {"negated", g.negated}, {"passive", g.passive},
                 {"perfect", g.perfect}, {"progressive", g.progressive}, {"modal", Index(g.modal)},
                 {"particle", Index(g.particle)}};
    clauses.push_back({{"kind", ClauseKindName(c.kind)}, {"begin", c.begin}, {"end", c.end},
                       {"subject_np", Index(c.subject_np)}, {"controller_np", Index(c.controller_np)},
                       {"antecedent_np", Index(c.antecedent_np)}, {"verb", verb},
                       {"objects", Indices(a, c.objects)}, {"preps", Indices(a, c.preps)},
                       {"agent_np", Index(c.agent_np)}, {"complement_clause", Index(c.complement_clause)},
                       {"complement_kind", ComplementKindName(c.complement_kind)},
                       {"parent_clause", Index(c.parent_clause)}});
  }
  return {{"tags", tags}, {"lemmas", lemmas}, {"nps", nps}, {"pps", pps}, {"clauses", clauses}};
}

void PrintArticle(const Document& document, const ArticleText& text,
                  std::span<const SentenceAnalysis> analyses, bool show_tokens, std::FILE* out) {
  std::fprintf(out, "== %s  (%s:%llu, %s)\n", document.id.c_str(), document.origin_file.c_str(),
               static_cast<unsigned long long>(document.origin_line), FormatName(document.format));
  auto field = [&](const char* name, const std::string& value) {
    if (!value.empty()) std::fprintf(out, "   %-12s %s\n", name, value.c_str());
  };
  field("date", document.date);
  field("source", document.source);
  field("url", document.url);
  if (document.format == DocumentFormat::kJsonl) field("title", document.title);
  for (const auto& [name, raw] : document.extra_fields) field(name.c_str(), raw);
  if (text.dateline.present) {
    std::string dateline = text.dateline.place;
    if (!text.dateline.month_day.empty()) dateline += ", " + text.dateline.month_day;
    if (!text.dateline.agency.empty()) dateline += " (" + text.dateline.agency + ")";
    field("dateline", dateline);
  }
  size_t next_sentence = 0;
  for (uint32_t b = 0; b < text.blocks.size(); ++b) {
    const Block& block = text.blocks[b];
    Span original = text.offsets.ToOriginal(block.span);
    if (block.kind != BlockKind::kBody) {
      std::fprintf(out, "   %-12s %.*s\n", BlockKindName(block.kind), static_cast<int>(block.span.size()),
                   text.normalized.data() + block.span.begin);
    } else {
      std::fprintf(out, "   paragraph    [%u,%u)\n", original.begin, original.end);
    }
    while (next_sentence < text.sentences.size() && text.sentences[next_sentence].block == b) {
      const Sentence& sentence = text.sentences[next_sentence++];
      Span span = text.offsets.ToOriginal(sentence.span);
      if (block.kind == BlockKind::kBody) {
        std::fprintf(out, "     %3zu [%u,%u) %.*s\n", next_sentence, span.begin, span.end,
                     static_cast<int>(span.size()), document.text.data() + span.begin);
      } else {
        std::fprintf(out, "     %3zu [%u,%u)\n", next_sentence, span.begin, span.end);
      }
      if (show_tokens) std::fprintf(out, "         tokens: %s\n", TokenLine(text, sentence).c_str());
      if (next_sentence <= analyses.size()) {
        const SentenceAnalysis& a = analyses[next_sentence - 1];
        std::fprintf(out, "         tagged:  %s\n", FormatTagged(a).c_str());
        std::fprintf(out, "         phrases: %s\n", FormatChunks(a).c_str());
        for (uint32_t k = 0; k < a.clauses.size(); ++k) {
          std::fprintf(out, "         %s\n", FormatClause(a, k).c_str());
        }
      }
    }
  }
  std::fprintf(out, "\n");
}

nlohmann::json ArticleToJson(const Document& document, const ArticleText& text,
                             std::span<const SentenceAnalysis> analyses) {
  using nlohmann::json;
  json j;
  j["id"] = document.id;
  j["file"] = document.origin_file;
  j["line"] = document.origin_line;
  j["format"] = FormatName(document.format);
  j["date"] = document.date;
  j["source"] = document.source;
  j["url"] = document.url;
  j["title"] = document.title;
  json extra = json::object();
  for (const auto& [name, raw] : document.extra_fields) {
    json value = json::parse(raw, nullptr, /*allow_exceptions=*/false);
    extra[name] = value.is_discarded() ? json(raw) : value;
  }
  j["extra"] = extra;
  json dateline = nullptr;
  if (text.dateline.present) {
    Span span = text.offsets.ToOriginal(text.dateline.span);
    dateline = {{"place", text.dateline.place}, {"agency", text.dateline.agency},
                {"month_day", text.dateline.month_day}, {"begin", span.begin}, {"end", span.end}};
  }
  j["dateline"] = dateline;
  json blocks = json::array();
  for (const Block& block : text.blocks) {
    Span span = text.offsets.ToOriginal(block.span);
    blocks.push_back({{"kind", BlockKindName(block.kind)}, {"begin", span.begin}, {"end", span.end},
                      {"text", std::string(block.span.of(text.normalized))}});
  }
  j["blocks"] = blocks;
  json sentences = json::array();
  for (size_t s = 0; s < text.sentences.size(); ++s) {
    const Sentence& sentence = text.sentences[s];
    Span span = text.offsets.ToOriginal(sentence.span);
    json tokens = json::array();
    for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
      const Token& token = text.tokens[t];
      Span token_span = text.offsets.ToOriginal(token.span);
      tokens.push_back({{"text", std::string(token.text)}, {"begin", token_span.begin}, {"end", token_span.end}});
    }
    json entry = {{"index", s + 1}, {"block", sentence.block}, {"begin", span.begin}, {"end", span.end},
                  {"text", std::string(sentence.span.of(text.normalized))}, {"tokens", tokens}};
    if (s < analyses.size()) entry["analysis"] = AnalysisToJson(analyses[s]);
    sentences.push_back(entry);
  }
  j["sentences"] = sentences;
  return j;
}

}  // namespace khaldun::cli
