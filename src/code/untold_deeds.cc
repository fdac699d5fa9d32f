#include "code/untold_deeds.h"

#include "base/same_text.h"
#include "code/clause_reach.h"
#include "code/target_search.h"
#include "lang/word_classes.h"

namespace khaldun {
namespace {

// Whether gerund `clause`, after a topic preposition ("on", "about",
// "over", "regarding"), is what a noun of talk or agreement is about, right
// after it or its partner's phrase: "talks on ending the war", "a
// deal with Egypt over sharing the river" name a topic, not a deed.
bool TopicOfANoun(const SentenceAnalysis& analysis, const Clause& clause) {
  if (clause.kind != ClauseKind::kParticipial || clause.verb.begin < 2 ||
      analysis.tags[clause.verb.begin] != PosTag::kVBG) {
    return false;
  }
  auto talk = [&](int32_t np) { return word_classes::IsTalkNoun(analysis.words[analysis.nps[np].head]); };
  int32_t np = analysis.np_of_word[clause.verb.begin - 2];
  if (np == kNone || analysis.nps[np].end != clause.verb.begin - 1) return false;
  // ("a plan for ending the war": what a plan is for is its topic too.)
  const std::string_view opener = analysis.words[clause.verb.begin - 1];
  const bool plan_for = SameText(opener, "for") &&
                        SameTextAsAny(analysis.lemma(analysis.nps[np].head), "plan", "proposal", "roadmap", "framework",
                                      "blueprint", "initiative");
  if (plan_for) return true;
  if (!sentence_coding::IsTopicPreposition(opener)) return false;
  // Past up to three phrases of partner, place or time: "a deal with India
  // on sharing the river", "held talks in Jeddah on Tuesday on ending the
  // war". (Wherever the parser hung those phrases.)
  for (int steps = 0; steps < 4; ++steps) {
    if (talk(np)) return true;
    const int32_t pp = analysis.nps[np].pp_object_of;
    if (pp == kNone || analysis.pps[pp].preposition == 0) return false;
    const uint32_t preposition = analysis.pps[pp].preposition;
    np = analysis.np_of_word[preposition - 1];
    if (np == kNone || analysis.nps[np].end != preposition) return false;
  }
  return false;
}

// Whether `clause` names what talks or a deal are ("calling talks with
// Washington \"not smart\"", "called the deal a sham"): a naming verb whose
// object, a noun of talk or agreement, is followed (past its partner's or
// place's phrases) by a quote, an adjective or "a"/"an". The verb judges
// the talks; it does not call for them.
bool JudgesATalk(const SentenceAnalysis& analysis, const Clause& clause) {
  auto objects = analysis.indices(clause.objects);
  if (objects.empty() || !word_classes::IsNamingVerb(analysis.lemma(clause.verb.lemma)) ||
      !word_classes::IsTalkNoun(analysis.words[analysis.nps[*objects.begin()].head])) {
    return false;
  }
  uint32_t k = analysis.nps[*objects.begin()].end;
  for (int steps = 0; steps < 3 && k + 1 < analysis.size() && analysis.tags[k] == PosTag::kIN; ++steps) {
    const int32_t next = analysis.np_of_word[k + 1];
    if (next == kNone || analysis.nps[next].full_begin != k + 1) break;
    k = analysis.nps[next].end;
  }
  if (k >= analysis.size()) return false;
  return analysis.tags[k] == PosTag::kOpenQuote || analysis.tags[k] == PosTag::kJJ ||
         SameTextAsAny(analysis.words[k], "a", "an");
}

}  // namespace

const char* WhyUntold(const SentenceAnalysis& analysis, const Clause& clause, bool modern_verbs,
                      bool governor_codes_nothing) {
  const bool gerund = clause.kind == ClauseKind::kParticipial && clause.antecedent_np == kNone &&
                      clause.verb.begin > 0 && analysis.tags[clause.verb.begin] == PosTag::kVBG;
  if (clause.kind == ClauseKind::kParticipial && clause.antecedent_np != kNone && !clause.verb.passive &&
      analysis.tags[clause.verb.main_verb] == PosTag::kVBG &&
      word_classes::IsSiteNoun(analysis.words[analysis.nps[clause.antecedent_np].head])) {
    return "a participle describing a site, not coded";
  }
  // (So is a gerund after "before" what a future or a plan waits for: "Before leaving for Beijing, Bush was
  // scheduled to give a speech".)
  if ((clause.kind == ClauseKind::kSubordinate || gerund) && IsCondition(analysis, clause)) {
    return "a condition, not coded";
  }
  // "proposed a peace conference that both sides would recognise": what
  // the antecedent might bring about.
  if (clause.kind == ClauseKind::kRelative && clause.verb.modal != kNone &&
      SameTextAsAny(analysis.words[clause.verb.modal], "would", "could", "might", "may", "should")) {
    return "a relative clause of what could be, not coded";
  }
  // "met for talks on ending the war": what is talked about.
  if (TopicOfANoun(analysis, clause)) return "the topic of a noun, not coded";
  if (modern_verbs && JudgesATalk(analysis, clause)) return "a judgment of the talks named, not coded";
  // "six months after the army overthrew the government": background from
  // weeks, months or years before, told again, not news.
  if (clause.kind == ClauseKind::kSubordinate && modern_verbs) {
    for (uint32_t k = clause.begin > 0 ? clause.begin - 1 : 0; k <= clause.begin && k < analysis.size(); ++k) {
      if (k == 0 || !SameTextAsAny(analysis.words[k], "after", "since")) continue;
      if (SameTextAsAny(analysis.lemma(k - 1), "week", "month", "year", "decade")) {
        return "background from long before, not coded";
      }
      // "ceasefires have been repeatedly violated since fighting broke out": what a perfect is reckoned from.
      if (SameText(analysis.words[k], "since") && clause.parent_clause != kNone &&
          analysis.clauses[static_cast<size_t>(clause.parent_clause)].verb.perfect) {
        return "background the news is reckoned from, not coded";
      }
      // "their first face-to-face encounter since M23 rebels seized Goma":
      // a first, last or superlative reckoned from the deed.
      if (const int32_t before = analysis.np_of_word[k - 1]; before >= 0 && SameText(analysis.words[k], "since")) {
        const NounPhrase& np = analysis.nps[before];
        for (uint32_t w = np.begin; w < np.end; ++w) {
          if (analysis.tags[w] == PosTag::kJJS || SameTextAsAny(analysis.words[w], "first", "last", "only")) {
            return "background the news is reckoned from, not coded";
          }
        }
      }
    }
  }
  // "Asked whether Washington would supply F-16 jets to Ukraine, ...".
  if (clause.kind != ClauseKind::kMain && clause.subject_np != kNone) {
    const uint32_t subject_begin = analysis.nps[clause.subject_np].full_begin;
    if (subject_begin > 0 && word_classes::EqualsLower(analysis.words[subject_begin - 1], "whether")) {
      return "a question, not coded";
    }
  }
  // "Karzai mistakenly declared the Taliban had announced a new ceasefire": a report its speaker made in
  // error tells of nothing done.
  if (modern_verbs && (clause.kind == ClauseKind::kReported || clause.kind == ClauseKind::kComplement) &&
      clause.parent_clause != kNone) {
    const VerbGroup& speech = analysis.clauses[static_cast<size_t>(clause.parent_clause)].verb;
    for (uint32_t w = speech.begin > 0 ? speech.begin - 1 : 0; w <= speech.end && w < analysis.size(); ++w) {
      if (SameTextAsAny(analysis.words[w], "mistakenly", "wrongly", "falsely", "erroneously", "incorrectly")) {
        return "reported in error, not coded";
      }
    }
  }
  if (gerund && analysis.words[clause.verb.begin - 1] == "from") return "kept from happening, not coded";
  // "had no intention of sitting down with Seoul", "fears of sparking a war": an aim or a prospect.
  if (clause.kind == ClauseKind::kParticipial && analysis.tags[clause.verb.begin] == PosTag::kVBG) {
    uint32_t of = clause.verb.begin;  // (past adverbs: "of ever sitting down")
    while (of > 0 && IsAdverb(analysis.tags[of - 1])) --of;
    if (of >= 2 && analysis.words[of - 1] == "of" &&
        SameTextAsAny(analysis.lemma(of - 2), "intention", "plan", "idea", "prospect", "possibility", "hope",
                      "threat", "aim", "goal", "fear", "risk", "danger")) {
      return "what an aim or a prospect is of, not coded";
    }
  }
  if (gerund && word_classes::EqualsLower(analysis.words[clause.verb.begin - 1], "without")) {
    return "not done ('without'), not coded";
  }
  // "Eritrean troops have yet to leave Tigray": not done yet.
  if (clause.kind == ClauseKind::kInfinitival && clause.verb.begin > 0 &&
      word_classes::EqualsLower(analysis.words[clause.verb.begin - 1], "yet")) {
    return "not done yet, not coded";
  }
  // "under which Kigali is to withdraw its troops", "Putin was to visit
  // Ankara", "is due to travel to Niamey": a plan or a duty, not done.
  if (clause.kind == ClauseKind::kInfinitival && clause.parent_clause != kNone && clause.verb.begin > 0 &&
      (SameText(analysis.lemma(clause.verb.begin - 1), "be") ||
       word_classes::EqualsLower(analysis.words[clause.verb.begin - 1], "due")) &&
      SameText(analysis.lemma(analysis.clauses[clause.parent_clause].verb.lemma), "be")) {
    return "planned or due ('is to'), not coded";
  }
  // (A passive gerund opens with "being": "avoid being forced out".)
  const bool complement = clause.kind == ClauseKind::kInfinitival ||
                          (clause.kind == ClauseKind::kParticipial && clause.antecedent_np == kNone);
  if (complement && clause.parent_clause != kNone &&
      SameTextAsAny(analysis.lemma(analysis.clauses[clause.parent_clause].verb.lemma), "avoid", "evade", "escape",
                    "avert", "dodge")) {
    return "avoided, not coded";
  }
  if (clause.kind == ClauseKind::kInfinitival && clause.parent_clause != kNone && modern_verbs &&
      governor_codes_nothing) {
    const Clause& governor = analysis.clauses[clause.parent_clause];
    if (governor.verb.negated && !SameTextAsAny(analysis.lemma(governor.verb.lemma), "hesitate", "wait", "cease",
                                                "forget", "fail", "neglect")) {
      return "governed by a negated verb, not done";
    }
  }
  return nullptr;
}

}  // namespace khaldun
