#include "lang/prep_attachment.h"

#include "lang/word_bits.h"
#include "lang/word_classes.h"

namespace khaldun::lang_internal {
namespace {

namespace wc = word_classes;
using T = PosTag;

// A comma, closing quote or dash (tags, not strings: this runs often).
bool IsComma(const SentenceAnalysis& a, uint32_t i) {
  const PosTag t = a.tags[i];
  return t == T::kComma || t == T::kCloseQuote || (t == T::kColon && a.words[i] == "--");
}

bool FiniteVerbAfter(const SentenceAnalysis& a, uint32_t i) {
  while (i < a.size() && IsAdverb(a.tags[i])) ++i;
  return i < a.size() && IsFiniteVerb(a.tags[i]);
}

int32_t TopOfCoordination(const SentenceAnalysis& a, int32_t np) {
  const int32_t coordination = a.nps[static_cast<size_t>(np)].coordination;
  return coordination != kNone ? coordination : np;
}

// Where the phrases of "of", "in" and the like that follow token `i` end
// (up to three): "an earthquake [in eastern Afghanistan]".
uint32_t EndPastPhrases(const SentenceAnalysis& a, uint32_t i) {
  for (int hops = 0; hops < 3 && i + 1 < a.size() && a.tags[i] == T::kIN &&
                     !wc::HasBit(a.word_bits[i], wc::kSubordinatorBit) &&
                     a.np_of_word[i + 1] != kNone;
       ++hops) {
    i = a.nps[static_cast<size_t>(a.np_of_word[i + 1])].end;
  }
  return i;
}

}  // namespace

void AttachPrepPhrases(SentenceAnalysis* analysis) {
  SentenceAnalysis& a = *analysis;
  size_t verb = 0;
  for (PrepPhrase& pp : a.pps) {
    if (pp.preposition == 0) continue;
    int32_t before = a.np_of_word[pp.preposition - 1];
    // "Forces loyal to Gaddafi", "sources close to the talks": a word of
    // allegiance between the noun and its phrase.
    if (before == kNone && pp.preposition >= 2 && wc::EqualsLower(a.words[pp.preposition], "to") &&
        wc::IsAllegianceWord(a.words[pp.preposition - 1])) {
      before = a.np_of_word[pp.preposition - 2];
    }
    // "Protesters angry at the tax increases torched cars": so with a word
    // of feeling, whatever the preposition.
    if (before == kNone && pp.preposition >= 2 && a.tags[pp.preposition - 1] == T::kJJ &&
        wc::IsStanceAdjective(a.words[pp.preposition - 1])) {
      before = a.np_of_word[pp.preposition - 2];
    }
    if (before == kNone || a.nps[static_cast<size_t>(before)].possessed != kNone) continue;
    if (wc::EqualsLower(a.words[pp.preposition], "of")) {
      pp.attached_np = TopOfCoordination(a, before);
      continue;
    }
    while (verb < a.clauses.size() && a.clauses[verb].verb.end <= pp.preposition) ++verb;
    bool object_position = false;
    if (verb > 0) {
      object_position = true;
      for (uint32_t i = a.clauses[verb - 1].verb.end; i < pp.preposition; ++i) {
        const PosTag t = a.tags[i];
        if (IsComma(a, i) || t == T::kWDT || t == T::kWP || t == T::kCC || t == T::kColon ||
            (a.np_of_word[i] == kNone && wc::EqualsLower(a.words[i], "that"))) {
          object_position = false;
          break;
        }
      }
    }
    // "were dispersed with water cannon and tear gas by riot police": "by"
    // after a passive's phrases names its doer, unless a deed owns it ("in
    // an attack by militants").
    if (verb > 0 && a.clauses[verb - 1].verb.passive && wc::EqualsLower(a.words[pp.preposition], "by") &&
        !wc::IsDeedNoun(a.lemma(a.nps[static_cast<size_t>(before)].head))) {
      continue;
    }
    const uint32_t object_end = a.nps[static_cast<size_t>(pp.object_np)].end;
    // A subordinator whose NP (past its own phrases) comes before a finite
    // verb opens a clause, not a phrase: "left Doha after Britain and
    // France freed them", "after an earthquake in eastern Afghanistan
    // killed 800 people".
    if (a.tags[pp.preposition] == T::kIN && wc::HasBit(a.word_bits[pp.preposition], wc::kSubordinatorBit) &&
        FiniteVerbAfter(a, EndPastPhrases(a, object_end))) {
      continue;
    }
    // "claimed foreign troops in Iraq are ...": the PP ends right before a
    // finite verb, so its NP is the next clause's subject.
    if (!object_position || FiniteVerbAfter(a, object_end)) pp.attached_np = TopOfCoordination(a, before);
  }
}

int32_t WhereTheClauseHappens(const SentenceAnalysis& a, int32_t np) {
  const NounPhrase& object = a.nps[static_cast<size_t>(np)];
  const int32_t pp = object.pp_object_of;
  if (pp == kNone || a.pps[static_cast<size_t>(pp)].attached_np != kNone) return kNone;
  const uint32_t preposition = a.pps[static_cast<size_t>(pp)].preposition;
  auto is = [&](std::string_view word) { return wc::EqualsLower(a.words[preposition], word); };
  // ("fired at demonstrators protesting": "at" people is at whom.)
  const bool named_place = a.tags[object.head] == T::kNNP || a.tags[object.head] == T::kNNPS;
  const bool locative = ((is("at") || is("inside") || is("across") || is("within")) && named_place) || is("in") ||
                        is("outside") || is("near");
  const int32_t before = preposition > 0 ? a.np_of_word[preposition - 1] : kNone;
  const bool document = before != kNone && wc::IsDocumentNoun(a.lemma(a.nps[static_cast<size_t>(before)].head));
  return locative || (object.temporal && document) ? pp : kNone;
}

void FillNounPhrasePps(SentenceAnalysis* analysis) {
  SentenceAnalysis& a = *analysis;
  for (NounPhrase& np : a.nps) np.pps = {};
  uint32_t count = 0;
  for (const PrepPhrase& pp : a.pps) {
    if (pp.attached_np != kNone) ++a.nps[static_cast<size_t>(pp.attached_np)].pps.end, ++count;
  }
  if (count == 0) return;
  uint32_t offset = static_cast<uint32_t>(a.index_pool.size());
  for (NounPhrase& np : a.nps) {
    const uint32_t size = np.pps.end;
    np.pps = {offset, offset};
    offset += size;
  }
  a.index_pool.resize(offset);
  for (size_t i = 0; i < a.pps.size(); ++i) {
    if (a.pps[i].attached_np == kNone) continue;
    NounPhrase& np = a.nps[static_cast<size_t>(a.pps[i].attached_np)];
    a.index_pool[np.pps.end++] = static_cast<uint32_t>(i);
  }
}

}  // namespace khaldun::lang_internal
