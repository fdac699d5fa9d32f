// Countries a role with none of its own ("protesters", "the government")
// takes from elsewhere in its sentence: a coordinated sibling ("Danish
// media and government"), a compound prefix ("Russia-led troops"), the
// sentence's only country, or, with two countries named, the one the other
// harms. Steps of ActorMatcher::Match, run after roles have borrowed from
// possessors, places and earlier actors (each step only touches mentions
// that are still unresolved, but for the institution rule of
// TakeSentenceCountry).
#ifndef KHALDUN_CODE_SENTENCE_COUNTRY_H_
#define KHALDUN_CODE_SENTENCE_COUNTRY_H_

#include <vector>

#include "code/actor_match_state.h"
#include "code/compiled_dictionary.h"
#include "dict/actor.h"
#include "dict/dated_code.h"
#include "lang/sentence_analysis.h"

namespace khaldun {

class Gazetteer;

// Whether `np` names peacekeepers, who serve where they are sent:
// "peacekeepers in Lebanon" are not Lebanon's (while "peacekeepers from
// Nepal" are Nepal's).
bool NamesPeacekeepers(const SentenceAnalysis& analysis, const NounPhrase& np);

// In each coordination with a resolved member, unresolved members with a
// role (`agent_only`, per NP) take that member's country (how
// "sibling+agent"); a bare country member shares the role of an
// "actor+agent" member ("US and British activists": how "actor+shared
// role"). `tabari_codes`: combine codes as TABARI does.
void ShareCoordinatedCountry(bool tabari_codes, const std::vector<const dict::Agent*>& agent_only,
                             MatchedMentions* found);

// An unresolved role (`agent_only`) whose NP has a word before its head
// ending in "-led", "-owned", "-flagged", "-registered", "-operated",
// "-based" ("Pakistan-based militants") or, for a role that is not armed,
// "-linked", after a country the actor dictionary of `dictionary` names on
// `date` takes that country (after "-led" an organisation too: "NATO-led
// troops" -> IGOWSTNATMIL): how "compound prefix+agent". With native or
// PETRARCH codes (not `tabari_codes`), a base NP with neither actor nor role
// whose word before its head is an actor's name joined by "-" to backed,
// sponsored, proposed, drafted, hosted, authored, funded or imposed ("a
// US-backed plan", "a UN-hosted conference") gets a mention of that actor
// (how "compound prefix owner"): the thing is the maker's.
void TakeCompoundPrefixCountry(const CompiledDictionary& dictionary, dict::DateNumber date, bool tabari_codes,
                               const std::vector<const dict::Agent*>& agent_only, MatchedMentions* found);

// First, soldiers, police or intelligence agents who arrest, detain or jail
// a state's leader, officials or opposition, or fire on them, take that
// state (how "holds its own+agent"; police that a place of their act names
// wait for it). Then, with exactly one country named (`as_place`, per NP:
// named as a place),
// unresolved roles take it, and an institution an earlier sentence's actor
// gave its country to takes it instead (how "sentence country+agent"),
// except where the role is a possessor's, another state's, foreign,
// peacekeepers or the other party. With several countries named, a
// non-state, non-force role harmed by one country's actor takes the other's
// (code/sufferers.h; how "harmed country+agent"), and before that a bare
// domestic institution ("the opposition", "parliament") that a country's
// government, legislature or court acts on takes that country (how
// "government's own+agent"), unnamed insurgents or gunmen the country of the
// place they take or fight in (how "place they fight in+agent"), and,
// failing that, rebels, insurgents or separatists the country of the
// government written as the subject of a clause acting on them ("resumed
// peace talks with Muslim rebels in Kuala Lumpur"; how "government's
// own+agent"), and any role a state's police, court, intelligence service
// or government arrests, detains, charges, jails, tries or sentences that
// state (how "held by its state+agent"), and police the country of the
// place their own act names, as the doer of a passive too ("was detained by
// police at a Moscow airport"; how "place of the act+agent").
void TakeSentenceCountry(bool tabari_codes, const std::vector<const dict::Agent*>& agent_only,
                         const std::vector<bool>& as_place, MatchedMentions* found);

// Gives each role still without a country, other than a state's organ, the
// country its place name belongs to: a proper noun before its title that
// no dictionary names but `places` puts in one country ("Donetsk
// separatists" -> UKRSEP, "Idlib rebels" -> SYRREB; how "place name+agent").
// A state role keeps to TakeSentenceCountry: "the Tigray government" is no
// Ethiopian government.
void TakePlaceNameCountry(const Gazetteer& places, bool tabari_codes,
                          const std::vector<const dict::Agent*>& agent_only, MatchedMentions* found);

}  // namespace khaldun

#endif  // KHALDUN_CODE_SENTENCE_COUNTRY_H_
