#include "code/sentence_coder.h"

#include <algorithm>
#include <span>

#include "base/same_text.h"
#include "code/actor_references.h"
#include "code/clause_reach.h"
#include "code/mutual_codes.h"
#include "code/negation.h"
#include "code/target_search.h"
#include "code/verb_stand_in.h"
#include "lang/word_classes.h"

namespace khaldun {

using sentence_coding::NpMentions;
using sentence_coding::MentionsOf;
using sentence_coding::CoordinatedMentions;
using sentence_coding::FirstActorBefore;
using sentence_coding::IsMutual;
using sentence_coding::PlaceCanBeTarget;
using sentence_coding::NamedOnlyAsWhere;

namespace {

// The subject NP of the passive with a "by" agent whose "for" phrase NP `n`
// is the object of ("was condemned by Y for its crackdown"), or kNone.
int32_t ReasonOfPassive(const SentenceAnalysis& analysis, uint32_t n) {
  const int32_t pp = analysis.nps[n].pp_object_of;
  if (pp == kNone || !SameText(analysis.words[analysis.pps[pp].preposition], "for")) return kNone;
  const int32_t c = analysis.pps[pp].clause;
  if (c == kNone) return kNone;
  const Clause& clause = analysis.clauses[c];
  return clause.verb.passive && clause.agent_np != kNone ? clause.subject_np : kNone;
}

// An event of no clause from `from` to `to` whose verb is the one word at
// `word`, coded `coded`.
CandidateEvent WordEvent(int32_t from, int32_t to, const std::string& code, uint32_t word, const ClauseCode& coded,
                         const char* note) {
  CandidateEvent event;
  event.source = from;
  event.target = to;
  event.code = code;
  event.verb_begin = word;
  event.verb_end = word + 1;
  event.pattern = coded.pattern;
  event.family = coded.family;
  event.verb = coded.verb;
  event.notes.push_back(note);
  return event;
}

// Whether NP `n` is an event a clause only supposes: an indefinite subject
// of a verb with "would" or a speculative modal ("A new war between
// Hezbollah and Israel would be far more destructive", "a deal could
// follow"), where "the war could spread" tells of one under way.
// So is any event with "any" or "no": "warned that any U.S. attack on Iran
// would be met with a strong blow", "no talks between the two have been held".
// And one a modifier says is possible or to come ("a possible visit", "a planned summit").
// And any event that is the subject of "be due, set, about or poised to" or
// of "be expected, scheduled or planned to": "hours before U.N. sanctions on
// Tehran were due to snap back", "talks are set to resume".
bool SupposedEvent(const SentenceAnalysis& analysis, uint32_t n) {
  const NounPhrase& np = analysis.nps[n];
  for (const Clause& clause : analysis.clauses) {
    const uint32_t w = clause.verb.end;
    if (clause.subject_np != static_cast<int32_t>(n) || w + 1 >= analysis.size()) continue;
    const std::string_view lemma = analysis.lemma(clause.verb.lemma);
    const std::string_view next = analysis.words[w];
    if ((lemma == "be" && SameTextAsAny(next, "due", "set", "about", "poised") && analysis.words[w + 1] == "to") ||
        (clause.verb.passive && SameTextAsAny(lemma, "expect", "schedule", "plan", "set") && next == "to")) {
      return true;
    }
  }
  if (np.determiner != kNone && (word_classes::EqualsLower(analysis.words[np.determiner], "any") ||
                                 word_classes::EqualsLower(analysis.words[np.determiner], "no"))) {
    return true;
  }
  // So is one a modifier says is only possible or to come: "a possible visit to Taiwan by House Speaker
  // Nancy Pelosi", "a planned summit", "the upcoming talks".
  for (uint32_t k = np.modifiers_begin; k < np.head; ++k) {
    for (std::string_view word : {"possible", "potential", "planned", "proposed", "upcoming", "expected",
                                  "prospective", "future", "mooted", "rumoured", "rumored", "hypothetical"}) {
      if (word_classes::EqualsLower(analysis.words[k], word)) return true;
    }
  }
  if (np.determiner == kNone || !(word_classes::EqualsLower(analysis.words[np.determiner], "a") ||
                                  word_classes::EqualsLower(analysis.words[np.determiner], "an"))) {
    return false;
  }
  return std::ranges::any_of(analysis.clauses, [&](const Clause& clause) {
    if (clause.subject_np != static_cast<int32_t>(n) || clause.verb.modal == kNone) return false;
    const std::string_view modal = analysis.words[clause.verb.modal];
    return word_classes::EqualsLower(modal, "would") || word_classes::IsSpeculativeModal(modal);
  });
}

// Whether noun phrase `n` is an object of `clause`, or one joined by "and"
// in an object: "announced asset freezes and travel bans against".
bool IsObjectOf(const SentenceAnalysis& analysis, const Clause& clause, uint32_t n) {
  for (uint32_t object : analysis.indices(clause.objects)) {
    if (object == n) return true;
    if (analysis.nps[object].kind != NounPhraseKind::kCoordination) continue;
    auto members = analysis.indices(analysis.nps[object].members);
    if (std::find(members.begin(), members.end(), n) != members.end()) return true;
  }
  return false;
}

}  // namespace

void SentenceCoder::CodeNominalEvents(const SentenceAnalysis& analysis, const MatchContext& context,
                                      const std::vector<ActorMention>& mentions,
                                      const std::vector<int32_t>& mention_of_np,
                                      const std::vector<std::vector<int32_t>>& group_of_np,
                                      const std::function<bool(uint32_t)>& own_verb_codes,
                                      SentenceCoderScratch* scratch_space, std::vector<CandidateEvent>* out,
                                      std::vector<std::string>* trace) const {
  const NpMentions table{analysis, mention_of_np, group_of_np};
  SentenceCoderScratch& scratch = *scratch_space;
  std::vector<std::vector<size_t>>& by_clause = scratch.by_clause;
  std::vector<std::string>& clause_code = scratch.clause_code;

  // TABARI: a listed word in no clause at all is the verb when no verb
  // before it codes ("Rohan pledges to Gondor" where the tagger saw no
  // verb). The first actor before it acts, on the pattern's target or the
  // first actor after it.
  if (std::optional<VerbStandIn> loose =
          FindLooseVerb(*dictionary_, clause_coder_, analysis, context, own_verb_codes)) {
    const uint32_t word = loose->word;
    const ClauseCode& coded = loose->code;
    const int32_t source = coded.fit.source >= 0 ? coded.fit.source : FirstActorBefore(mentions, word);
    const std::string& primary = coded.code.primary;
    int32_t target = coded.fit.target;
    const uint32_t end = LooseVerbEnd(analysis, word);
    for (uint32_t m = 0; target < 0 && m < mentions.size(); ++m) {
      const ActorMention& mention = mentions[m];
      if (mention.begin > word && mention.begin < end && mention.resolved() &&
          (mention.how != "place" || PlaceCanBeTarget(primary)) &&
          (source < 0 || mention.code != mentions[source].code)) {
        target = static_cast<int32_t>(m);
      }
    }
    if (trace) trace->push_back("TABARI: [" + std::string(analysis.words[word]) + "], in no clause, acts as the verb");
    // '%' ("- * ENVOYS WITH %"): the compound's members did it to each other,
    // as in a clause.
    const std::vector<int32_t> members =
        coded.fit.compound >= 0 ? CoordinatedMentions(table, mentions, coded.fit.compound, -1) : std::vector<int32_t>{};
    if (members.size() >= 2 && !primary.empty() && primary != "---") {
      const std::string paired = coded.code.has_pair ? coded.code.paired : "";
      for (int32_t from : members) {
        for (int32_t to : members) {
          if (from == to) continue;
          out->push_back(WordEvent(from, to, primary, word, coded, "TABARI: a verbs-file word in no clause is the verb"));
          if (!paired.empty() && paired != "---") {
            out->push_back(WordEvent(to, from, paired, word, coded, "TABARI: a verbs-file word in no clause is the verb"));
          }
        }
      }
    } else if (source >= 0 && target >= 0 && !primary.empty() && primary != "---") {
      const std::string paired = coded.code.has_pair ? coded.code.paired : "";
      for (int32_t each : CoordinatedMentions(table, mentions, target, source)) {
        for (const auto& [from, to, code] :
             {std::tuple(source, each, primary), std::tuple(each, source, paired)}) {
          if (code.empty() || code == "---") continue;
          out->push_back(WordEvent(from, to, code, word, coded, "TABARI: a verbs-file word in no clause is the verb"));
        }
      }
    }
  }

  // The objects of rejections, with the phrases that follow them; what is
  // called off ("a visit to Tehran was postponed", "cancelled talks"); and
  // what a coded cessation stops ("paused all military aid to Ukraine" is
  // 1622, not aid) or a coded lifting takes back ("eased its sanctions on
  // Iran" is 085, no sanctions laid).
  std::vector<std::pair<uint32_t, uint32_t>> rejected_spans;
  for (uint32_t c = 0; c < analysis.clauses.size(); ++c) {
    const Clause& clause = analysis.clauses[c];
    const std::string_view particle =
        clause.verb.particle != kNone ? analysis.words[clause.verb.particle] : std::string_view();
    const std::string_view lemma = analysis.lemma(clause.verb.lemma);
    const bool called_off = word_classes::IsCallOffVerb(lemma, particle);
    const bool ceased = (word_classes::IsCessationVerb(lemma) || word_classes::IsLiftingVerb(lemma)) &&
                        !clause_code[c].empty() && !SameText(clause_code[c], "---");
    if (CodeRoot(clause_code[c]) != "12" && !called_off && !ceased) continue;
    for (uint32_t object : analysis.indices(clause.objects)) {
      // (Up to a time phrase of the clause's own: "rejected the plan during
      // talks with Trump" held the talks.)
      uint32_t end = PhraseLimit(analysis, analysis.nps[object].end);
      for (uint32_t p : analysis.indices(clause.preps)) {
        const uint32_t at = analysis.pps[p].preposition;
        const std::string_view preposition = analysis.words[at];
        if (at >= analysis.nps[object].end && at < end && word_classes::IsEventDatingPreposition(preposition)) {
          end = at;
        }
      }
      rejected_spans.emplace_back(analysis.nps[object].begin, end);
    }
    if (called_off && clause.verb.passive && clause.subject_np != kNone) {
      const NounPhrase& subject = analysis.nps[clause.subject_np];
      rejected_spans.emplace_back(subject.begin, PhraseLimit(analysis, subject.end));
    }
  }
  // And what failed: "The truce between Israel and Hamas collapsed".
  for (const Clause& clause : analysis.clauses) {
    const std::string_view particle =
        clause.verb.particle != kNone ? analysis.words[clause.verb.particle] : std::string_view();
    if (clause.subject_np == kNone || clause.verb.passive ||
        !word_classes::IsCollapseVerb(analysis.lemma(clause.verb.lemma), particle)) {
      continue;
    }
    const NounPhrase& subject = analysis.nps[clause.subject_np];
    rejected_spans.emplace_back(subject.begin, PhraseLimit(analysis, subject.end));
  }

  // Nominal events: "the meeting between Khan and Ghani", "an attack on X".
  for (uint32_t n = 0; n < analysis.nps.size(); ++n) {
    const NounPhrase& np = analysis.nps[n];
    if (np.kind != NounPhraseKind::kBase || np.pronoun) continue;
    const uint32_t limit = PhraseLimit(analysis, np.end);
    if (limit == np.end) continue;
    // "vetoed a resolution demanding ...", "blocked a package of EU
    // sanctions against Russia": what is rejected has not happened.
    const bool rejected = std::any_of(rejected_spans.begin(), rejected_spans.end(), [&](const auto& span) {
      return np.begin >= span.first && np.begin < span.second;
    });
    if (rejected) {
      if (trace) trace->push_back("nominal [" + analysis.Text(np.begin, limit) + "]: rejected, called off or failed, not coded");
      continue;
    }
    // "lodged a protest with Seoul": the noun is part of a verb the clause
    // coded (LODGE_A_PROTEST), no event of its own.
    bool in_verb_form = false;
    for (uint32_t c = 0; c < analysis.clauses.size() && !in_verb_form; ++c) {
      in_verb_form = np.head > analysis.clauses[c].verb.main_verb && np.head < scratch.form_end[c];
    }
    if (in_verb_form) continue;
    // "the first anniversary of Russia's invasion of Ukraine": a deed a date
    // recalls is history, not news.
    if (const int32_t of = np.pp_object_of; of != kNone && analysis.pps[of].attached_np != kNone &&
        word_classes::IsCommemorationNoun(analysis.lemma(analysis.nps[analysis.pps[of].attached_np].head))) {
      if (trace) trace->push_back("nominal [" + analysis.Text(np.begin, limit) + "]: recalled by a date, not coded");
      continue;
    }
    // "visited Kyiv, six weeks after his trip to Moscow": a deed weeks,
    // months or years before is background told again, not news.
    if (const int32_t after = np.pp_object_of; after != kNone && analysis.pps[after].preposition > 0 &&
        SameTextAsAny(analysis.words[analysis.pps[after].preposition], "after", "since") &&
        SameTextAsAny(analysis.lemma(analysis.pps[after].preposition - 1), "week", "month", "year", "decade")) {
      if (trace) trace->push_back("nominal [" + analysis.Text(np.begin, limit) + "]: background, not coded");
      continue;
    }
    if (SupposedEvent(analysis, n)) {
      if (trace) trace->push_back("nominal [" + analysis.Text(np.begin, limit) + "]: only supposed, not coded");
      continue;
    }
    // A compound event noun ends at the head: "an Israeli air strike on
    // Beirut" is AIR_STRIKE, not STRIKE.
    ClauseCode coded;
    for (uint32_t start = np.head >= np.begin + 2 ? np.head - 2 : np.begin; start < np.head; ++start) {
      if (dictionary_->VerbFormsOf((*context.keys)[start], (*context.key_hashes)[start]).empty() &&
          dictionary_->VerbFormsOf((*context.lemma_keys)[start], (*context.lemma_hashes)[start]).empty()) {
        continue;
      }
      ClauseCode compound = clause_coder_.CodeNominal(context, start, limit, nullptr);
      if (compound.found && start + compound.form_words == np.head + 1) {
        coded = std::move(compound);
        break;
      }
    }
    if (!coded.found) coded = clause_coder_.CodeNominal(context, np.head, limit, nullptr);
    if (!coded.found || coded.pattern == nullptr) continue;
    if (coded.fit.source >= 0 && NamedOnlyAsWhere(analysis, mentions[coded.fit.source], false)) {
      if (trace) trace->push_back("nominal [" + analysis.Text(np.begin, limit) + "]: its parties name only where");
      continue;
    }
    int32_t source = coded.fit.source;
    if (source < 0 && np.possessor != kNone) source = mention_of_np[np.possessor];
    // "Russian strikes on Kharkiv", "Israeli air strikes": a name modifying
    // the event noun.
    for (uint32_t m = 0; source < 0 && m < mentions.size(); ++m) {
      if (mentions[m].begin >= np.begin && mentions[m].end <= np.head && mentions[m].resolved() &&
          mentions[m].how != "place") {
        source = static_cast<int32_t>(m);
      }
    }
    // "his visit": the person named before it; "their withdrawal" after
    // "Mali, Burkina Faso and Niger": each of them.
    std::vector<int32_t> sources;
    int32_t pronoun_antecedent = -1;
    if (source < 0 && np.determiner != kNone) {
      const PronounKind kind = KindOfPronoun(analysis.words[np.determiner]);
      source = pronoun_antecedent = Antecedent(kind, np.begin, mentions);
      // "X was condemned by Y for its crackdown": the reason is the
      // passive subject's deed, not the nearer agent's.
      if (const int32_t reason = ReasonOfPassive(analysis, n); reason != kNone && kind != PronounKind::kGroup) {
        const int32_t subject = mention_of_np[reason];
        if (subject >= 0 && mentions[subject].resolved()) source = pronoun_antecedent = subject;
      }
      if (kind == PronounKind::kGroup) {
        sources = CoordinatedAntecedents(analysis, np.begin, mentions, mention_of_np, group_of_np);
        if (!sources.empty()) source = sources.front();
      }
    }
    // "Israel began a ground invasion of Lebanon": the subject of a verb
    // that only carries the event out, unless that verb's own pattern coded
    // the construction ("launched an air strike against" -> 195). The event
    // then belongs to that clause ("refused to resume talks with" -> 125).
    int32_t carried_by = -1;
    for (uint32_t c = 0; source < 0 && c < analysis.clauses.size(); ++c) {
      const Clause& clause = analysis.clauses[c];
      if (clause.actor_np() == kNone || clause.verb.passive || !IsObjectOf(analysis, clause, n) ||
          !word_classes::IsSupportVerb(analysis.lemma(clause.verb.lemma))) {
        continue;
      }
      const int32_t doer = mention_of_np[clause.actor_np()];
      if (doer < 0 || !mentions[doer].resolved()) continue;
      source = doer;
      carried_by = static_cast<int32_t>(c);
    }
    // "suffered heavy losses in clashes with Tuareg rebels": the subject of a
    // verb of taking part, the event its "in" phrase. So is the subject of
    // an active clause that codes nothing itself for the meeting, visit or
    // talks (04) its "during", "after", "at" or "on" phrase names: "said
    // during a visit to Beijing that ..." (but "praised China during a visit
    // to Beijing" is the praise, as human coders record it).
    const bool meeting = CodeRoot(coded.code.primary) == "04";
    for (uint32_t c = 0; source < 0 && c < analysis.clauses.size(); ++c) {
      const Clause& clause = analysis.clauses[c];
      if (clause.actor_np() == kNone) continue;
      auto objects = analysis.indices(clause.objects);
      const std::string_view object_head =
          objects.empty() ? std::string_view() : analysis.words[analysis.nps[*objects.begin()].head];
      const bool takes_part = word_classes::IsParticipationVerb(analysis.lemma(clause.verb.lemma), object_head);
      if (!takes_part && !(meeting && !clause.verb.passive && by_clause[c].empty())) continue;
      for (uint32_t p : analysis.indices(clause.preps)) {
        const std::string_view preposition = analysis.words[analysis.pps[p].preposition];
        const bool part_in = takes_part && word_classes::EqualsLower(preposition, "in");
        const bool met = meeting && (word_classes::EqualsLower(preposition, "during") ||
                                     word_classes::EqualsLower(preposition, "after") ||
                                     word_classes::EqualsLower(preposition, "at") ||
                                     word_classes::EqualsLower(preposition, "on"));
        if (analysis.pps[p].object_np != static_cast<int32_t>(n) || !(part_in || met)) continue;
        // ("Mali's army and Wagner fighters suffered ...": each member.)
        std::vector<int32_t> doers;
        MentionsOf(table, clause.actor_np(), &doers);
        std::erase_if(doers, [&](int32_t m) { return !mentions[m].resolved(); });
        if (doers.empty()) continue;
        source = doers.front();
        if (doers.size() > 1) sources = std::move(doers);
      }
    }
    if (carried_by >= 0 && std::any_of(by_clause[carried_by].begin(), by_clause[carried_by].end(), [&](size_t e) {
          return (*out)[e].pattern != nullptr || CodeRoot((*out)[e].code) != "01";
        })) {
      continue;
    }
    // "An Israeli airstrike in Beirut killed Nasrallah": a subject whose
    // clause coded the same kind of deed from the same doer is that deed,
    // done to whom the clause names, not a second one at its place.
    const bool told_by_its_clause =
        source >= 0 && std::any_of(analysis.clauses.begin(), analysis.clauses.end(), [&](const Clause& clause) {
          if (clause.subject_np != static_cast<int32_t>(n)) return false;
          const auto c = static_cast<size_t>(&clause - analysis.clauses.data());
          return std::any_of(by_clause[c].begin(), by_clause[c].end(), [&](size_t e) {
            return CodeRoot((*out)[e].code) == CodeRoot(coded.code.primary) &&
                   mentions[(*out)[e].source].code == mentions[source].code;
          });
        });
    if (told_by_its_clause) {
      if (trace) trace->push_back("nominal [" + analysis.Text(np.begin, limit) + "]: the deed its clause coded");
      continue;
    }
    const size_t first_nominal = out->size();
    int32_t target = coded.fit.target;
    // "shelling in the south of Lebanon": an "of" phrase belongs to the noun
    // right before it, here "the south", not the event noun (but "sanctions
    // against members of the Russian military" are against the military).
    for (const PrepPhrase& pp : analysis.pps) {
      if (target < 0 || pp.object_np == kNone || pp.preposition == np.end || pp.preposition == 0 ||
          !SameText(analysis.words[pp.preposition], "of") ||
          word_classes::IsCollectiveNoun(analysis.words[pp.preposition - 1])) {
        continue;
      }
      const NounPhrase& object = analysis.nps[pp.object_np];
      if (mentions[target].begin >= object.full_begin && mentions[target].begin < object.end) target = -1;
    }
    // "Zawahiri died in a US drone strike on a house in Kabul": whoever died in it is whom it hit.
    const PrepPhrase* in = np.pp_object_of != kNone ? &analysis.pps[np.pp_object_of] : nullptr;
    if (in != nullptr && in->clause >= 0 && SameText(analysis.words[in->preposition], "in") &&
        SameTextAsAny(analysis.lemma(analysis.clauses[in->clause].verb.lemma), "die", "perish")) {
      const int32_t dier = analysis.clauses[in->clause].actor_np();
      const int32_t m = dier != kNone ? mention_of_np[dier] : -1;
      if (m >= 0 && mentions[m].resolved() && !SameText(mentions[m].how, "place")) target = m;
    }
    // "his appeal to Western allies for air defence systems": a pattern that
    // names what, not whom, leaves the addressee to the noun's "to"/"on" phrase.
    for (const PrepPhrase& pp : analysis.pps) {
      if (target >= 0) break;
      if (pp.preposition < np.end || pp.preposition >= limit || pp.object_np == kNone) continue;
      const std::string_view preposition = analysis.words[pp.preposition];
      if (preposition != "to" && preposition != "on" && preposition != "with") continue;
      const int32_t m = mention_of_np[pp.object_np];
      if (m >= 0 && mentions[m].resolved()) target = m;
    }
    // "the expulsion of Russian diplomats", (OF &DIPLOMAT): the "of" phrase
    // whose words the pattern named is whom the deed is done to, as a verb's
    // object is, though not a state's own forces that it moves.
    for (const PrepPhrase& pp : analysis.pps) {
      if (target >= 0 || source < 0) break;
      if (pp.preposition != np.end || pp.object_np == kNone || !SameText(analysis.words[pp.preposition], "of") ||
          analysis.nps[pp.object_np].head >= coded.fit.last_token) {
        continue;
      }
      const int32_t m = mention_of_np[pp.object_np];
      if (m < 0 || !mentions[m].resolved()) continue;
      if (!(sentence_coding::MovesForces(coded.code.primary) && sentence_coding::OwnForces(mentions, {source}, m))) {
        target = m;
      }
    }
    const std::string& primary = coded.code.primary;
    if (source < 0 || target < 0 || source == target || primary.empty() || primary == "---") continue;
    if (!mentions[source].resolved() || !mentions[target].resolved()) continue;
    // "Modi arrived for talks with Putin, his first visit to Russia": no one
    // visits their own country, so "his" is the nearest other of its kind.
    if (primary == "042" && source == pronoun_antecedent &&
        mentions[source].code.compare(0, 3, mentions[target].code, 0, 3) == 0) {
      int32_t other = -1;
      for (size_t m = 0; m < mentions.size(); ++m) {
        const ActorMention& each = mentions[m];
        if (each.person == mentions[source].person && each.resolved() && each.end <= np.begin &&
            !SameText(each.how, "place") && each.code.compare(0, 3, mentions[target].code, 0, 3) != 0 &&
            (other < 0 || each.end > mentions[other].end)) {
          other = static_cast<int32_t>(m);
        }
      }
      if (other < 0) continue;
      source = other;
    }
    if (mentions[source].code == mentions[target].code) continue;
    // Nor, as for a verb, is a visit or a threat aimed at the actor's own
    // state: "the first visit by America's top diplomat to the country".
    if (sentence_coding::AimedAtItsOwn(primary, mentions[source].code, mentions[target].code)) {
      if (trace) {
        trace->push_back("nominal [" + analysis.Text(np.begin, limit) +
                         "]: a visit to, or a threat at, the actor's own state, not coded");
      }
      continue;
    }
    if (trace) {
      trace->push_back("nominal [" + analysis.Text(np.begin, limit) + "]: " + mentions[source].code + " " + primary +
                       " " + mentions[target].code);
    }
    auto push = [&](int32_t from, int32_t to, const std::string& code, const char* note) {
      CandidateEvent event;
      event.source = from;
      event.target = to;
      event.code = code;
      event.verb_begin = np.head;
      event.verb_end = np.head + 1;
      event.pattern = coded.pattern;
      event.reads_infinitive = coded.reads_infinitive;
      event.family = coded.family;
      event.verb = coded.verb;
      event.notes.push_back(note);
      out->push_back(std::move(event));
    };
    // "a visit to Pakistan, Qatar and Germany": every member of the target's
    // coordination.
    const std::vector<int32_t> all_targets = CoordinatedMentions(table, mentions, target, source);
    const std::string paired = coded.code.has_pair ? coded.code.paired : "";
    // "strikes on Kharkiv", "an offensive against Hamas" go one way; "talks
    // with", "clashes between" both.
    bool one_way = false;
    for (const PrepPhrase& pp : analysis.pps) {
      if (pp.object_np == kNone || pp.preposition < np.end || pp.preposition >= limit) continue;
      const NounPhrase& object = analysis.nps[pp.object_np];
      if (mentions[target].begin < object.full_begin || mentions[target].begin >= object.end) continue;
      const std::string_view preposition = analysis.words[pp.preposition];
      one_way = preposition == "on" || preposition == "against" || preposition == "at" || preposition == "to" ||
                preposition == "into";
    }
    // (The one source in place, not in a vector: this runs for every nominal event.)
    const std::span<const int32_t> froms =
        sources.empty() ? std::span<const int32_t>(&source, 1) : std::span<const int32_t>(sources);
    for (int32_t from : froms) {
      for (int32_t each : all_targets) {
        if (from == each || mentions[from].code == mentions[each].code) continue;
        push(from, each, primary, "nominal event");
        if (!paired.empty() && paired != "---") {
          push(each, from, paired, "nominal event, paired code for the reversed dyad");
        } else if (IsMutual(primary) && !one_way) {
          push(each, from, primary, "nominal event, symmetric");
        }
      }
    }
    if (carried_by >= 0) {
      for (size_t e = first_nominal; e < out->size(); ++e) {
        by_clause[carried_by].push_back(e);
        (*out)[e].clause = carried_by;
      }
      if (clause_code[carried_by].empty()) clause_code[carried_by] = primary;
    }
    // "repeated his appeal", "renewed its call": a verb that only voices the
    // nominal event (its default statement code) gives way to it.
    for (uint32_t c = 0; c < analysis.clauses.size(); ++c) {
      if (!IsObjectOf(analysis, analysis.clauses[c], n)) continue;
      for (size_t e : by_clause[c]) {
        if ((*out)[e].pattern == nullptr && CodeRoot((*out)[e].code) == "01") (*out)[e].dropped = true;
      }
    }
  }

  // Occurrences: "Clashes erupted between Indian and Chinese troops",
  // "Fighting broke out between Armenia and Azerbaijan": a verb that only
  // says an event happened hands its "between" phrase to the event noun or
  // gerund that is its subject.
  for (uint32_t c = 0; c < analysis.clauses.size(); ++c) {
    const Clause& clause = analysis.clauses[c];
    // The verb with its particle or its bare object: "break out", "take place".
    const std::string_view lemma = analysis.lemma(clause.verb.lemma);
    const int32_t object = clause.objects.begin < clause.objects.end ? analysis.indices(clause.objects)[0] : kNone;
    const int32_t second = clause.verb.particle != kNone ? clause.verb.particle
                           : object != kNone && analysis.nps[object].end - analysis.nps[object].begin == 1
                               ? static_cast<int32_t>(analysis.nps[object].head)
                               : kNone;
    if (!word_classes::IsOccurrenceVerb(lemma, second != kNone ? analysis.words[second] : std::string_view())) continue;
    int32_t event_word = clause.subject_np != kNone ? static_cast<int32_t>(analysis.nps[clause.subject_np].head) : -1;
    bool nominal = true;
    for (const Clause& gerund : analysis.clauses) {
      if (event_word < 0 && gerund.parent_clause == static_cast<int32_t>(c) &&
          gerund.kind == ClauseKind::kParticipial && gerund.verb.end == clause.verb.begin) {
        event_word = static_cast<int32_t>(gerund.verb.main_verb);
        nominal = false;
      }
    }
    if (event_word < 0) continue;
    std::vector<int32_t> parties;
    for (uint32_t pp : analysis.indices(clause.preps)) {
      if (SameText(analysis.words[analysis.pps[pp].preposition], "between")) {
        MentionsOf(table, analysis.pps[pp].object_np, &parties);
      }
    }
    std::erase_if(parties, [&](int32_t m) { return !mentions[m].resolved(); });
    if (parties.size() < 2) continue;
    const uint32_t word = static_cast<uint32_t>(event_word);
    ClauseCode coded = nominal ? clause_coder_.CodeNominal(context, word, word + 1, nullptr) : ClauseCode();
    // A gerund read as a noun ("Fighting broke out") is still its verb.
    if (!coded.found && (!nominal || EndsWithText(analysis.words[word], "ing"))) {
      coded = clause_coder_.Code(context, word, word, word, word + 1, word + 1, word + 1, {0, 0}, nullptr);
    }
    const std::string& primary = coded.code.primary;
    if (!coded.found || !IsMutual(primary)) continue;
    if (trace) trace->push_back("occurrence [" + analysis.Text(word, clause.end) + "]: " + primary + " between its parties");
    for (int32_t from : parties) {
      for (int32_t to : parties) {
        if (mentions[from].code == mentions[to].code) continue;
        out->push_back(WordEvent(from, to, primary, word, coded, "occurrence of the event its subject names, symmetric"));
      }
    }
  }
}

}  // namespace khaldun
