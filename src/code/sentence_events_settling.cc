#include "code/sentence_coder.h"

#include <algorithm>

#include "base/same_text.h"
#include "code/clause_reach.h"
#include "code/clause_relations.h"
#include "code/default_code_refinement.h"
#include "code/negation.h"
#include "code/phone_calls.h"
#include "code/roles.h"
#include "code/target_search.h"
#include "lang/word_classes.h"

namespace khaldun {
namespace {

// "KENCOP 042 HTI" ("---" for no target), for the trace of an event left out.
std::string Described(const std::vector<ActorMention>& mentions, const CandidateEvent& event) {
  const std::string& target = event.target >= 0 ? mentions[event.target].code : event.implied_target;
  return mentions[event.source].code + " " + event.code + " " + (target.empty() ? "---" : target);
}

}  // namespace

void SentenceCoder::SettleEvents(const SentenceAnalysis& analysis, const std::vector<ActorMention>& mentions,
                                 const TabariSentenceSwitches& tabari, size_t first,
                                 SentenceCoderScratch* scratch_space, std::vector<CandidateEvent>* out,
                                 std::vector<std::string>* trace) {
  SentenceCoderScratch& scratch = *scratch_space;
  const size_t clauses = analysis.clauses.size();
  std::vector<std::vector<size_t>>& by_clause = scratch.by_clause;
  std::vector<std::string>& clause_code = scratch.clause_code;
  std::vector<int32_t>& clause_source = scratch.clause_source;
  std::vector<bool>& clause_by_default = scratch.clause_by_default;
  std::vector<bool>& negated_away = scratch.negated_away;
  std::vector<bool>& unreal = scratch.unreal;
  std::vector<bool>& weak = scratch.weak;
  std::vector<bool>& dominant = scratch.dominant;
  // Nothing to settle: every step below rewrites or drops the sentence's
  // events, and the only ones it adds are accusations made of `untargeted`
  // events. (Most sentences come here with none, and RelateClauses alone
  // costs ~2k instructions. With a trace it still runs, for its reasoning.)
  if (out->size() == first && scratch.untargeted.empty() && trace == nullptr) return;

  // TABARI keeps a dominant code's event alone, and codes a weak default
  // only when no other verb codes.
  auto of_clause = [](const std::vector<bool>& flags, const CandidateEvent& event) {
    return event.clause >= 0 && flags[static_cast<size_t>(event.clause)];
  };
  const bool dominant_event = std::any_of(out->begin() + static_cast<std::ptrdiff_t>(first), out->end(),
                                          [&](const CandidateEvent& event) { return of_clause(dominant, event); });
  for (size_t e = first; dominant_event && e < out->size(); ++e) {
    if (!of_clause(dominant, (*out)[e])) (*out)[e].dropped = true;
  }
  const bool strong_event = std::any_of(out->begin() + static_cast<std::ptrdiff_t>(first), out->end(),
                                        [&](const CandidateEvent& event) { return !of_clause(weak, event); });
  for (size_t e = first; strong_event && e < out->size(); ++e) {
    CandidateEvent& event = (*out)[e];
    if (of_clause(weak, event)) {
      event.dropped = true;
      if (trace) trace->push_back("TABARI: the weak default " + event.code + "? yields to another verb's event");
    }
  }
  // A weak default that yielded ("SAID [027?]": TABARI's "when nothing else
  // codes") asks for nothing: the clauses it governs are not what an
  // appeal of its code asks for ("Rohan departing from Gondor, an envoy
  // said": Rohan departed).
  for (size_t c = 0; strong_event && c < clauses; ++c) {
    if (weak[c]) clause_code[c].clear();
  }
  // With CODE ALL, TABARI codes each verb on its own: what one asks for or
  // reports is coded as the verb it is.
  unreal.assign(clauses, false);
  if (!tabari.code_all) {
    RelateClauses(analysis, mentions,
                  ClauseFacts{by_clause, clause_code, clause_source, clause_by_default, negated_away,
                              scratch_space->untargeted}, &unreal, out,
                  trace);
  }
  // "claimed responsibility for the twin bombings that killed nearly 90 people": a claim that names no one is
  // aimed at whom the claimed deed, told in a relative clause of the claim's clause, struck; so is one that
  // names only where the deed was, before that clause ("the suicide bombing outside Kabul airport that killed
  // 13 US service members").
  for (size_t e = first; e < out->size(); ++e) {
    CandidateEvent& claim = (*out)[e];
    if (claim.dropped || claim.source < 0 || claim.clause < 0 || !SameText(claim.code, "015")) continue;
    for (size_t d = first; d < out->size(); ++d) {
      const CandidateEvent& deed = (*out)[d];
      if (deed.dropped || deed.target < 0 || deed.source < 0 || deed.clause < 0 ||
          mentions[deed.source].code != mentions[claim.source].code || !IsForceRoot(CodeRoot(deed.code)) ||
          analysis.clauses[deed.clause].kind != ClauseKind::kRelative ||
          analysis.clauses[deed.clause].parent_clause != claim.clause ||
          SameText(mentions[deed.target].how, "place")) {
        continue;
      }
      const bool only_where = claim.target >= 0 && SameText(mentions[claim.target].how, "place") &&
                              mentions[claim.target].begin < analysis.clauses[deed.clause].begin;
      if (claim.target >= 0 && !only_where) break;
      claim.target = deed.target;
      claim.notes.push_back("aimed at whom the claimed deed struck");
      break;
    }
  }
  // "ordered the United States to close its consulate in Chengdu, retaliating for Washington's closure of
  // the Chinese mission": a participle of retaliation tells its clause's own act again, no force of its own.
  for (size_t e = first; e < out->size(); ++e) {
    CandidateEvent& event = (*out)[e];
    if (event.dropped || event.clause < 0 || event.source < 0) continue;
    const Clause& participle = analysis.clauses[static_cast<size_t>(event.clause)];
    if (participle.kind != ClauseKind::kParticipial || participle.parent_clause == kNone ||
        !SameText(analysis.lemma(participle.verb.lemma), "retaliate")) {
      continue;
    }
    // (Force only when its clause's act was force: "retaliating against the levies" after tariffs is theirs.)
    const bool told = IsForceRoot(CodeRoot(event.code)) &&
                      std::any_of(by_clause[participle.parent_clause].begin(),
                                  by_clause[participle.parent_clause].end(), [&](size_t d) {
                                    const CandidateEvent& deed = (*out)[d];
                                    return !deed.dropped && deed.source >= 0 && !IsForceRoot(CodeRoot(deed.code)) &&
                                           mentions[deed.source].code == mentions[event.source].code;
                                  });
    if (told) {
      event.dropped = true;
      if (trace) trace->push_back("clause " + std::to_string(event.clause + 1) + ": the retaliation is its clause's act");
    }
  }
  // "Turkey offered to host talks between Russia and Ukraine": a nominal
  // event inside what has not happened has not happened either (but what
  // went on meanwhile did: "pledged to help Ukraine during a visit by
  // Zelensky").
  for (size_t e = first; e < out->size(); ++e) {
    CandidateEvent& event = (*out)[e];
    if (event.clause >= 0 || event.dropped) continue;
    const int32_t home = analysis.clause_of_word[event.verb_begin];
    if (home != kNone && unreal[home] &&
        !sentence_coding::InDuringPhrase(analysis, analysis.np_of_word[event.verb_begin])) {
      event.dropped = true;
      if (trace) trace->push_back("nominal [" + analysis.Text(event.verb_begin, event.verb_end) + "]: in what has not happened, not coded");
      continue;
    }
    // "vowed to continue its attacks on Israel": the nominal event an aspect
    // verb the dictionaries do not code keeps up is what a bare intention
    // intends (138), not a deed done, and the intention has no other content.
    if (home != kNone && clause_code[home].empty() && analysis.clauses[home].kind == ClauseKind::kInfinitival &&
        word_classes::IsAspectVerb(analysis.lemma(analysis.clauses[home].verb.lemma))) {
      const int32_t intender = analysis.clauses[home].parent_clause;
      if (intender != kNone && SameText(CodeRoot(clause_code[intender]), "03") && clause_by_default[intender]) {
        const std::string intended = IntendedCode(event.code);
        if (trace) {
          trace->push_back("nominal [" + analysis.Text(event.verb_begin, event.verb_end) + "]: intended, " +
                           event.code + " -> " + intended);
        }
        event.code = intended;
        for (size_t t : by_clause[intender]) (*out)[t].dropped = true;
        continue;
      }
    }
    // "China called for peace talks between Russia and Ukraine", "offered
    // talks", "rejected talks": what a clause asks for, offers, refuses or
    // threatens after its verb has not happened; the clause codes the asking.
    const std::string_view root = home != kNone ? CodeRoot(clause_code[home]) : std::string_view();
    // (Not an event its time phrase names: "rejected the plan during talks
    // with Trump".)
    auto in_time_phrase = [&] {
      for (uint32_t p : analysis.indices(analysis.clauses[home].preps)) {
        const PrepPhrase& pp = analysis.pps[p];
        const std::string_view preposition = analysis.words[pp.preposition];
        if (pp.object_np != kNone && analysis.nps[pp.object_np].begin <= event.verb_begin &&
            event.verb_begin <= analysis.nps[pp.object_np].head &&
            word_classes::IsEventDatingPreposition(preposition)) {
          return true;
        }
      }
      return false;
    };
    // (So is what a truce or ceasefire, 087, halts: "declared a truce in their attacks on Israel".)
    if ((SameTextAsAny(root, "02", "03", "10", "12", "13") ||
         (home != kNone && StartsWithText(clause_code[home], "087"))) &&
        event.verb_begin >= analysis.clauses[home].verb.end && !in_time_phrase()) {
      event.dropped = true;
      if (trace) {
        trace->push_back("nominal [" + analysis.Text(event.verb_begin, event.verb_end) +
                         "]: asked for, offered, refused or halted, not coded");
      }
    }
    // "imposed sanctions on seven American companies over Washington's arms sales to Taiwan": what a punishment
    // (12, 16, 17) is over or for is its reason, told again, as for a clause ("for supplying drone parts").
    if (SameTextAsAny(root, "12", "16", "17") && !event.dropped) {
      for (uint32_t p : analysis.indices(analysis.clauses[home].preps)) {
        const PrepPhrase& pp = analysis.pps[p];
        if (pp.object_np == kNone || !SameTextAsAny(analysis.words[pp.preposition], "over", "for") ||
            event.verb_begin < analysis.nps[pp.object_np].begin ||
            event.verb_begin >= PhraseLimit(analysis, analysis.nps[pp.object_np].end)) {
          continue;
        }
        event.dropped = true;
        if (trace) {
          trace->push_back("nominal [" + analysis.Text(event.verb_begin, event.verb_end) +
                           "]: the reason of a punishment, not coded");
        }
      }
    }
  }

  // "killed in an airstrike carried out by Israel": the participle tells of
  // the instrument of the killing, not of a deed of its own, when the
  // killing is coded.
  for (size_t e = first; e < out->size(); ++e) {
    CandidateEvent& event = (*out)[e];
    const int32_t deed = event.clause >= 0 ? DeedOfInstrument(analysis, static_cast<uint32_t>(event.clause)) : kNone;
    if (deed == kNone || event.dropped) continue;
    event.dropped = std::any_of(out->begin() + static_cast<std::ptrdiff_t>(first), out->end(),
                                [&](const CandidateEvent& other) { return other.clause == deed && !other.dropped; });
    if (event.dropped && trace) trace->push_back("the instrument's participle: no event of its own");
  }

  // "recaptured Wad Madani from the Rapid Support Forces": territory taken (192) "from" someone is taken from
  // them, not from the place's country.
  for (size_t e = first; e < out->size(); ++e) {
    CandidateEvent& event = (*out)[e];
    if (event.dropped || event.clause < 0 || event.source < 0 || event.target < 0 || event.code != "192" ||
        mentions[event.target].code.size() != 3) {
      continue;
    }
    bool taken = false;
    for (const PrepPhrase& pp : analysis.pps) {
      if (taken) break;
      // (Its own phrase, or one the parse hung on its object's apposition: "Wad Madani, the capital of
      // Gezira state, from the RSF".)
      if ((pp.clause != event.clause && analysis.clause_of_word[pp.preposition] != event.clause) ||
          pp.object_np == kNone || analysis.words[pp.preposition] != "from") {
        continue;
      }
      for (size_t m = 0; m < mentions.size(); ++m) {
        const ActorMention& loser = mentions[m];
        if (loser.np == pp.object_np && loser.resolved() && loser.code.size() > 3 && !SameText(loser.how, "place") &&
            loser.code != mentions[event.source].code) {
          event.target = static_cast<int32_t>(m);
          event.notes.push_back("taken from whom the \"from\" phrase names");
          taken = true;
          break;
        }
      }
    }
  }

  // "blamed Kurdish militants for the bomb that tore through Istiklal Avenue, killing six people": a comma
  // participle of violence after an accusation tells the deed blamed, not one the accuser did.
  for (size_t e = first; e < out->size(); ++e) {
    CandidateEvent& event = (*out)[e];
    if (event.dropped || event.clause < 0 || event.source < 0 || CodeRoot(event.code) < std::string_view("18")) {
      continue;
    }
    const Clause& participle = analysis.clauses[static_cast<size_t>(event.clause)];
    if (!IsAdverbialParticiple(analysis, participle) || participle.parent_clause == kNone) continue;
    event.dropped = std::any_of(by_clause[participle.parent_clause].begin(), by_clause[participle.parent_clause].end(),
                                [&](size_t d) {
                                  const CandidateEvent& blame = (*out)[d];
                                  return !blame.dropped && blame.source >= 0 && CodeRoot(blame.code) == "11" &&
                                         mentions[blame.source].code == mentions[event.source].code;
                                });
    if (event.dropped && trace) trace->push_back("the participle tells the deed blamed, not the accuser's");
  }

  // "fired a missile that hit Israel": a relative clause on the weapon a
  // clause of force used tells that clause's deed again, not one of its own.
  for (size_t e = first; e < out->size(); ++e) {
    CandidateEvent& event = (*out)[e];
    if (event.dropped || event.clause < 0 || event.source < 0 || event.target < 0 ||
        !IsForceRoot(CodeRoot(event.code))) {
      continue;
    }
    const Clause& relative = analysis.clauses[static_cast<size_t>(event.clause)];
    if (relative.kind != ClauseKind::kRelative || relative.parent_clause == kNone ||
        relative.antecedent_np == kNone ||
        !word_classes::IsWeaponNoun(analysis.lemma(analysis.nps[relative.antecedent_np].head))) {
      continue;
    }
    event.dropped = std::any_of(out->begin() + static_cast<std::ptrdiff_t>(first), out->end(),
                                [&](const CandidateEvent& other) {
                                  return other.clause == relative.parent_clause && !other.dropped &&
                                         other.source >= 0 && other.target >= 0 &&
                                         IsForceRoot(CodeRoot(other.code)) &&
                                         mentions[other.source].code == mentions[event.source].code &&
                                         mentions[other.target].code == mentions[event.target].code;
                                });
    if (event.dropped && trace) trace->push_back("the weapon's relative clause: the deed of the clause that used it");
  }

  // "Mali withdrew from ECOWAS": leaving a body is no military retreat.
  for (size_t e = first; e < out->size(); ++e) {
    if (!(*out)[e].dropped && !(*out)[e].reads_words) sentence_coding::RefineByParties(analysis, mentions, &(*out)[e]);
  }

  // "marched through the capital demanding the resignation of President Dina Boluarte": a rally (141) whose
  // participle or purpose demands a change of leaders, policy, rights or institutions (1041-1044) by the same
  // source is a rally for it (1411-1414), aimed where the demand is.
  for (size_t e = first; e < out->size(); ++e) {
    CandidateEvent& rally = (*out)[e];
    if (rally.dropped || !SameText(rally.code, "141") || rally.clause < 0) continue;
    for (size_t d = first; d < out->size(); ++d) {
      CandidateEvent& demand = (*out)[d];
      if (demand.dropped || demand.clause < 0 || demand.code.size() != 4 || !demand.code.starts_with("104") ||
          demand.code[3] < '1' || demand.code[3] > '4' ||
          mentions[demand.source].code != mentions[rally.source].code) {
        continue;
      }
      const Clause& aim = analysis.clauses[static_cast<size_t>(demand.clause)];
      if (aim.parent_clause != rally.clause ||
          (aim.kind != ClauseKind::kParticipial && aim.kind != ClauseKind::kInfinitival)) {
        continue;
      }
      rally.notes.push_back("a rally demanding " + demand.code + ": 141 -> 141" + demand.code.substr(3));
      rally.code = "141" + demand.code.substr(3);
      rally.target = demand.target;
      demand.dropped = true;
      break;
    }
  }

  // "handed the Benin Bronzes back, more than a century after British troops looted them": what a clause
  // years, decades or centuries "after" or "since" tells is history, no event of the news (TABARI and
  // PETRARCH-1, reading words, code it).
  for (size_t e = first; e < out->size(); ++e) {
    CandidateEvent& event = (*out)[e];
    if (event.dropped || event.clause < 0 || event.reads_words) continue;
    for (int32_t c = event.clause; c != kNone; c = analysis.clauses[static_cast<size_t>(c)].parent_clause) {
      const Clause& clause = analysis.clauses[static_cast<size_t>(c)];
      if (clause.kind != ClauseKind::kSubordinate || clause.begin < 2) continue;
      // (The subordinator opens the clause or comes right before it.)
      uint32_t subordinator = clause.begin;
      if (!SameTextAsAny(analysis.words[subordinator], "after", "since")) --subordinator;
      if (!SameTextAsAny(analysis.words[subordinator], "after", "since")) continue;
      bool long_ago = false;
      for (uint32_t k = subordinator - 1; k + 4 >= subordinator && k < subordinator && !long_ago; --k) {
        long_ago = SameTextAsAny(analysis.lemma(k), "year", "decade", "century");
        if (k == 0) break;
      }
      if (!long_ago) continue;
      event.dropped = true;
      if (trace) trace->push_back("clause " + std::to_string(event.clause + 1) + ": years after, history");
      break;
    }
  }

  // "apologised to Aliyev in a phone call": the call too.
  sentence_coding::AddTheCallsActsWereMadeIn(analysis, mentions, first, out, trace);
  // Drop the dropped and the duplicates (same source, target and code).
  // In the scratch space: a fresh vector cost an allocation for each of
  // its first few events, and a move of those it held, every sentence.
  std::vector<CandidateEvent>& kept = scratch.kept;
  kept.clear();
  for (size_t i = first; i < out->size(); ++i) {
    CandidateEvent& event = (*out)[i];
    if (event.dropped) continue;
    // "Russian paratroopers arrived in Kazakhstan": forces deploy, they do
    // not visit (a general alone still does; so do a group's negotiators,
    // whose phrase's head the group's name is not: "Taliban negotiators
    // visited Islamabad").
    const int32_t traveller = SameText(event.code, "042")   ? event.source
                              : SameText(event.code, "043") ? event.target
                                                            : -1;
    const bool named_by_head = traveller >= 0 && (mentions[traveller].np < 0 ||
                                                  mentions[traveller].end > analysis.nps[mentions[traveller].np].head);
    if (traveller >= 0 && named_by_head && mentions[traveller].plural && mentions[traveller].code.size() > 3 &&
        IsForceRole(std::string_view(mentions[traveller].code).substr(3))) {
      if (trace) trace->push_back(Described(mentions, event) + ": forces deploy, they do not visit");
      continue;
    }
    bool duplicate = std::any_of(kept.begin(), kept.end(), [&](const CandidateEvent& other) {
      const auto& of = mentions;  // (codes compared in line)
      return SameBytes(other.code, event.code) && SameBytes(of[other.source].code, of[event.source].code) &&
             (other.target < 0 ? event.target < 0 && SameBytes(other.implied_target, event.implied_target)
                               : event.target >= 0 && SameBytes(of[other.target].code, of[event.target].code));
    });
    if (!duplicate) kept.push_back(std::move(event));
  }
  // Marked dropped first, then left out (a predicate of erase_if would read
  // events it has moved; the mark costs no allocation):
  // - "marched through Havana ..., chanting 'freedom'": an event with no
  //   target repeats one of the same source and code that has one;
  // - "arrived in Pyongyang for the first visit by a Chinese leader to North
  //   Korea": a nominal event repeats a clause's event of the same code
  //   whose parties it names less exactly (a country for its government,
  //   not a place);
  // - "defended Hamas, saying the group was a liberation movement": a bare
  //   statement (010) of a participle repeats its clause's act in words
  //   (01-03, 05, 10-13) by the same source.
  auto less_exact = [&](int32_t vague, int32_t exact) {
    if (vague < 0 || exact < 0) return vague == exact;
    const std::string& v = mentions[vague].code;
    const std::string& x = mentions[exact].code;
    // (A place is where, not a party named less exactly: "killed in an
    // Israeli air strike on Beirut" also struck Beirut.)
    return v == x ||
           (v.size() == 3 && x.size() > 3 && x.starts_with(v) && !SameText(mentions[vague].how, "place"));
  };
  // (Every kept event is undropped, and no test below reads the mark.)
  for (CandidateEvent& event : kept) {
    const bool untargeted = event.target < 0 && event.implied_target.empty();
    event.dropped = std::any_of(kept.begin(), kept.end(), [&](const CandidateEvent& other) {
      // - "pledged to give Ukraine F-16s, becoming the first to commit the warplanes to Kyiv": a root's bare
      //   code (030) repeats a more specific one of its root (0332) by the same source at the same target
      //   in words (01-13; not a meeting, 040, beside a visit or talks: "visited Washington and met Biden";
      //   nor deeds: "had attacked Iraq and taken the city of Mosul" are two).
      if (event.code.size() == 3 && event.code[2] == '0' && !SameText(event.code, "040") &&
          CodeRoot(event.code) < std::string_view("14") && other.code != event.code &&
          CodeRoot(other.code) == CodeRoot(event.code) && event.target >= 0 &&
          other.target >= 0 && !event.reads_words && mentions[other.source].code == mentions[event.source].code &&
          mentions[other.target].code == mentions[event.target].code) {
        return true;
      }
      if (SameText(event.code, "010") && event.clause >= 0 && other.clause >= 0 && !SameText(other.code, "010") &&
          SameTextAsAny(CodeRoot(other.code), "01", "02", "03", "05", "10", "11", "12", "13") &&
          analysis.clauses[static_cast<size_t>(event.clause)].parent_clause == other.clause &&
          analysis.clauses[static_cast<size_t>(event.clause)].kind == ClauseKind::kParticipial &&
          mentions[other.source].code == mentions[event.source].code) {
        return true;
      }
      if (other.code != event.code) return false;
      // (Or one whose target no words name: "the biggest anti-government
      // protests" are against the government.)
      const bool targeted = other.target >= 0 || !other.implied_target.empty();
      if (untargeted && targeted && mentions[other.source].code == mentions[event.source].code) return true;
      if (event.clause < 0) return other.clause >= 0 && less_exact(event.source, other.source) &&
                                   less_exact(event.target, other.target);
      // - "marched to the Pakistani embassy, chanting slogans and burning a
      //   Pakistani flag": a participle of the clause's own act repeats it.
      const Clause& clause = analysis.clauses[static_cast<size_t>(event.clause)];
      // - "granted asylum to Martinelli, who took refuge in its embassy": so does a relative clause's act on
      //   the same target by the same state.
      if (other.clause >= 0 && clause.parent_clause == other.clause && clause.kind == ClauseKind::kRelative &&
          event.target == other.target && !CountryPart(mentions[event.source].code).empty() &&
          CountryPart(mentions[event.source].code) == CountryPart(mentions[other.source].code)) {
        return true;
      }
      return other.clause >= 0 && clause.parent_clause == other.clause && clause.kind == ClauseKind::kParticipial &&
             event.source == other.source && event.target != other.target && less_exact(event.target, other.target);
    });
  }
  out->resize(first);
  for (CandidateEvent& event : kept) {
    if (!event.dropped) {
      out->push_back(std::move(event));
    } else if (trace) {
      trace->push_back(Described(mentions, event) + ": repeats another event of the sentence");
    }
  }
  kept.clear();
}

}  // namespace khaldun
