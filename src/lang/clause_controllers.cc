#include "lang/clause_controllers.h"

#include <algorithm>

#include "lang/word_bits.h"
#include "lang/word_classes.h"

namespace khaldun::lang_internal {

namespace {

namespace wc = word_classes;

// Where NP `np` ends with the "of" phrases that hang from it: "residents
// of northern Gaza" (ordered to evacuate).
uint32_t EndWithOfPhrases(const SentenceAnalysis& a, int32_t np) {
  uint32_t end = a.nps[np].end;
  for (int guard = 0; guard < 4 && end + 1 < a.size() && wc::EqualsLower(a.words[end], "of"); ++guard) {
    const int32_t next = a.np_of_word[end + 1];
    if (next == kNone || a.nps[next].full_begin != end + 1) break;
    end = a.nps[next].end;
  }
  return end;
}

// Where NP `np` ends with its "of" phrases and the day phrases after it:
// "prompting the Ethiopian government on Friday (to declare)".
uint32_t EndWithOfAndDayPhrases(const SentenceAnalysis& a, int32_t np) {
  uint32_t end = EndWithOfPhrases(a, np);
  for (int guard = 0; guard < 2 && end + 1 < a.size(); ++guard) {
    const std::string_view preposition = a.words[end];
    if (!wc::EqualsLower(preposition, "on") && !wc::EqualsLower(preposition, "in")) break;
    const int32_t day = a.np_of_word[end + 1];
    if (day == kNone || a.nps[day].full_begin != end + 1 ||
        !wc::HasBit(a.word_bits[a.nps[day].head], wc::kDateWordBit)) {
      break;
    }
    end = a.nps[day].end;
  }
  return end;
}

// Whether an "of" or "for" phrase right after NP `object` ends at token
// `end`: "him (of conspiracy)" before "and usurping".
bool OfPhraseEndsAt(const SentenceAnalysis& a, int32_t object, uint32_t end) {
  const uint32_t preposition = a.nps[object].end;
  if (preposition + 1 >= end || (!wc::EqualsLower(a.words[preposition], "of") &&
                                 !wc::EqualsLower(a.words[preposition], "for"))) {
    return false;
  }
  const int32_t inner = a.np_of_word[end - 1];
  return inner != kNone && a.nps[inner].full_begin == preposition + 1 && a.nps[inner].end == end;
}

// "called on Israel to ...", "appealed to donors to ...", "called for
// parties to ...": the object of an on/upon/to/for phrase just before the
// infinitive controls it.
int32_t PrepositionalController(const SentenceAnalysis& a, const Clause& parent, const Clause& infinitive) {
  if (parent.preps.empty()) return kNone;
  const PrepPhrase& pp = a.pps[a.index_pool[parent.preps.end - 1]];
  if (a.nps[pp.object_np].end != infinitive.verb.begin) return kNone;
  const std::string_view preposition = a.words[pp.preposition];
  // ("rallied in Madrid on Sunday to protest", "on Saturday night": a
  // day or a time of it is when, not who.)
  const NounPhrase& object = a.nps[pp.object_np];
  const bool on = (wc::EqualsLower(preposition, "on") || wc::EqualsLower(preposition, "upon")) && !object.temporal &&
                  !wc::HasBit(a.word_bits[object.head], wc::kDateWordBit) &&
                  !wc::HasBit(a.word_bits[object.head], wc::kPeriodWordBit);
  const bool to = wc::EqualsLower(preposition, "to") && (a.lemma(parent.verb.lemma) == "appeal");
  const bool for_subject = wc::EqualsLower(preposition, "for");  // "called for the factions to show flexibility"
  return on || to || for_subject ? pp.object_np : kNone;
}

}  // namespace

void ResolveControllers(SentenceAnalysis* analysis) {
  SentenceAnalysis& a = *analysis;
  for (size_t k = 0; k < a.clauses.size(); ++k) {
    Clause& c = a.clauses[k];
    if (c.subject_np != kNone) {
      c.controller_np = c.subject_np;
      continue;
    }
    // ("accusing the party that rules the northern region of attacking a federal army base": an "of" gerund
    // after a relative clause on a charge verb's object is the charge's, and that object does it.)
    if (c.kind == ClauseKind::kParticipial && c.antecedent_np == kNone && c.parent_clause != kNone &&
        c.verb.begin > 0 && wc::EqualsLower(a.words[c.verb.begin - 1], "of")) {
      Clause& relative = a.clauses[c.parent_clause];
      const int32_t charged = relative.antecedent_np;
      if (relative.kind == ClauseKind::kRelative && charged != kNone && relative.parent_clause != kNone &&
          wc::IsChargeVerb(a.lemma(a.clauses[relative.parent_clause].verb.lemma))) {
        const Clause& charge = a.clauses[relative.parent_clause];
        const bool object = std::any_of(a.index_pool.begin() + charge.objects.begin,
                                        a.index_pool.begin() + charge.objects.end,
                                        [&](uint32_t np) { return static_cast<int32_t>(np) == charged; });
        if (object) {
          if (relative.complement_clause == static_cast<int32_t>(k)) {
            relative.complement_clause = kNone;
            relative.complement_kind = ComplementKind::kNoComplement;
          }
          c.parent_clause = relative.parent_clause;
          c.controller_np = charged;
          continue;
        }
      }
    }
    // ("demanded that Turkey withdraw its troops, accusing Turkish forces of shelling": a participle of speech
    // set off by a comma after a that-clause, or a subordinate clause, with its own subject is the speaker's,
    // not that subject's: "threatened to cut off funding until an investigation was completed, accusing".)
    if (c.kind == ClauseKind::kParticipial && c.antecedent_np == kNone && c.parent_clause != kNone &&
        c.verb.begin > 0 && a.tags[c.verb.begin - 1] == PosTag::kComma &&
        (wc::IsSpeechVerb(a.lemma(c.verb.lemma)) || wc::IsStanceSpeechVerb(a.lemma(c.verb.lemma)))) {
      Clause& content = a.clauses[c.parent_clause];
      if ((content.kind == ClauseKind::kComplement || content.kind == ClauseKind::kReported ||
           content.kind == ClauseKind::kSubordinate) &&
          content.subject_np != kNone && content.parent_clause != kNone) {
        // (Past the infinitives the speaker's verb governs: the threat's, not the threatened deed's.)
        int32_t up = content.parent_clause;
        for (int steps = 0; steps < 4 && a.clauses[up].kind == ClauseKind::kInfinitival &&
                            a.clauses[up].parent_clause != kNone;
             ++steps) {
          up = a.clauses[up].parent_clause;
        }
        c.parent_clause = up;
        if (content.complement_clause == static_cast<int32_t>(k)) {
          content.complement_clause = kNone;
          content.complement_kind = ComplementKind::kNoComplement;
        }
      }
    }
    // ("marched through the capital on Thursday demanding the resignation": a day or a time of it is when, not
    // what a participle tells of: that is the object right before the time phrase, "signed an agreement on
    // Saturday ending 21 months of war", or else the clause's subject does it.)
    if (c.kind == ClauseKind::kParticipial && c.antecedent_np != kNone && c.parent_clause != kNone) {
      const NounPhrase& when = a.nps[c.antecedent_np];
      if (when.temporal || wc::HasBit(a.word_bits[when.head], wc::kDateWordBit) ||
          wc::HasBit(a.word_bits[when.head], wc::kPeriodWordBit)) {
        const Clause& p = a.clauses[c.parent_clause];
        const int32_t object = p.objects.empty() ? kNone : static_cast<int32_t>(a.index_pool[p.objects.end - 1]);
        const bool right_before = object != kNone && a.nps[object].end + 1 == when.full_begin;
        c.antecedent_np = right_before ? object : kNone;
      }
    }
    if (c.antecedent_np != kNone && c.kind != ClauseKind::kCoordinated) {
      c.controller_np = c.antecedent_np;
      continue;
    }
    if (c.parent_clause == kNone) continue;
    const Clause& p = a.clauses[c.parent_clause];
    const int32_t prep_controller = PrepositionalController(a, p, c);
    const int32_t last_object = p.objects.empty() ? kNone : static_cast<int32_t>(a.index_pool[p.objects.end - 1]);
    if (c.kind == ClauseKind::kInfinitival && last_object != kNone && wc::IsObjectControlVerb(a.lemma(p.verb.lemma)) &&
        EndWithOfAndDayPhrases(a, last_object) == c.verb.begin) {
      c.controller_np = last_object;  // "urged Iran to halt"
    } else if (c.kind == ClauseKind::kInfinitival && last_object != kNone && !a.nps[last_object].pronoun &&
               EndWithOfPhrases(a, last_object) + 1 == c.verb.begin &&
               a.tags[c.verb.begin - 1] == PosTag::kJJ) {
      // "left looters free to ransack" (not "found it hard to").
      c.controller_np = last_object;
    } else if (c.kind == ClauseKind::kInfinitival && prep_controller != kNone) {
      c.controller_np = prep_controller;  // "called on Israel to allow"
    } else if (c.kind == ClauseKind::kParticipial && last_object != kNone && c.verb.begin > 0 &&
               (((wc::EqualsLower(a.words[c.verb.begin - 1], "of") || wc::EqualsLower(a.words[c.verb.begin - 1], "for")) &&
                 EndWithOfAndDayPhrases(a, last_object) + 1 == c.verb.begin) ||
                (wc::EqualsLower(a.words[c.verb.begin - 1], "and") && OfPhraseEndsAt(a, last_object, c.verb.begin - 1)))) {
      // "accused the Taliban of sheltering", "thanked Qatar for hosting",
      // "accused him of conspiracy and usurping".
      c.controller_np = last_object;
    } else if (c.kind == ClauseKind::kInfinitival || c.kind == ClauseKind::kCoordinated ||
               c.kind == ClauseKind::kParticipial) {
      c.controller_np = p.actor_np();
      // "will pay a visit to North Korea starting on Tuesday, before travelling on to Vietnam": a participle a
      // subordinator opens tells of a clause's doer, not of a noun another participle qualifies.
      if (c.kind == ClauseKind::kParticipial && c.verb.begin > 0 &&
          wc::HasBit(a.word_bits[c.verb.begin - 1], wc::kSubordinatorBit)) {
        int32_t up = c.parent_clause;
        for (int steps = 0; up != kNone && steps < 8 && a.clauses[up].kind == ClauseKind::kParticipial &&
                            a.clauses[up].antecedent_np != kNone;
             ++steps) {
          up = a.clauses[up].parent_clause;
        }
        if (up != kNone && up != c.parent_clause) c.controller_np = a.clauses[up].actor_np();
      }
    }
  }
}

}  // namespace khaldun::lang_internal
