#include "code/sentence_coder.h"

#include <algorithm>

#include "base/same_text.h"
#include "code/accusations.h"
#include "code/claimed_attacks.h"
#include "code/clause_reach.h"
#include "code/default_code_refinement.h"
#include "code/mediated_parties.h"
#include "code/mutual_codes.h"
#include "code/negation.h"
#include "code/passive_object.h"
#include "code/roles.h"
#include "code/tabari_compound_phrase.h"
#include "code/target_search.h"
#include "code/verb_stand_in.h"
#include "lang/word_classes.h"

namespace khaldun {

using namespace sentence_coding;  // its steps: target_search.h, mutual_codes.h, ...

void SentenceCoder::Code(const SentenceAnalysis& analysis, const MatchContext& context,
                         const std::vector<ActorMention>& mentions, const std::vector<int32_t>& mention_of_np,
                         const std::vector<std::vector<int32_t>>& group_of_np, const TabariSentenceSwitches& tabari,
                         SentenceCoderScratch* scratch_space, std::vector<CandidateEvent>* out, std::vector<std::string>* trace) const {
  const size_t first = out->size();
  const NpMentions table{analysis, mention_of_np, group_of_np};
  // Per-clause working state in the caller's buffers, which only grow (fresh ones cost allocations); reset here.
  SentenceCoderScratch& scratch = *scratch_space;
  const size_t clauses = analysis.clauses.size();
  std::vector<std::vector<size_t>>& by_clause = scratch.by_clause;  // indices into *out, by clause
  std::vector<std::string>& clause_code = scratch.clause_code;
  std::vector<int32_t>& clause_source = scratch.clause_source;
  std::vector<bool>& clause_by_default = scratch.clause_by_default;  // coded by the verb alone, no pattern
  std::vector<bool>& negated_away = scratch.negated_away;  // a negation left no event ("did not ask")
  if (by_clause.size() < clauses) by_clause.resize(clauses);
  clause_code.resize(clauses);
  for (size_t c = 0; c < clauses; ++c) by_clause[c].clear(), clause_code[c].clear();
  scratch.untargeted.clear();
  clause_source.assign(clauses, -1);
  clause_by_default.assign(clauses, false);
  negated_away.assign(clauses, false);
  std::vector<bool>& weak = scratch.weak;
  std::vector<bool>& dominant = scratch.dominant;
  weak.assign(clauses, false), dominant.assign(clauses, false);

  // Whether each clause's verb codes something (TABARI's first verb): known for those coded, else asked.
  std::vector<int8_t>& verb_codes = scratch.verb_codes;
  verb_codes.assign(clauses, -1);
  scratch.form_end.assign(clauses, 0);
  auto own_verb_codes = [&](uint32_t d) {
    if (verb_codes[d] < 0) {
      const ClauseReach reach = ReachOf(analysis, d);
      verb_codes[d] = CodesSomething(clause_coder_.Code(context, reach.governing_begin, analysis.clauses[d].begin,
                                                        analysis.clauses[d].verb.main_verb, reach.after_end,
                                                        reach.infinitive_end, reach.governed_end, reach.subject,
                                                        nullptr, analysis.clauses[d].verb.passive));
    }
    return verb_codes[d] == 1;
  };
  // The callbacks the helpers take, made once a sentence: a std::function holding only a reference is stored
  // in place, where one made from the lambda (four captures) is a heap allocation, made for every call.
  const std::function<bool(uint32_t)> own_verb_codes_fn = [&own_verb_codes](uint32_t d) { return own_verb_codes(d); };
  const std::function<bool(uint32_t)> no_verb_codes = [](uint32_t) { return false; };
  for (uint32_t c = 0; c < analysis.clauses.size(); ++c) {
    const Clause& parsed = analysis.clauses[c];
    const ClauseReach reach = ReachOf(analysis, c);
    if (trace) trace->push_back("clause " + std::to_string(c + 1) + " (" + ClauseKindName(parsed.kind) + "): verb [" +
                                analysis.Text(parsed.verb.begin, parsed.verb.end) + "]");
    ClauseCode coded = clause_coder_.Code(context, reach.governing_begin, parsed.begin, parsed.verb.main_verb,
                                          reach.after_end, reach.infinitive_end, reach.governed_end, reach.subject,
                                          trace, parsed.verb.passive);
    // TABARI: a word its verbs file lists acts as the verb the clause's own
    // verb is not ("Rohan made a pledge to Gondor": PLEDGE).
    Clause stand_in_clause;
    const Clause* chosen = &parsed;
    // (With CODE ALL, no verb before it stops it: each is coded.)
    const std::function<bool(uint32_t)>& earlier_verb_codes = tabari.code_all ? no_verb_codes : own_verb_codes_fn;
    if (std::optional<VerbStandIn> stand_in = FindVerbStandIn(*dictionary_, clause_coder_, analysis, context, c,
                                                              reach, CodesSomething(coded), earlier_verb_codes)) {
      if (trace) trace->push_back("  TABARI: [" + std::string(analysis.words[stand_in->word]) + "] acts as the verb");
      coded = std::move(stand_in->code);
      stand_in_clause = WithVerbAt(parsed, stand_in->word);
      chosen = &stand_in_clause;
    }
    verb_codes[c] = CodesSomething(coded);
    const Clause& clause = *chosen;
    const uint32_t verb = clause.verb.main_verb;
    if (coded.found) scratch.form_end[c] = coded.form_end;
    if (!coded.found) {
      if (trace) trace->push_back("  verb not in the dictionary: no event");
      continue;
    }
    std::string primary = coded.code.primary;
    std::string paired = coded.code.has_pair ? coded.code.paired : std::string();  // (not made of "": a strlen)
    if (IsWeakDefault(coded)) {
      weak[c] = true;
      primary.pop_back();
    }
    // TABARI's dominant code ("ATTEND [031!]"): the sentence's only event.
    if (primary.ends_with('!')) {
      dominant[c] = true;
      primary.pop_back();
    }
    clause_code[c] = primary;
    clause_by_default[c] = coded.pattern == nullptr;
    // TABARI reads no grammar: its first verb that codes takes the first actor before it as the source, the
    // first after it as the target; so does every verb with CODE ALL.
    const dict::VerbFamily& family = dictionary_->dictionary().verb_families[coded.family];
    const bool tabari_verb = family.syntax == dict::PatternSyntax::kTabari;
    if (!tabari_verb && SameText(primary, "112")) primary = ChargeOfTheOfClause(analysis, c, primary);  // "accused of"
    // A verb done with each other ("FIGHT [190:190]") stays so under a
    // pattern that only sharpens its code: "Kyrgyz and Tajik forces fought
    // with tanks" (194) fought each other.
    if (const dict::PairedCode& own = dictionary_->DefaultCode(coded.family, coded.verb);
        !tabari_verb && paired.empty() && coded.pattern != nullptr && own.has_pair && own.paired == own.primary &&
        !primary.empty() && primary != "---" && CodeRoot(own.primary) == CodeRoot(primary)) {
      paired = primary;
    }
    // (Asked of TABARI verbs only: it may code the clauses before.)
    const bool first_verb = tabari_verb && !VerbCodedBefore(analysis, c, verb, own_verb_codes_fn);
    // TABARI codes by clause: a later main clause of the sentence ("...,
    // and then it asked Arnor to help") is coded as a sentence of its own,
    // its first verb that codes read as the sentence's first is.
    const bool first_of_part =
        tabari_verb && !first_verb && !tabari.code_all && FirstVerbOfLaterMainClause(analysis, c, verb, own_verb_codes_fn);
    const bool tabari_first = tabari_verb && (tabari.code_all || first_verb || first_of_part);
    // TABARI codes one verb per clause, the clauses being what conjunctions
    // part: a later verb of the same part ("brushed aside reports that X
    // attacked Y", "called on X to allow Y to leave") is not coded on its
    // own; one joined by a conjunction is. (Only when every verb is
    // TABARI's: another format's verb before it is no TABARI first verb.)
    if (tabari_verb && !tabari_first && clause.kind != ClauseKind::kCoordinated &&
        dictionary_->HasOnlyTabariVerbs()) {
      if (trace) trace->push_back("  TABARI: not the first verb of its clause: no event");
      clause_code[c] = "";
      continue;
    }
    // Who did it, and to whom (buffers kept from clause to clause).
    std::vector<int32_t>& sources = scratch.sources;
    std::vector<int32_t>& targets = scratch.targets;
    sources.clear();
    targets.clear();
    // Whether `code` is that of one of the clause's sources.
    auto names_a_source = [&](const std::string& code) {
      return std::any_of(sources.begin(), sources.end(), [&](int32_t from) { return mentions[from].code == code; });
    };
    // The source's own state is not what it rejects or leaves, but what it takes out of something ("withdrawing the
    // United States from the WHO"); another organ of it is someone ("lawmakers defied President Saied"). A [---]
    // family's deed object is no target ("conducted exercises"), nor, the verb's own code null too, the weapon it names
    // or its maker ("used Iranian drones"); nor aid's maker.
    const bool deed_object = coded.pattern != nullptr && coded.fit.target < 0 && SameText(family.code, "---");
    const bool null_verb = coded.pattern != nullptr && coded.fit.target < 0 && coded.verb < family.verbs.size() &&
                           family.verbs[coded.verb].code == "---";
    const bool goods = coded.pattern != nullptr && (primary.starts_with("07") || primary.starts_with("033"));
    auto taken_out = [&](int32_t t) {
      return (SameTextAsAny(CodeRoot(primary), "12", "16") &&
              std::any_of(sources.begin(), sources.end(),
                          [&](int32_t from) { return ItselfOrItsState(mentions[from].code, mentions[t].code); })) ||
             ((deed_object || null_verb || goods) &&
              NamesTheMeansMaker(analysis, clause, mentions[t], coded.fit.last_token, goods));
    };
    // "drew criticism from Washington and Paris": the pattern's source and the names coordinated with it.
    if (coded.fit.source >= 0) sources = CoordinatedMentions(table, mentions, coded.fit.source, coded.fit.target);
    // "left for a trip to Qatar, Pakistan and Germany": the pattern's target and the names coordinated with it.
    if (coded.fit.target >= 0) targets = CoordinatedMentions(table, mentions, coded.fit.target, coded.fit.source);
    // A code paired with itself ("FIGHT [190:190]"): done with each other.
    const bool mutual_pair = !paired.empty() && paired == primary;
    // Sources doing a cooperative mutual deed together act with each other,
    // not with where they are: "Chinese and Russian warships held joint
    // patrols near Japan". (So do those a code paired with itself names.)
    auto with_each_other = [&] {
      return mutual_pair || (sources.size() >= 2 && IsMutual(primary) && !IsForceRoot(CodeRoot(primary)));
    };
    // A court hears a case or complaint (114, 115), is not whom it is against.
    const bool lawsuit = SameTextAsAny(primary, "114", "115");
    auto hearing_court = [&](const ActorMention& mention) { return lawsuit && NamedAsCourt(analysis, mention); };
    std::vector<std::string> notes;
    // PETRARCH-1 knows a passive by its "by" phrase: without one the
    // subject is the source ("Rohan was praised over its stand on Gondor").
    const bool petrarch1 = family.syntax == dict::PatternSyntax::kPetrarch1;
    const bool petrarch2 = family.syntax == dict::PatternSyntax::kPetrarch2;
    // TABARI reads no grammar: a bare participle its first verb is, with no
    // "by" naming a doer, is done by the actor before it ("Rohan, broken
    // with Gondor, ...": Rohan broke with Gondor), when every verb is TABARI's.
    const bool tabari_participle = tabari_first && clause.kind == ClauseKind::kParticipial &&
                                   clause.agent_np == kNone && dictionary_->HasOnlyTabariVerbs();
    const bool passive = clause.verb.passive && !tabari_participle &&
                         !(petrarch1 && clause.agent_np == kNone && coded.fit.source < 0);
    // TABARI: a pattern whose '+' is the first actor of the sentence, before
    // the verb, and that names no '$' ("+ WAS * BADLY") takes the first actor
    // after the verb for its source ("A Rohirrim was stabbed badly by the
    // river in Gondor": GON on ROH).
    bool source_after = false;
    if (tabari_first && coded.fit.source < 0 && coded.fit.target >= 0 && sources.empty() &&
        mentions[coded.fit.target].begin < clause.verb.begin && dictionary_->HasOnlyTabariVerbs() &&
        FirstActorBetween(mentions, 0, clause.verb.begin) == coded.fit.target) {
      const int32_t after = FirstActorBetween(mentions, clause.verb.end, static_cast<uint32_t>(analysis.size()));
      if (after >= 0 && mentions[after].code != mentions[coded.fit.target].code) {
        sources = CoordinatedMentions(table, mentions, after, -1);
        source_after = true;
        notes.push_back("TABARI: the pattern's target is before the verb, the first actor after it the source");
      }
    }
    if (passive) {
      const bool own_forces = FindPassiveDoers(table, mentions, clause, primary, petrarch2, &sources);
      // "evidence of a plot against Ukraine was presented": the subject the
      // pattern read is the active's object (passive_object.h).
      if (coded.reads_passive_subject || own_forces) {
        AimPassiveObject(table, mentions, clause, primary, family.code == "---", &sources, &targets);
      } else if (targets.empty() && !QualifiesWhatItGives(analysis, clause)) {
        MentionsOf(table, clause.actor_np(), &targets);
      }
      // "The killing of two journalists by Israeli forces was condemned": the doer a subject without an actor names.
      const int32_t subject = clause.actor_np();
      if (subject != kNone && std::none_of(targets.begin(), targets.end(), [&](int32_t t) { return mentions[t].resolved(); })) {
        // Through "of" and "by" phrases, nested ones included: "the killing
        // of two journalists by Israeli forces".
        std::vector<int32_t> pending{subject};
        for (size_t i = 0; i < pending.size() && i < 8; ++i) {
          for (uint32_t pp : analysis.indices(analysis.nps[pending[i]].pps)) {
            const std::string_view preposition = analysis.words[analysis.pps[pp].preposition];
            const int32_t object = analysis.pps[pp].object_np;
            if ((preposition != "by" && preposition != "of") || object == kNone) continue;
            std::vector<int32_t> doers;
            MentionsOf(table, object, &doers);
            std::erase_if(doers, [&](int32_t t) { return !mentions[t].resolved(); });
            if (!doers.empty() && preposition == "by") {
              targets = std::move(doers);
              pending.clear();
              break;
            }
            pending.push_back(object);
          }
        }
      }
      // "rockets were fired from Lebanon at northern Israel": force whose
      // subject is its weapon is aimed at the actor of its "at" phrase.
      if (petrarch2 && IsForceRoot(CodeRoot(primary)) && subject != kNone && mention_of_np[subject] < 0 &&
          std::none_of(targets.begin(), targets.end(), [&](int32_t t) { return mentions[t].resolved(); })) {
        ForceAimedAt(table, clause, sources, &targets);
      }
      notes.push_back("passive: source and target swapped");
    } else {
      if (sources.empty()) MentionsOf(table, clause.actor_np(), &sources, /*through_pps=*/true, /*doers_only=*/true);
      // ("A roadside bomb planted by Taliban insurgents hit": the doer behind the weapon.)
      if (sources.empty()) MentionsOf(table, DoerBehindInstrument(analysis, clause.actor_np()), &sources);
      // "a conference of scholars in Jeddah that called for peace": a place
      // a relative clause hangs from says nothing; the clause is the
      // phrase's before it, whom no dictionary names. Nor is a place a
      // preposition names ("northwest of Mogadishu") a subject, whatever
      // the parser read past a parenthesis.
      if (!sources.empty() &&
          std::all_of(sources.begin(), sources.end(), [&](int32_t s) { return SameText(mentions[s].how, "place"); }) &&
          ((clause.kind == ClauseKind::kRelative && CodeRoot(primary) <= std::string_view("13")) ||
           (!tabari_verb && SubjectIsAPhrasesObject(analysis, clause)))) {
        sources.clear();
        if (trace) trace->push_back("  a place says nothing: no source");
      }
      // "adopted a resolution condemning Israel", "filed a case accusing
      // Myanmar": a document speaks for whoever issued it (what a signed one
      // pledges is its signing: "signed a declaration committing to peace").
      if (sources.empty() && !tabari_verb && SpeaksForItsIssuer(analysis, clause) &&
          !(SameText(CodeRoot(primary), "03") && SameText(clause_code[clause.parent_clause], "057"))) {
        MentionsOf(table, analysis.clauses[clause.parent_clause].actor_np(), &sources, /*through_pps=*/true,
                   /*doers_only=*/true);
        if (!sources.empty()) notes.push_back("the document speaks for the subject of the clause that issued it");
      }
      // A PETRARCH-1 pattern whose '+' before the verb is the clause's own subject ("- NOTED + *" under
      // DEPLORE: "Rohan noted that Gondor deplored ...") takes its source from the clause its words before '*'
      // were read in; so does any such pattern in a reported clause, from whoever speaks ("+ * PRICE").
      if ((petrarch1 || clause.kind == ClauseKind::kReported) && coded.fit.source < 0 && coded.fit.target >= 0 &&
          clause.parent_clause != kNone &&
          std::find(sources.begin(), sources.end(), coded.fit.target) != sources.end()) {
        sources.clear();
        MentionsOf(table, analysis.clauses[clause.parent_clause].actor_np(), &sources);
      }
      // TABARI: a verb joined to the one before it by a conjunction ("might
      // affirm an attack ... or assail Arnor") acts for the same source.
      if (tabari_verb && clause.kind == ClauseKind::kCoordinated && clause.parent_clause != kNone &&
          clause_source[clause.parent_clause] >= 0 &&
          std::none_of(sources.begin(), sources.end(), [&](int32_t s) { return mentions[s].resolved(); })) {
        sources.assign(1, clause_source[clause.parent_clause]);
        notes.push_back("TABARI: the source of the verb it is joined to");
      }
      // TABARI's source is the sentence's first actor before the first verb
      // that codes, whatever clause it is in, unless a pattern's '$' names it.
      // With CODE ALL, a later verb's is the first actor of the sentence part
      // it belongs to, before it: from the start of the outermost clause
      // before it that it depends on (coordinated clauses start parts of
      // their own; a speech verb after its report is none).
      if (coded.fit.source < 0 && tabari_first && !source_after) {
        const uint32_t part_begin = first_verb ? 0 : analysis.clauses[PartOpening(analysis, c)].begin;
        const int32_t first_actor = FirstActorBetween(mentions, part_begin, clause.verb.begin);
        if (first_actor >= 0) {
          sources = CoordinatedMentions(table, mentions, first_actor, -1);
          if (dictionary_->HasOnlyTabariVerbs()) {
            ExtendTabariCompoundOverAdjectives(*context.keys, dictionary_->dictionary(), mentions, clause.verb.begin,
                                               &sources);
          }
          notes.push_back("TABARI: the first actor before the verb is the source");
        }
      }
      if (targets.empty()) {
        for (uint32_t object : analysis.indices(clause.objects)) {
          const NounPhrase& phrase = analysis.nps[object];
          // A word standing in for the verb heads no object of its own.
          if (phrase.head <= verb) continue;
          if (deed_object && phrase.head > verb && phrase.head < coded.fit.last_token) {
            // "took 250 Israeli hostages", "carried out ethnic cleansing of
            // Armenians", "launched strikes against Hamas".
            if (DeedObjectTargets(table, mentions, object, primary, sources, &targets)) break;
            continue;
          }
          MentionsOf(table, object, &targets, /*through_pps=*/true);
          // A compound verb's own word is no target ("joined forces against
          // the budget"), though its phrases may be ("opened fire on").
          if (phrase.head < scratch.form_end[c]) std::erase(targets, mention_of_np[object]);
          // "withdrew its troops from Kherson": forces a state moves are its
          // means, not whom it acts on; nor is "its embassy" or "its envoy".
          std::erase_if(targets, [&](int32_t t) {
            return (MovesForces(primary) && OwnForces(mentions, sources, t)) || OwnOrgan(mentions, sources, t);
          });
          std::erase_if(targets, taken_out);
          // "condemned an attack by X": the phrase right after an object
          // without an actor belongs to it, wherever the parser put it.
          for (uint32_t pp : analysis.indices(clause.preps)) {
            if (!targets.empty() || mention_of_np[object] >= 0) break;
            const PrepPhrase& next = analysis.pps[pp];
            if (next.preposition == phrase.end && IsAgentive(analysis.words[next.preposition])) {
              MentionsOf(table, next.object_np, &targets);
            }
          }
          // "shelled Kherson" is aimed at Ukraine; "praised Kherson" at nobody,
          // nor does "condemned the attack on Odesa" name anyone.
          if (!PlaceCanBeTarget(primary)) {
            std::erase_if(targets, [&](int32_t t) { return SameText(mentions[t].how, "place"); });
          }
          if (!targets.empty()) break;
        }
      }
      if (targets.empty() && !GapObjectTargets(table, mentions, clause, sources, &targets)) {  // "Iran, which X blamed"
        for (uint32_t pp : analysis.indices(clause.preps)) {
          int32_t object = analysis.pps[pp].object_np;
          // (Nor what went on meanwhile: "signed a pact during Putin's visit".)
          const bool during = SameText(analysis.words[analysis.pps[pp].preposition], "during");
          if (object == kNone || analysis.nps[object].temporal || during) continue;
          // A fronted phrase sets the scene: "In Kabul, men marched to ...".
          if (analysis.pps[pp].preposition < clause.verb.begin) continue;
          // The deed a pattern read there names whom it concerns: "called
          // for the withdrawal of French troops from Senegal" is aimed at them.
          const uint32_t head = analysis.nps[object].head;
          if (coded.pattern != nullptr && coded.fit.target < 0 && head > verb && head < coded.fit.last_token &&
              DeedVictims(table, object, &targets)) {
            break;
          }
          MentionsOf(table, object, &targets);
          // Those who fight each other fight someone, not somewhere ("rebels fighting in eastern Congo"); a sea's
          // "between" phrase only places it ("drills in the Tasman Sea between Australia and New Zealand").
          std::erase_if(targets, [&](int32_t t) {
            return InDuringPhrase(analysis, mentions[t]) || hearing_court(mentions[t]) ||
                   NamedOnlyAsWhere(analysis, mentions[t], false) ||
                   (with_each_other() && NamedAsWhere(analysis, mentions[t]));
          });
          // A place is what force, protest, visits and condolences are aimed
          // at ("drills in Texas"), but only where talk and meetings
          // happen ("met in Geneva", "spoke in Oslo").
          if (!PlaceCanBeTarget(primary)) {
            std::erase_if(targets, [&](int32_t t) { return SameText(mentions[t].how, "place"); });
          }
          if (!targets.empty()) break;
        }
      }
    }
    // "A suicide bomber blew himself up ..., in an attack claimed by the
    // BLA": violence no one named did is the claimant's.
    if (IsForceRoot(CodeRoot(primary)) && NoNamedDoer(mentions, sources)) {
      if (const int32_t claimant = Claimant(table, mentions); claimant >= 0) {
        sources.assign(1, claimant);
        notes.push_back("the doer is who claimed the attack");
      }
    }
    // "signed a declaration, in a deal brokered by Trump": the mediator's parties are the doers of the
    // clause the deal stands in (not where it was: "at talks in Malaysia mediated by Anwar Ibrahim").
    auto party = [&](int32_t t) { return mentions[t].resolved() && !NamedAsWhere(analysis, mentions[t]); };
    if (SameText(primary, "045") && std::none_of(targets.begin(), targets.end(), party)) {
      targets.clear();
      MediatedParties(table, mentions, c, sources, &targets);
      if (!targets.empty()) notes.push_back("mediated between the doers of what it brokered");
    }
    // An actor known only by its role ("---MIL") is too vague to be a target, and what talks are about is
    // no party to them ("exchanged views on Ukraine"). Nor is the venue where two parties meet a third one
    // ("Chinese and American defence chiefs held talks in Singapore"). A pattern that pairs a code with
    // itself ("exchanged prisoners") is mutual too.
    const bool meeting_of_several = sources.size() >= 2 && (IsMutual(primary) || paired == primary);
    const bool consultation = StartsWithText(primary, "04");
    auto topic = [&](int32_t t) {
      // The phrase a participle or relative clause hangs from is a party to
      // it wherever that phrase stands: "in exchange for prisoners released
      // by Israel".
      if (clause.antecedent_np != kNone && mentions[t].begin >= analysis.nps[clause.antecedent_np].full_begin &&
          mentions[t].end <= analysis.nps[clause.antecedent_np].end) {
        return false;
      }
      return NoPartyToIt(analysis, mentions[t], primary, paired, meeting_of_several, family.syntax);
    };
    // (But a pattern that codes only the reversed dyad takes its doer there:
    // "faced pressure from lawmakers" -> ---LEG 100 the subject.)
    const bool reversed_only = primary.empty() && !paired.empty();
    // (Nor, for several sources of a mutual deed, one's own country: "Armenian
    // and French ministers signed a contract for the delivery of radars to
    // Armenia" is signed with each other.)
    auto own_country = [&](int32_t t) {
      return meeting_of_several && mentions[t].code.size() == 3 &&
             std::any_of(sources.begin(), sources.end(),
                         [&](int32_t s) { return OfOneState(mentions[s].code, mentions[t].code); });
    };
    std::erase_if(targets, [&](int32_t t) {
      return !(mentions[t].resolved() || (reversed_only && mentions[t].code.size() > 3)) || topic(t) ||
             own_country(t);
    });
    if (targets.empty() && !passive) {
      // The first actor after the verb inside this clause or the clauses it governs ("sealed off the streets
      // running into Gondor"). A consultation's partner is never inside an infinitive: that is its topic
      // ("to discuss plans to fight al-Shabaab"). Mentions are listed named actors first, roles after: take
      // the earliest resolved one in the text ("the military junta in Niger" before Niger; "troops near the
      // Ukrainian border" gives Ukraine). Nor past a time phrase ("evacuated residents after shelling from
      // Pakistan"), as a pattern does not read past one.
      const uint32_t time_phrase = FirstTimePhrase(analysis, clause);
      // Nor inside what an appeal asks people of no known country to do.
      const int32_t asked = SameTextAsAny(CodeRoot(primary), "02", "10")
                                ? ComplementOfUnnamedAddressee(table, mentions, c) : kNone;
      // Nor in what a deed a relative clause speaks of is said to do: "a
      // trip EU leaders criticised as undermining unity on Ukraine".
      const bool of_a_deed = SpeaksOfADeed(analysis, clause);
      int32_t earliest = -1;
      for (uint32_t m = 0; m < mentions.size(); ++m) {
        const ActorMention& mention = mentions[m];
        if (mention.begin < std::max(clause.verb.end, scratch.form_end[c]) || mention.begin > time_phrase ||
            std::find(sources.begin(), sources.end(), m) != sources.end()) {
          continue;
        }
        if (!mention.resolved() || (earliest >= 0 && mentions[earliest].begin <= mention.begin)) continue;
        if (SameText(mention.how, "place") && !PlaceCanBeTarget(primary)) continue;
        // Parties that meet or fight each other are not their own third
        // party: "Indian and Chinese troops clashed, killing 20 Indian
        // soldiers" is a clash between the two.
        if (meeting_of_several && names_a_source(mention.code)) continue;
        const int32_t home = analysis.clause_of_word[mention.begin];
        // Nor is whoever comes up in what their meeting led to: "US and South Korean forces began joint drills,
        // drawing a rebuke from Pyongyang" are drills of the two (but what they intend is: IntendedInIt).
        if (meeting_of_several && home != static_cast<int32_t>(c) && !IntendedInIt(analysis, home, c, primary)) {
          continue;
        }
        if ((asked != kNone && WithinClause(analysis, home, asked)) || (of_a_deed && home != static_cast<int32_t>(c))) {
          continue;
        }
        if (petrarch1 && coded.pattern == nullptr && InAnInfinitivesPhrase(analysis, mention, home, c)) continue;
        if (consultation && home != static_cast<int32_t>(c) && home != kNone &&
            analysis.clauses[home].kind == ClauseKind::kInfinitival) {
          continue;
        }
        if (topic(static_cast<int32_t>(m))) continue;
        if (NamedOnlyAsWhere(analysis, mention, IsForceRoot(CodeRoot(primary)))) continue;
        if (with_each_other() && NamedAsWhere(analysis, mention)) continue;
        // (Nor is a threat aimed at its maker's own state: "threatened to pull Brazil out of the WHO".)
        if (hearing_court(mention) || own_country(static_cast<int32_t>(m)) ||
            ThreatAtItsOwnState(primary, mentions, sources, m)) continue;
        if (MovesForces(primary) && OwnForces(mentions, sources, static_cast<int32_t>(m))) continue;
        if (taken_out(m) || InDuringPhrase(analysis, mention) || AllegedDeed(analysis, home, c, primary)) continue;
        if (BrokerOfAnotherClause(analysis, mention.np, c)) continue;
        if (WithinClause(analysis, home, static_cast<int32_t>(c)) || NamedByWhatItCalled(analysis, home, c, mention.begin)) {
          earliest = static_cast<int32_t>(m);
        }
      }
      // "tariffs on Canada and Mexico": the names coordinated with it too.
      if (earliest >= 0) {
        targets = CoordinatedMentions(table, mentions, earliest, sources.empty() ? -1 : sources.front());
      }
    }
    // "demanded that Russia withdraw", "said that Pakistan had made
    // progress": whoever must act in, or is told of by, what the clause
    // governs.
    const std::string_view root = CodeRoot(primary);
    if (targets.empty() && !passive) {
      AddresseeInComplement(table, mentions, c, root, analysis.lemma(clause.verb.lemma), sources, &targets);
    }
    // "In a phone call with Erdogan, Putin discussed ...": words said in a
    // meeting are addressed to the other party.
    const bool words = (CompareText(root, "01") >= 0 && CompareText(root, "05") <= 0) ||
                       (CompareText(root, "10") >= 0 && CompareText(root, "13") <= 0);
    if (const int32_t partner = targets.empty() && !passive && words ? PartnerOfFrontedMeeting(table, mentions, clause) : -1;
        partner >= 0 && !names_a_source(mentions[partner].code)) {
      targets = CoordinatedMentions(table, mentions, partner, sources.empty() ? -1 : sources.front());
    }
    // TABARI's target, when the clause names none: the first actor after the
    // verb, whatever clause it is in.
    if (targets.empty() && !passive && tabari_first) {
      for (uint32_t m = 0; m < mentions.size(); ++m) {
        const ActorMention& mention = mentions[m];
        if (mention.begin < clause.verb.end || !mention.resolved() ||
            (tabari.short_asides && InShortCommaAside(analysis, mention.begin, clause.verb.main_verb)) ||
            (SameText(mention.how, "place") && !PlaceCanBeTarget(primary)) ||
            names_a_source(mention.code)) {
          continue;
        }
        if (targets.empty() || mention.begin < mentions[targets.front()].begin) targets = {static_cast<int32_t>(m)};
      }
      if (!targets.empty()) {
        targets = CoordinatedMentions(table, mentions, targets.front(), sources.empty() ? -1 : sources.front());
      }
    }
    // Who act on each other do not act on what it is over: "fought over Nagorno-Karabakh".
    if (with_each_other()) std::erase_if(targets, [&](int32_t t) { return NamedAsTopic(analysis, mentions[t]); });
    // A mention cannot act on itself: "Macron hosted a summit in Paris".
    std::erase_if(targets, [&](int32_t t) { return NoTargetOfItsOwn(mentions, sources, t, primary, tabari_verb); });
    // With CODE ALL, a later verb with no actor after it acts on the first
    // actor before it that is not its source ("Arnor restored ties with
    // Gondor after mobs looted its consulate": ARN 222 GON).
    // So does the first verb of a later main clause, on one in its own part.
    if (targets.empty() && (tabari.code_all || first_of_part) && tabari_first && !first_verb && !passive) {
      const uint32_t part_begin = first_of_part ? analysis.clauses[PartOpening(analysis, c)].begin : 0;
      for (uint32_t m = 0; m < mentions.size() && targets.empty(); ++m) {
        const ActorMention& mention = mentions[m];
        if (mention.resolved() && !SameText(mention.how, "place") && mention.begin >= part_begin &&
            mention.end <= clause.verb.begin &&
            std::none_of(sources.begin(), sources.end(),
                         [&](int32_t s) { return mentions[s].code == mention.code; })) {
          targets.push_back(static_cast<int32_t>(m));
        }
      }
    }
    // TABARI's DEFAULT, for its first verb (TabariSentenceSwitches).
    if (tabari_first && !passive && (tabari.default_source >= 0 || tabari.default_target >= 0)) {
      tabari.CompleteByDefault(&sources, &targets);
      if (trace) trace->push_back("  TABARI DEFAULT: source and target completed");
    }
    if (!sources.empty()) clause_source[c] = sources.front();
    if (SameText(primary, "---") || (primary.empty() && paired.empty())) {
      if (trace) trace->push_back("  null code [---]: no event");
      clause_code[c] = "---";
      continue;
    }
    // "whether France may withdraw its soldiers", "Iran could attack": speculation
    // is no event (TABARI reads no modals but through its patterns).
    if (clause.verb.modal != kNone && !clause.verb.negated && !tabari_verb) {
      const std::string_view modal = analysis.words[clause.verb.modal];
      if (word_classes::IsSpeculativeModal(modal) && !IsFutureClause(analysis, clause)) {
        if (trace) trace->push_back("  speculative (" + std::string(modal) + "): no event");
        clause_code[c] = "";
        negated_away[c] = true;
        continue;
      }
    }
    // With only TABARI's verbs, negation is read through patterns ("- HAS NOT *") alone.
    const bool tabari_reads_negation = !(tabari_verb && dictionary_->HasOnlyTabariVerbs());
    // ("no sanctions were imposed": the deed the pattern read was not done.)
    const bool not_done =
        clause.verb.negated || (coded.reads_passive_subject && sentence_coding::SubjectSaysNo(analysis, clause));
    if (not_done && tabari_reads_negation && !clause_coder_.NamesNegation(coded)) {
      std::string negated = primary.empty() ? "" : NegatedCode(primary, negations_);
      if (negated.empty() && RulesOut(analysis, clause)) negated = KeptOpenCode(primary);  // "did not rule out talks"
      if (trace) trace->push_back("  negated: " + primary + " -> " + (negated.empty() ? "no event" : negated));
      if (negated.empty()) {
        clause_code[c] = "";
        negated_away[c] = true;
        continue;
      }
      notes.push_back("negated " + primary + " -> " + negated);
      primary = negated;
      paired.clear();
      clause_code[c] = primary;
    }
    if (sources.empty()) {
      if (trace) trace->push_back("  no source actor: no event");
      continue;
    }
    auto make_event = [&](int32_t source, int32_t target, const std::string& code, const std::string& note,
                          bool paired_event) {
      CandidateEvent event;
      event.clause = static_cast<int32_t>(c);
      event.source = source;
      event.target = target;
      event.code = code;
      event.verb_begin = clause.verb.begin;
      event.verb_end = clause.verb.end;
      event.pattern = coded.pattern;
      event.reads_infinitive = coded.reads_infinitive;
      event.family = coded.family;
      event.verb = coded.verb;
      event.reads_words = !petrarch2;
      event.notes = notes;
      if (!note.empty()) event.notes.push_back(note);
      if (coded.pattern == nullptr) RefineDefaultCode(analysis, clause, mentions, source, target, &event);
      event.paired = paired_event;
      event.without_dyad = target < 0 && !require_dyad_;
      return event;
    };
    auto push = [&](int32_t source, int32_t target, const std::string& code, const std::string& note,
                    bool paired_event = false) {
      if (target >= 0 && mentions[source].code == mentions[target].code) {
        if (trace) trace->push_back("  source and target are both " + mentions[source].code + ": no event");
        return;
      }
      // A threat is not aimed at the threatener's own state ("Tehran warned that it would respond to any move
      // against Iran"), nor a visit ("Ashraf Ghani returned to Afghanistan"; with PETRARCH-2 or native patterns
      // only, whose named threat stands aimed at no one: "threatened to use nuclear weapons to defend Russia").
      if (target >= 0 && (petrarch2 || SameText(CodeRoot(code), "13")) &&
          AimedAtItsOwn(code, mentions[source].code, mentions[target].code)) {
        if (!(petrarch2 && coded.pattern != nullptr && SameText(CodeRoot(code), "13") && !paired_event)) {
          if (trace) trace->push_back("  a threat at, a visit to, or aid within the actor's own state: no event");
          return;
        }
        target = -1;
      }
      by_clause[c].push_back(out->size());
      out->push_back(make_event(source, target, code, note, paired_event));
    };
    // TABARI's '%' names a compound actor ("- % HAVE POSTPONED * [191]",
    // "- HAS * WITH % [067]"): its members did it to each other, whoever
    // else the clause names. Every ordered pair gets the code, and the
    // paired code for the reversed dyad.
    if (coded.fit.compound >= 0) {
      const std::vector<int32_t> members = CoordinatedMentions(table, mentions, coded.fit.compound, -1);
      // PETRARCH-1 aims the members' act at the first actor after the verb
      // in its verb phrase, an adverbial clause inside it included ("X and
      // Y have postponed their talks after a scout was seen near Z" -> Z),
      // and at each other only when there is none.
      // A PETRARCH-1 '%' after the verb ("- * WITH %") is the target: the
      // subject acts on each member ("X agreed with Y and Z" -> X 031 Y, X
      // 031 Z).
      std::vector<int32_t> subject;
      if (petrarch1 && members.size() >= 2 && mentions[coded.fit.compound].begin >= clause.verb.end) {
        MentionsOf(table, clause.actor_np(), &subject);
        std::erase_if(subject, [&](int32_t from) {
          return !mentions[from].resolved() || std::find(members.begin(), members.end(), from) != members.end();
        });
      }
      if (!subject.empty()) {
        for (int32_t from : subject) {
          for (int32_t to : members) push(from, to, primary, "compound (%): its members are the targets");
        }
        continue;
      }
      int32_t outside = -1;
      if (members.size() >= 2 && petrarch1) {
        uint32_t phrase_end = clause.end;
        for (const Clause& inner : analysis.clauses) {
          if (inner.kind == ClauseKind::kSubordinate && inner.parent_clause == static_cast<int32_t>(c)) {
            phrase_end = std::max(phrase_end, inner.end);
          }
        }
        for (uint32_t m = 0; m < mentions.size(); ++m) {
          const ActorMention& mention = mentions[m];
          if (mention.resolved() && mention.begin >= clause.verb.end && mention.begin <= phrase_end &&
              std::find(members.begin(), members.end(), static_cast<int32_t>(m)) == members.end() &&
              (outside < 0 || mention.begin < mentions[outside].begin)) {
            outside = static_cast<int32_t>(m);
          }
        }
      }
      if (outside >= 0) {
        for (int32_t from : members) push(from, outside, primary, "compound (%): the first actor of the verb phrase");
        continue;
      }
      if (members.size() >= 2) {
        for (int32_t from : members) {
          for (int32_t to : members) {
            if (from == to) continue;
            push(from, to, primary, "compound (%): coded among its members");
            if (!paired.empty() && paired != "---") push(to, from, paired, "compound (%): paired code", true);
          }
        }
        continue;
      }
    }
    // "X and Y postponed their summit", "accused each other", "attacked
    // militants": what the clause's objects say of whom the deed is aimed at.
    const ObjectsOfTheDeed objects = ReadObjectsOfTheDeed(analysis, clause, primary, verb,
                                                          coded.pattern != nullptr ? coded.fit.last_token : verb + 1,
                                                          mention_of_np, mentions);
    const bool reciprocal = objects.reciprocal;
    const bool each_other = objects.each_other;
    const bool aimed_at_people = objects.aimed_at_others;
    // Who act on each other act on no one else a pattern read further on:
    // "Thai and Cambodian troops pounded each other with artillery".
    if (each_other && sources.size() >= 2) targets.clear();
    // (A pattern pairing a code with itself is mutual whatever its object:
    // "exchanged prisoners".)
    bool symmetric = sources.size() >= 2 && targets.empty() &&
                     ((paired == primary && !objects.fought_others) || reciprocal ||
                      (IsMutual(primary) && !aimed_at_people && !MadeForOthers(analysis.lemma(clause.verb.lemma))));
    if (symmetric) {
      for (size_t i = 0; i < sources.size(); ++i) {
        for (size_t j = 0; j < sources.size(); ++j) {
          if (i != j) push(sources[i], sources[j], primary, "symmetric: coded both ways");
        }
      }
      continue;
    }
    // A state's (not an armed group's) emergency rule, curfew or censorship, or their easing (081x), falls on its
    // own country: "Sudan's army declared a state of emergency" -> SDNMIL 1724 SDN, when the sentence names it.
    if (targets.empty() && FallsOnItsOwnCountry(primary)) OwnCountryNamed(mentions, sources, &targets);
    // When no words name it, the state all the same ("Ecuadorean President
    // Daniel Noboa declared a state of emergency"); so is an anti-government
    // protest's government (ImpliedTarget).
    bool implied = false;
    for (int32_t from : sources) {
      const char* how = nullptr;
      std::string implied_target = ImpliedTarget(analysis, clause, primary, mentions[from], targets, mentions, &how);
      if (implied_target.empty()) continue;
      push(from, -1, primary, std::string("the target, no words name it, is the ") + how);
      out->back().implied_target = std::move(implied_target);
      out->back().implied_how = how;
      out->back().without_dyad = false;
      implied = true;
    }
    if (implied) continue;
    // "rallied against the government's plan": another pattern of the same root that fit names whom ("AGAINST +")
    // where the chosen one ("AGAINST &PLAN") names only what, or only where ("in Caracas against Chavez's decision").
    if (coded.other_target >= 0 && !SameText(mentions[coded.other_target].how, "place") &&
        std::ranges::all_of(targets, [&](int32_t t) { return SameText(mentions[t].how, "place"); })) {
      targets.clear();
    }
    if (targets.empty() && coded.other_target >= 0 && mentions[coded.other_target].resolved() &&
        !names_a_source(mentions[coded.other_target].code) &&
        (PlaceCanBeTarget(primary) || !SameText(mentions[coded.other_target].how, "place"))) {
      targets.push_back(coded.other_target);
    }
    if (targets.empty()) {  // ", which Taipei condemned"
      const int32_t doer = ReactionTarget(analysis, clause, primary, clause_source, mentions, sources);
      if (doer >= 0) targets.push_back(doer);
    }
    if (targets.empty()) {  // ", and Ukraine condemned the move"
      const int32_t doer = DeedDoer(analysis, c, primary, clause_source, mentions, sources);
      if (doer >= 0) targets.push_back(doer);
    }
    if (targets.empty()) TargetsOfTheClauseBefore(analysis, c, primary, by_clause, *out, &targets);
    // "accused Syria ..., but Damascus denied any involvement"; "stormed a mall, and the group claimed responsibility"
    const int32_t answered = targets.empty() ? AnsweredParty(c, primary, by_clause, *out, mentions, sources) : -1;
    if (answered >= 0) targets.push_back(answered);
    AimAtThePurpose(table, c, primary, mentions, sources, own_verb_codes_fn, &targets);  // "rallied to denounce X"
    AimAtTheThreatsCondition(table, c, primary, mentions, sources, &targets);  // "cut off Russian gas if the EU ..."
    if (targets.empty()) {  // "..., and Canada retaliated"; "threatened to ... if the US attacked"
      int32_t doer = RespondedTo(analysis, c, primary, clause_source, mentions, sources);
      if (doer < 0) doer = PartyToTheCondition(table, c, primary, mentions, sources);
      if (doer >= 0) targets.push_back(doer);
    }
    if (targets.empty() && coded.pattern != nullptr) {  // "violated its airspace", as a pattern read it
      int32_t owner = OwnerOfTheObject(analysis, clause, primary, mentions, sources, coded.fit.last_token);
      if (owner < 0 && IsForceRoot(CodeRoot(primary))) owner = WhereTheWeaponStruck(table, mentions, c, sources);
      if (owner >= 0) targets.push_back(owner);
    }
    if (targets.empty()) {
      // Protests need no target, nor do some others (StandsWithoutATarget), nor an appeal to parties no
      // dictionary names: "called for the factions to show flexibility", "urged all sides to return to talks".
      const bool state_doers = std::all_of(sources.begin(), sources.end(), [&](int32_t s) {
        const std::string_view code = mentions[s].code;
        return (IsStateActor(code) && code.size() > 3) || (code.size() == 6 && code.ends_with("ELI"));
      });
      const bool needs_target =
          !StandsWithoutATarget(primary, coded.pattern != nullptr, clause, state_doers) &&
          !(SameText(CodeRoot(primary), "02") && AppealsToTheUnnamed(analysis, c, mention_of_np));
      if (needs_target && require_dyad_) {
        if (trace) trace->push_back("  no target actor: no event");
        // ...unless what it reports makes it an accusation, or another clause may say whom it was aimed at
        // (MayBorrowATarget: "resigned, bowing to protests", "..., warning that it would respond").
        const std::string_view primary_root = CodeRoot(primary);
        const bool accusation = (primary_root == "01" || primary_root == "11") && ReportsAClause(analysis, c);
        for (int32_t source : sources) {
          if (!accusation && !MayBorrowATarget(primary, clause)) break;
          CandidateEvent event = make_event(source, -1, primary, "", false);
          if (accusation || !event.reads_words) scratch.untargeted.push_back(std::move(event));
        }
        continue;
      }
      if (needs_target) notes.push_back("require_dyad off: coded without a target");
      // (A resignation stands alone unless a participle says to whom it bowed: ConcedeToWhomItBowed.)
      for (int32_t source : sources) {
        if (SameText(primary, "0831")) scratch.untargeted.push_back(make_event(source, -1, primary, "", false));
      }
      targets.push_back(-1);
    }
    for (int32_t source : sources) {
      for (int32_t target : targets) {
        if (!primary.empty()) push(source, target, primary, "");
        if (!paired.empty() && paired != "---" && target >= 0) push(target, source, paired, "paired code for the reversed dyad", true);
      }
    }
  }

  CodeNominalEvents(analysis, context, mentions, mention_of_np, group_of_np, own_verb_codes_fn, scratch_space, out, trace);
  SettleEvents(analysis, mentions, tabari, first, scratch_space, out, trace);
}

}  // namespace khaldun
