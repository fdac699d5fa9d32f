// How a phrase names a mention: only as where something is, as where it
// happened, as a topic, or as a court appeared before (target_search.h).
#include <algorithm>
#include <string_view>
#include <vector>

#include "base/same_text.h"
#include "code/target_search.h"
#include "lang/word_classes.h"

namespace khaldun::sentence_coding {

bool NamedOnlyAsWhere(const SentenceAnalysis& analysis, const ActorMention& mention, bool force) {
  if (mention.np < 0) return false;
  const NounPhrase& np = analysis.nps[mention.np];
  const std::string_view head = analysis.words[np.head];
  if (force && word_classes::IsBorderNoun(head) && mention.end <= np.head) return true;
  if (word_classes::IsWaterBodyNoun(head)) return true;
  const int32_t pp = np.pp_object_of;
  if (pp != kNone && SameText(analysis.words[analysis.pps[pp].preposition], "of") &&
      analysis.pps[pp].attached_np != kNone &&
      word_classes::IsWaterBodyNoun(analysis.words[analysis.nps[analysis.pps[pp].attached_np].head])) {
    return true;
  }
  // "in the Tasman Sea between Australia and New Zealand": a "between"
  // phrase right after a sea, strait or border places it.
  const int32_t holder = np.coordination != kNone ? np.coordination : mention.np;
  const int32_t between = analysis.nps[holder].pp_object_of;
  if (between == kNone) return false;
  const uint32_t at = analysis.pps[between].preposition;
  return at > 0 && SameText(analysis.words[at], "between") &&
         (word_classes::IsWaterBodyNoun(analysis.words[at - 1]) || word_classes::IsBorderNoun(analysis.words[at - 1]));
}

namespace {

// The preposition whose object the mention's phrase (or the coordination
// holding it) is, or "" when it is none's.
std::string_view PrepositionOf(const SentenceAnalysis& analysis, const ActorMention& mention) {
  if (mention.np < 0) return {};
  int32_t np = mention.np;
  // "in the Saudi city of Jeddah": the name of a kind of place is where
  // that kind is.
  for (int depth = 0; depth < 3; ++depth) {
    if (analysis.nps[np].coordination != kNone) np = analysis.nps[np].coordination;
    const int32_t pp = analysis.nps[np].pp_object_of;
    if (pp == kNone) return {};
    const PrepPhrase& phrase = analysis.pps[pp];
    const std::string_view preposition = analysis.words[phrase.preposition];
    if (preposition != "of" || phrase.attached_np == kNone ||
        !word_classes::IsPlaceNoun(analysis.words[analysis.nps[phrase.attached_np].head])) {
      return preposition;
    }
    np = phrase.attached_np;
  }
  return {};
}

}  // namespace

bool CauseOfAProtest(const SentenceAnalysis& analysis, const ActorMention& mention) {
  int32_t np = mention.np;
  for (int steps = 0; np != kNone && steps < 4; ++steps) {
    if (analysis.nps[np].possessed != kNone) np = analysis.nps[np].possessed;  // "over Afghanistan's envoy"
    if (analysis.nps[np].coordination != kNone) np = analysis.nps[np].coordination;
    const int32_t pp = analysis.nps[np].pp_object_of;
    if (pp == kNone) return false;
    const uint32_t at = analysis.pps[pp].preposition;
    const std::string_view preposition = analysis.words[at];
    // (The phrase it hangs on, or, hung on the clause, the one right before it.)
    const int32_t holder = analysis.pps[pp].attached_np != kNone ? analysis.pps[pp].attached_np
                           : at > 0                              ? analysis.np_of_word[at - 1]
                                                                 : kNone;
    if (holder == kNone) return false;
    if (SameTextAsAny(preposition, "over", "against", "about")) {
      return SameTextAsAny(analysis.lemma(analysis.nps[holder].head), "protest", "rally", "demonstration", "riot",
                           "rioting", "unrest");
    }
    if (!SameText(preposition, "of")) return false;
    np = holder;
  }
  return false;
}

bool NamedAsWhere(const SentenceAnalysis& analysis, const ActorMention& mention) {
  const std::string_view preposition = PrepositionOf(analysis, mention);
  return preposition == "in" || preposition == "In" || preposition == "inside" || preposition == "across" ||
         preposition == "throughout" || preposition == "through" || preposition == "near" || preposition == "around";
}

bool NamedAsTopic(const SentenceAnalysis& analysis, const ActorMention& mention) {
  const std::string_view preposition = PrepositionOf(analysis, mention);
  if (!IsTopicPreposition(preposition)) return false;
  // What a restriction or an assault is "on" is whom it falls on, no topic:
  // "lifted sanctions on Iran", "tariffs on China", "a truce in attacks on
  // Israel".
  if (preposition == "on" && mention.np >= 0) {
    int32_t np = mention.np;
    if (analysis.nps[np].coordination != kNone) np = analysis.nps[np].coordination;
    // (The phrase the "on" follows, whether the parse hung it there or on
    // the clause.)
    const int32_t pp = analysis.nps[np].pp_object_of;
    const uint32_t on = pp != kNone ? analysis.pps[pp].preposition : 0;
    if (on > 0 && (word_classes::IsRestrictionNoun(analysis.lemma(on - 1)) ||
                   word_classes::IsAssaultNoun(analysis.words[on - 1]))) {
      return false;
    }
  }
  return true;
}

bool NamedAsCourt(const SentenceAnalysis& analysis, const ActorMention& mention) {
  if (mention.code.find("JUD") == std::string::npos) return false;
  // (The phrase where the name begins: "the International Court [of Justice]".)
  const int32_t np = analysis.np_of_word[mention.begin];
  if (np == kNone) return false;
  const int32_t pp = analysis.nps[np].pp_object_of;
  if (pp == kNone) return false;
  const std::string_view preposition = analysis.words[analysis.pps[pp].preposition];
  return preposition == "at" || preposition == "before" || preposition == "with" || preposition == "in" ||
         preposition == "to";
}

int32_t WhereTheWeaponStruck(const NpMentions& table, const std::vector<ActorMention>& mentions, uint32_t c,
                             const std::vector<int32_t>& sources) {
  const SentenceAnalysis& analysis = table.analysis;
  const Clause& clause = analysis.clauses[c];
  for (const Clause& relative : analysis.clauses) {
    if (relative.kind != ClauseKind::kRelative || relative.parent_clause != static_cast<int32_t>(c) ||
        relative.antecedent_np == kNone || relative.verb.negated ||
        (relative.subject_np != kNone && relative.subject_np != relative.antecedent_np) ||
        !SameTextAsAny(analysis.lemma(relative.verb.lemma), "hit", "strike", "land", "slam", "crash", "fall",
                       "explode", "smash", "impact")) {
      continue;
    }
    bool of_an_object = false;
    for (uint32_t object : analysis.indices(clause.objects)) {
      const int32_t top = analysis.nps[object].coordination != kNone ? analysis.nps[object].coordination
                                                                      : static_cast<int32_t>(object);
      of_an_object |= relative.antecedent_np == static_cast<int32_t>(object) || relative.antecedent_np == top;
    }
    if (!of_an_object) continue;
    std::vector<int32_t> struck;
    // (Only what is hit is an object: "fell off Japan" has none.)
    if (SameTextAsAny(analysis.lemma(relative.verb.lemma), "hit", "strike", "smash", "impact")) {
      for (uint32_t object : analysis.indices(relative.objects)) MentionsOf(table, object, &struck);
    }
    for (uint32_t pp : analysis.indices(relative.preps)) {
      if (analysis.pps[pp].object_np == kNone ||
          !SameTextAsAny(analysis.words[analysis.pps[pp].preposition], "in", "near", "on", "at", "into", "inside",
                         "outside") ||
          word_classes::IsWaterBodyNoun(analysis.words[analysis.nps[analysis.pps[pp].object_np].head]) ||
          SameText(analysis.words[analysis.nps[analysis.pps[pp].object_np].head], "zone")) {
        continue;  // (A missile that fell into the sea or Japan's economic zone struck no one.)
      }
      MentionsOf(table, analysis.pps[pp].object_np, &struck);
    }
    for (int32_t m : struck) {
      if (mentions[m].resolved() && std::find(sources.begin(), sources.end(), m) == sources.end()) return m;
    }
  }
  return -1;
}

}  // namespace khaldun::sentence_coding
