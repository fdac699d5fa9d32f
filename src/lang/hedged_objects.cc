#include "lang/hedged_objects.h"

#include <algorithm>

#include "lang/word_classes.h"

namespace khaldun::lang_internal {
namespace {

namespace wc = word_classes;

// Hands clause `from`'s prepositional phrases to clause `to`.
void MovePreps(SentenceAnalysis& a, int32_t from, int32_t to) {
  Clause& giver = a.clauses[static_cast<size_t>(from)];
  Clause& taker = a.clauses[static_cast<size_t>(to)];
  if (!taker.preps.empty() || giver.preps.empty()) return;
  taker.preps = giver.preps;
  giver.preps = IndexRange{};
  for (uint32_t pp : a.indices(taker.preps)) a.pps[pp].clause = to;
}

// A range holding the one noun phrase `np`.
IndexRange SingleNp(SentenceAnalysis& a, uint32_t np) {
  const auto begin = static_cast<uint32_t>(a.index_pool.size());
  a.index_pool.push_back(np);
  return IndexRange{begin, begin + 1};
}

}  // namespace

void GiveHedgedObjects(SentenceAnalysis* analysis) {
  SentenceAnalysis& a = *analysis;
  for (size_t k = 0; k < a.clauses.size(); ++k) {
    Clause& verb_clause = a.clauses[k];
    const uint32_t what = verb_clause.verb.end;
    const int32_t naming = verb_clause.complement_clause;
    if (naming == kNone || what >= a.size() || a.tags[what] != PosTag::kWP ||
        !wc::EqualsLower(a.words[what], "what") || !verb_clause.objects.empty() || verb_clause.verb.passive) {
      continue;
    }
    Clause& hedge = a.clauses[static_cast<size_t>(naming)];
    if (hedge.subject_np == kNone || a.nps[static_cast<size_t>(hedge.subject_np)].begin != what + 1 ||
        hedge.verb.passive || hedge.verb.negated) {
      continue;
    }
    const std::string_view lemma = a.lemma(hedge.verb.lemma);
    // Whose phrases the named thing and its place come from: the naming
    // clause itself, or the "were" its speech verb reports.
    int32_t holder = kNone;
    IndexRange named;
    if (wc::IsNamingVerb(lemma) && !hedge.objects.empty()) {
      holder = naming;
      named = hedge.objects;
      hedge.objects = IndexRange{};
    } else if (wc::IsNamingVerb(lemma) && !hedge.preps.empty()) {  // "described as"
      const PrepPhrase& as = a.pps[*a.indices(hedge.preps).begin()];
      if (!wc::EqualsLower(a.words[as.preposition], "as") || as.object_np == kNone) continue;
      holder = naming;
      named = SingleNp(a, static_cast<uint32_t>(as.object_np));
      hedge.preps.begin += 1;
    } else if ((wc::IsSpeechVerb(lemma) || wc::IsCognitionVerb(lemma)) && hedge.complement_clause != kNone) {
      Clause& being = a.clauses[static_cast<size_t>(hedge.complement_clause)];
      if (being.verb.begin != hedge.verb.end || a.lemma(being.verb.lemma) != "be" || being.objects.empty()) continue;
      holder = hedge.complement_clause;
      named = being.objects;
      being.objects = IndexRange{};
    } else {
      continue;
    }
    verb_clause.objects = named;
    MovePreps(a, holder, static_cast<int32_t>(k));
    verb_clause.complement_clause = kNone;
    verb_clause.complement_kind = ComplementKind::kNoComplement;
    // The named thing and its phrases are read as the verb's own.
    const Clause& giver = a.clauses[static_cast<size_t>(holder)];
    for (uint32_t i = giver.verb.end; i < giver.end; ++i) a.clause_of_word[i] = static_cast<int32_t>(k);
    verb_clause.end = std::max(verb_clause.end, giver.end);
    // What hung from the hedge ("..., demanding the surrender") hangs from
    // the verb.
    for (const int32_t old_parent : {naming, holder}) {
      Clause& was = a.clauses[static_cast<size_t>(old_parent)];
      if (was.complement_clause != kNone && was.complement_clause != holder) {
        verb_clause.complement_clause = was.complement_clause;
        verb_clause.complement_kind = was.complement_kind;
        was.complement_clause = kNone;
        was.complement_kind = ComplementKind::kNoComplement;
      }
    }
    for (Clause& later : a.clauses) {
      if ((later.parent_clause == naming || later.parent_clause == holder) && &later != &giver) {
        later.parent_clause = static_cast<int32_t>(k);
      }
    }
    hedge.kind = ClauseKind::kRelative;
    hedge.antecedent_np = static_cast<int32_t>(*a.indices(named).begin());
  }
  MarkLabelsOfTheDeed(analysis);
}

void MarkLabelsOfTheDeed(SentenceAnalysis* analysis) {
  SentenceAnalysis& a = *analysis;
  for (size_t k = 0; k < a.clauses.size(); ++k) {
    Clause& deed = a.clauses[k];
    const int32_t naming = deed.complement_clause;
    if (naming == kNone) continue;
    Clause& label = a.clauses[static_cast<size_t>(naming)];
    if (label.subject_np == kNone) continue;
    const uint32_t what = a.nps[static_cast<size_t>(label.subject_np)].full_begin;
    if (what < 2 || !wc::EqualsLower(a.words[what - 1], "what") || !wc::EqualsLower(a.words[what - 2], "in") ||
        !(wc::IsNamingVerb(a.lemma(label.verb.lemma)) || wc::IsSpeechVerb(a.lemma(label.verb.lemma)))) {
      continue;
    }
    deed.complement_clause = kNone;
    deed.complement_kind = ComplementKind::kNoComplement;
    label.kind = ClauseKind::kSubordinate;
  }
}

}  // namespace khaldun::lang_internal
