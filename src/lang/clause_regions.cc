#include "lang/clause_regions.h"

#include <algorithm>

#include "lang/word_bits.h"
#include "lang/word_classes.h"

namespace khaldun::lang_internal {
namespace {

namespace wc = word_classes;
using T = PosTag;

const NounPhrase& Np(const SentenceAnalysis& a, int32_t i) { return a.nps[static_cast<size_t>(i)]; }

bool FiniteVerbAfter(const SentenceAnalysis& a, uint32_t i) {
  while (i < a.size() && IsAdverb(a.tags[i])) ++i;
  return i < a.size() && IsFiniteVerb(a.tags[i]);
}

bool HasBreakBetween(const SentenceAnalysis& a, uint32_t from, uint32_t to) {
  for (uint32_t i = from; i < to; ++i) {
    if (a.tags[i] == T::kComma || a.tags[i] == T::kColon || a.tags[i] == T::kCloseQuote ||
        (a.np_of_word[i] == kNone && wc::EqualsLower(a.words[i], "that"))) {
      return true;
    }
  }
  return false;
}

// Where clause k's own words start, for bounding the previous clause.
uint32_t RegionStart(const SentenceAnalysis& a, size_t k) {
  const Clause& c = a.clauses[k];
  const uint32_t previous_verb_end = a.clauses[k - 1].verb.end;
  return c.begin >= previous_verb_end ? c.begin : c.verb.begin;
}

}  // namespace

bool OpensClauseAt(const SentenceAnalysis& a, uint32_t i) {
  if (a.np_of_word[i] != kNone) return false;
  const PosTag t = a.tags[i];
  return t == T::kWDT || t == T::kWP || wc::EqualsLower(a.words[i], "that") ||
         ((t == T::kIN || t == T::kWRB) && wc::HasBit(a.word_bits[i], wc::kSubordinatorBit));
}

void FillClauseRegions(SentenceAnalysis* analysis) {
  SentenceAnalysis& a = *analysis;
  const uint32_t n = static_cast<uint32_t>(a.size());
  a.clause_of_word.assign(n, kNone);
  size_t pp_cursor = 0;
  for (size_t k = 0; k < a.clauses.size(); ++k) {
    Clause& c = a.clauses[k];
    const uint32_t limit = k + 1 < a.clauses.size() ? RegionStart(a, k + 1) : n;
    uint32_t stop = c.verb.end;
    const size_t objects_begin = a.index_pool.size();
    for (uint32_t i = c.verb.end; i < limit; ) {
      const int32_t base = a.np_of_word[i];
      if (base == kNone) {
        // "has run the militia since its founder was arrested": a
        // subordinate clause starts; its NP is not an object.
        if (OpensClauseAt(a, i) && i + 1 < n && a.np_of_word[i + 1] != kNone &&
            FiniteVerbAfter(a, Np(a, a.np_of_word[i + 1]).end)) {
          break;
        }
        if (a.tags[i] == T::kComma || a.tags[i] == T::kColon || a.tags[i] == T::kPeriod ||
            wc::EqualsLower(a.words[i], "that") || IsVerb(a.tags[i]) || a.tags[i] == T::kMD) {
          break;
        }
        // "called the move deeply regrettable": an adjective of no phrase
        // says what the verb makes of its object.
        if (a.tags[i] == T::kJJ) stop = i + 1;
        ++i;
        continue;
      }
      int32_t top = base;
      while (Np(a, top).possessed != kNone) top = Np(a, top).possessed;
      if (Np(a, top).coordination != kNone) top = Np(a, top).coordination;
      const NounPhrase& np = Np(a, top);
      if (np.pp_object_of == kNone && np.appositive_of == kNone && !np.temporal && top != c.subject_np &&
          (a.index_pool.size() == objects_begin || a.index_pool.back() != static_cast<uint32_t>(top))) {
        a.index_pool.push_back(static_cast<uint32_t>(top));
      }
      i = np.end > i ? np.end : i + 1;
      stop = i;
    }
    c.objects = {static_cast<uint32_t>(objects_begin), static_cast<uint32_t>(a.index_pool.size())};
    // PPs: those before the verb not yet claimed, and those after it up to the region end,
    // past the last object's apposition and the comma closing it ("placed Berisha, a former
    // prime minister, under house arrest").
    uint32_t objects_end = stop;
    if (c.objects.size() > 0) {
      const int32_t apposition = Np(a, static_cast<int32_t>(a.index_pool.back())).apposition;
      if (apposition != kNone && Np(a, apposition).end < n && a.tags[Np(a, apposition).end] == T::kComma) {
        objects_end = Np(a, apposition).end + 1;
      }
    }
    const size_t preps_begin = a.index_pool.size();
    while (pp_cursor < a.pps.size() && a.pps[pp_cursor].preposition < limit) {
      PrepPhrase& pp = a.pps[pp_cursor];
      const uint32_t at = pp.preposition;
      if (at >= c.verb.end && HasBreakBetween(a, at >= objects_end ? objects_end : c.verb.end, at)) break;
      pp.clause = static_cast<int32_t>(k);
      // (A subordinator's "PP" whose object is the subject is none:
      // "after Britain and France freed them".)
      if (pp.attached_np == kNone && pp.object_np != c.subject_np) {
        a.index_pool.push_back(static_cast<uint32_t>(pp_cursor));
        if (c.verb.passive && c.agent_np == kNone && wc::EqualsLower(a.words[at], "by")) c.agent_np = pp.object_np;
      }
      const uint32_t object_end = Np(a, pp.object_np).end;
      if (object_end > stop) stop = object_end;
      ++pp_cursor;
    }
    c.preps = {static_cast<uint32_t>(preps_begin), static_cast<uint32_t>(a.index_pool.size())};
    c.end = stop > c.verb.end ? stop : c.verb.end;
    const uint32_t fill_end = std::max(c.begin, std::min(c.end, n));  // one fill: several words a store
    std::fill(a.clause_of_word.begin() + c.begin, a.clause_of_word.begin() + fill_end, static_cast<int32_t>(k));
  }
}

}  // namespace khaldun::lang_internal
