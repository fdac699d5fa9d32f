// Verb groups: auxiliaries, modals, "to", adverbs and negation around a
// main verb. A group continues only while its last verb is an auxiliary
// (be/have/do/get), a modal or "to", so "refused to negotiate" is two groups
// (the clause builder links them) and "did not attend" is one.

#include "lang/phrase_builder.h"
#include "lang/word_bits.h"
#include "lang/word_classes.h"

namespace khaldun::lang_internal {
namespace {

namespace wc = word_classes;
using T = PosTag;

// The next position at or after `i` that is not an adverb.
uint32_t SkipAdverbs(const SentenceAnalysis& a, uint32_t i) {
  while (i < a.size() && IsAdverb(a.tags[i]) && a.np_of_word[i] == kNone) ++i;
  return i;
}

bool VerbAt(const SentenceAnalysis& a, uint32_t i) {
  return i < a.size() && a.np_of_word[i] == kNone && (IsVerb(a.tags[i]) || a.tags[i] == T::kMD);
}

// "was heavily and unjustly criticized": manner adverbs ("-ly") joined by
// "and", "or", "but" or a comma between an auxiliary and its participle
// stay in the group. `stop` is where the adverbs from `begin` end; returns
// the participle's position after the joined adverbs, else `stop`. A past
// tense there (the tagger reads "and ... criticized" as a new verb) is the
// participle of a "be" or "get" auxiliary (the word at `aux`).
bool EndsInLy(std::string_view word) { return word.size() > 3 && word.ends_with("ly"); }

uint32_t AfterJoinedAdverbs(const SentenceAnalysis& a, uint32_t begin, uint32_t stop, uint32_t aux) {
  if (stop == begin || stop + 1 >= a.size() || a.np_of_word[stop] != kNone || !EndsInLy(a.words[stop - 1])) return stop;
  const std::string_view joint = a.words[stop];
  if (joint != "and" && joint != "or" && joint != "but" && joint != ",") return stop;
  if (!IsAdverb(a.tags[stop + 1]) || !EndsInLy(a.words[stop + 1])) return stop;
  const uint32_t after = SkipAdverbs(a, stop + 1);
  if (!VerbAt(a, after)) return stop;
  const PosTag t = a.tags[after];
  const wc::Auxiliary kind = wc::AuxiliaryOfBits(a.word_bits[aux]);
  const bool be = kind == wc::Auxiliary::kBe || kind == wc::Auxiliary::kGet;
  if (t != T::kVBN && t != T::kVBG && !(t == T::kVBD && be)) return stop;
  return after;
}

void Describe(const SentenceAnalysis& a, VerbGroup* g) {
  // Tense from the first finite word; voice and aspect from the verb before the main one.
  int32_t previous_verb = kNone;
  bool first = true;
  for (uint32_t i = g->begin; i < g->end; ++i) {
    const PosTag t = a.tags[i];
    if (wc::HasBit(a.word_bits[i], wc::kNegationBit)) g->negated = true;
    if (!IsVerb(t) && t != T::kMD) continue;
    if (first) {
      first = false;
      // "had again raised", "has been": an auxiliary the tagger read as a
      // participle still carries the tense when another verb follows.
      const PosTag tense_tag = t == T::kVBN && i != g->main_verb &&
                                       wc::AuxiliaryOfBits(a.word_bits[i]) != wc::Auxiliary::kNone
                                   ? (wc::EqualsLower(a.words[i], "had") ? T::kVBD : T::kVBZ)
                                   : t;
      if (tense_tag != t) {
        g->tense = tense_tag == T::kVBD ? Tense::kPast : Tense::kPresent;
      } else if (t == T::kMD) {
        g->tense = wc::HasBit(a.word_bits[i], wc::kFutureModalBit) ? Tense::kFuture : Tense::kModal;
      } else if (t == T::kVBD) {
        g->tense = Tense::kPast;
      } else if (t == T::kVBZ || t == T::kVBP || (t == T::kVB && !g->infinitive)) {
        g->tense = Tense::kPresent;
      }
    }
    if (i == g->main_verb) break;
    if (IsVerb(t)) previous_verb = static_cast<int32_t>(i);
  }
  const PosTag main = a.tags[g->main_verb];
  if (previous_verb != kNone) {
    const wc::Auxiliary aux = wc::AuxiliaryOfBits(a.word_bits[static_cast<uint32_t>(previous_verb)]);
    if (main == T::kVBN && (aux == wc::Auxiliary::kBe || aux == wc::Auxiliary::kGet)) g->passive = true;
    if (main == T::kVBG && aux == wc::Auxiliary::kBe) g->progressive = true;
  }
  for (uint32_t i = g->begin; i < g->main_verb; ++i) {
    if (IsVerb(a.tags[i]) && wc::AuxiliaryOfBits(a.word_bits[i]) == wc::Auxiliary::kHave && main == T::kVBN) {
      g->perfect = true;
    }
  }
  // A bare participle followed by "by" is passive ("a man killed by police").
  if (g->main_verb == g->begin && main == T::kVBN && g->end < a.size() &&
      wc::EqualsLower(a.words[g->end], "by")) {
    g->passive = true;
  }
}

}  // namespace

void FindVerbGroups(SentenceAnalysis* analysis) {
  SentenceAnalysis& a = *analysis;
  const uint32_t n = a.size();
  uint32_t i = 0;
  while (i < n) {
    if (a.np_of_word[i] != kNone) {
      ++i;
      continue;
    }
    const PosTag t = a.tags[i];
    // "according to", "regarding": the first word of a multi-word preposition.
    if (t == T::kVBG || t == T::kVBN || t == T::kJJ || t == T::kRB) {
      if (const size_t length = a.preposition_length[i]; length > 1) {
        i += static_cast<uint32_t>(length);
        continue;
      }
    }
    const bool infinitive = t == T::kTO && VerbAt(a, SkipAdverbs(a, i + 1)) &&
                            a.tags[SkipAdverbs(a, i + 1)] == T::kVB;
    const bool negated_start = t == T::kRB && wc::HasBit(a.word_bits[i], wc::kNegationBit) && VerbAt(a, i + 1);
    if (!infinitive && !negated_start && !VerbAt(a, i)) {
      ++i;
      continue;
    }
    VerbGroup g;
    g.begin = i;
    g.infinitive = infinitive;
    int32_t last_verb = kNone;
    int32_t modal = kNone;
    bool expecting = true;  // the group may still take a verb
    uint32_t j = infinitive ? i + 1 : i;
    while (j < n && expecting) {
      uint32_t next = SkipAdverbs(a, j);
      if (!VerbAt(a, next) && last_verb != kNone) {
        next = AfterJoinedAdverbs(a, j, next, static_cast<uint32_t>(last_verb));
        if (VerbAt(a, next) && a.tags[next] == T::kVBD) a.tags[next] = T::kVBN;
      }
      if (!VerbAt(a, next)) break;
      if (a.tags[next] == T::kMD) {
        if (last_verb != kNone || modal != kNone) break;
        modal = static_cast<int32_t>(next);
      } else {
        last_verb = static_cast<int32_t>(next);
        expecting = wc::AuxiliaryOfBits(a.word_bits[next]) != wc::Auxiliary::kNone;
      }
      j = next + 1;
    }
    if (last_verb == kNone && modal == kNone) {
      i = j > i ? j : i + 1;
      continue;
    }
    g.modal = modal;
    g.main_verb = static_cast<uint32_t>(last_verb != kNone ? last_verb : modal);
    g.lemma = g.main_verb;
    g.end = g.main_verb + 1;
    if (g.end < n && a.tags[g.end] == T::kRP) {
      g.particle = static_cast<int32_t>(g.end);
      ++g.end;
    } else if (a.tags[g.main_verb] == T::kVB && g.main_verb > g.begin && g.end < n && a.tags[g.end] == T::kVB &&
               a.np_of_word[g.end] == kNone && !wc::IsBareInfinitiveVerb(a.lemma(g.lemma))) {
      // "will not wire tap the line": a bare verb right after the bare verb
      // of a modal, "not" or "to" heads one verb of two words, which the
      // first modifies ("help build" is a verb and its complement).
      g.main_verb = g.end;
      g.lemma = g.end;
      ++g.end;
    }
    Describe(a, &g);
    Clause clause;
    clause.verb = g;
    clause.begin = g.begin;
    clause.end = g.end;
    a.clauses.push_back(clause);
    i = g.end;
  }
}

}  // namespace khaldun::lang_internal
