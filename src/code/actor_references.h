// References to actors named before: pronouns ("he", "its"), a lone
// surname ("Ghani" after "Ashraf Ghani"), "the country", "the capital",
// pairs ("the two sides"), those a phrase includes ("factions including
// Hamas and Fatah"), and appositions ("Zalmay Khalilzad, the US envoy").
// Steps of ActorMatcher::Match, which runs them after the named actors and
// agents are found; each resolves from this sentence's earlier mentions
// first, then the document's history. Pronouns are implemented in
// actor_pronouns.cc, the other references in actor_references.cc.
#ifndef KHALDUN_CODE_ACTOR_REFERENCES_H_
#define KHALDUN_CODE_ACTOR_REFERENCES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "code/actor_match_state.h"
#include "code/actor_matcher.h"
#include "code/actor_mention.h"
#include "dict/actor.h"

namespace khaldun {

// Whom a personal or possessive pronoun stands for: a person ("he", "his")
// or a group ("they", "their", "its"); kNotAPronoun for other words.
// kGroupSingular is "its": a group named by a plural noun ("Houthi rebels")
// is "their", never "its".
enum class PronounKind { kNotAPronoun, kPerson, kGroup, kGroupSingular };
PronounKind KindOfPronoun(std::string_view word);

// The last resolved mention of `mentions` ending at or before token `before`
// that a pronoun of `kind` can stand for (a person or a group, never a
// place; for "its", no plural), other than mention `except`, or -1. For
// "they", the last plural (a group, a people) comes first, then the last
// that is not a state alone, then any: "Five Americans held in Iran ...
// after Tehran freed them" are the Americans.
int32_t Antecedent(PronounKind kind, uint32_t before, const std::vector<ActorMention>& mentions,
                   int32_t except = -1);

// Gives each base NP without a mention, agent or absorbing NP
// (`agent_only`, `absorbed_by`: per NP, as Match found them) that is one
// capitalised word the mention of the person named earlier, in this
// sentence or `history`, whose surname key (`keys`, per word) it is: how
// "surname".
void ResolveSurnames(const std::vector<std::string_view>& keys, const ActorHistory& history,
                     const std::vector<const dict::Agent*>& agent_only, const std::vector<int32_t>& absorbed_by,
                     MatchedMentions* found);

// Gives each resolved singular person whose phrase ends in a name of two to
// four capitalised proper nouns that no dictionary phrase of theirs covers
// the surname of that name ("Kenyan police chief Douglas Kanja", "Douglas
// Kanja, the police chief"), so that a later "Kanja" in the document is
// them, as ResolveSurnames finds it.
void KeepSurnamesOfTitledNames(const std::vector<std::string_view>& keys, MatchedMentions* found);

// Gives each NP without a mention, agent or absorbing NP that a resolved
// actor possesses the possessor's mention ("the Taliban's leader",
// "Pakistan's president"), how "possessor"; not a region's before a
// superlative ("Europe's largest plant" ranks, it does not own). A
// residence or vehicle "his" or "her" owns (IsPersonalPropertyNoun) takes
// the last person named: "opened fire on his motorcade"; "his" or "her"
// country (nation, homeland) is the state of the last person named, or else
// of the last actor of a state before it, how "possessor". With
// `deeds_only`, only phrases whose head is a deed ("the government's
// overhaul", once roles have their countries) or a residence or office
// ("the mayor's office"), none else.
void ResolvePossessedPhrases(const std::vector<const dict::Agent*>& agent_only, const std::vector<int32_t>& absorbed_by,
                             MatchedMentions* found, bool deeds_only = false);

// Gives a possessive pronoun's supporters, followers, loyalists, backers or members
// (a base NP without a mention, agent or absorbing NP) the code of whom the
// pronoun stands for, as a possessor's are ("Imran Khan's supporters"):
// "arrested Imran Khan, prompting his supporters to attack" -> PAKOPP; so
// those "of" a named person ("supporters of Imran Khan"); how "pronoun".
// Critics, opponents or rivals so named take the code only of a state's
// office-holder or organ (TakeSupportersAsCrowds makes them its opposition).
// Armed men "loyal" (IsAllegianceWord) "to" an armed group's leader take
// that leader's code: "Sudanese paramilitaries loyal to Hemedti" -> SDNREB.
void ResolveFollowers(const std::vector<const dict::Agent*>& agent_only, const std::vector<int32_t>& absorbed_by,
                      MatchedMentions* found);

// Makes a phrase whose only actor is a name modifying its head, and whose
// possessor is an actor, stand for the possessor: "Sweden's NATO bid" is
// Sweden's, "Israel's Gaza offensive" Israel's (the modifier stays a
// mention of its own words); not when the modifier is of the owner's own
// country: "Russia's FSB security service" stays RUSSPY.
void ReadOwnersOverModifiers(MatchedMentions* found);

// Makes the supporters, followers or backers of a state's office-holder or
// organ ("Trump supporters", "supporters of President Erdogan", "Erdogan's
// supporters") that state's civilians, a crowd rather than the office, and
// its opponents, rivals or critics ("Maduro's rivals") that state's
// opposition: run after every other step has coded them. Supporters of the
// opposition, an armed group or a former leader keep that code.
void TakeSupportersAsCrowds(MatchedMentions* found);

// Gives "the country" or "the nation" (an NP without a mention; as a
// possessor, only of an agent-only NP whose agent is its head, per
// `agent_only` and `agent_is_head`) the country of the state named last, in
// this sentence or `history` ("the capital" too, as a place, how "place",
// unless the sentence names two states); "the" and qualifiers before
// "country", "nation" or "state" ("the South American country", "the Gulf
// state"; a region its words name gives way) the state named last but that
// of whoever acts on the phrase (OtherParty);
// and "the group", "the movement" or "the
// militia" the code of the body outside the state (armed group, party,
// movement, non-governmental organisation) named last before it in this
// sentence ("..., and the group blamed Israel" after Hezbollah): how
// "reference".
void ResolveCountryReferences(const ActorHistory& history, const std::vector<const dict::Agent*>& agent_only,
                              const std::vector<bool>& agent_is_head, MatchedMentions* found);

// Whether mention `m` has the code of an actor of `mentions` that the
// subject of the clause names in which noun phrase `np`, after the verb, is
// an object: "the junta" that France's foreign minister "called
// illegitimate" is not France's government, whoever else of it holds the role.
bool ActsOnIt(const SentenceAnalysis& analysis, const std::vector<ActorMention>& mentions, const NounPhrase& np,
              const ActorMention& m);

// Whether two actors are two parties: both resolved, neither a place, and
// not one state and its own organ ("Pakistan", "Pakistan's envoy").
bool TwoParties(const ActorMention& a, const ActorMention& b);

// Of the words [begin, end) that named a person coded `code`, the one a
// later mention names them by: the last ("Ashraf Ghani" ... "Ghani"), or
// the first where English-language news writes the family name first, as
// for Chinese and Korean names ("Xi Jinping" ... "Xi", "Yoon Suk Yeol" ...
// "Yoon").
uint32_t SurnameWord(std::string_view code, uint32_t begin, uint32_t end);

// Keeps the last event's `source` and `target` of a sentence, when they are
// two parties, as `history`'s last dyad, and the source as its last doer.
void NoteDyad(const ActorMention& source, const ActorMention& target, ActorHistory* history);

// Keeps `doer`, the source of a sentence's material deed (CAMEO roots 06-08,
// 14-20) aimed at no one named, as `history`'s last doer when it is resolved
// and not a place.
void NoteDoer(const ActorMention& doer, ActorHistory* history);

// Whether noun phrase `n` refers back to a pair of parties: "the two" alone,
// or "the two" or "both" before sides, leaders, countries and the like. Sets `state` when
// the pair is of states (countries, nations, neighbours, states), `people`
// when of persons (men, women, leaders, presidents, ministers): "the two
// men" after "two British men" are those men, no pair of actors.
// With `count`, "the three" or "the four" (up to five) before those nouns,
// one qualifier between allowed ("the three European governments"), refer
// back to as many parties, and `count` says how many (else 2).
bool IsPairPhrase(const SentenceAnalysis& analysis, uint32_t n, bool* state, bool* people,
                  uint32_t* count = nullptr);

// Forgets the role (`agent_only`, per NP) of each pair phrase without a
// mention (`mention_of_np`): "both men" refers back, it names no one new.
void ForgetPairPhraseRoles(const SentenceAnalysis& analysis, const std::vector<int32_t>& mention_of_np,
                           std::vector<const dict::Agent*>* agent_only);

// Gives each pair phrase (IsPairPhrase) without a mention a pair of
// parties (one of more than two also when its words name an actor, which it
// then replaces: "the three European governments" are no EUR): the two (or
// as many as "the three" says) named last before it
// in this sentence, else, for two, `history`'s last dyad (the source and
// target of the last event between two parties); each its own mention, grouped in `group_of_np`, how
// "reference". Never the other party of its clause nor anyone named in
// that party's phrase: the actor it is the object of ("the UN mission in
// Afghanistan urged both sides"), or the speaker before it of what it is
// the subject of ("Qatar said both sides agreed"), unless a "he", "she" or
// "we" names that speaker again ("Trump said he spoke with Putin and that
// both men agreed"). Run after pronouns are resolved: "He will meet the
// Taliban, where the two sides met before".
void ResolvePairReferences(const ActorHistory& history, std::vector<std::vector<int32_t>>* group_of_np,
                           MatchedMentions* found);

// Gives "the strike", "the move", "the attack" (a deed reference,
// IsDeedReference) without a mention `history`'s last doer (NoteDyad,
// NoteDoer) when it is an object of the sentence's first clause and no resolved
// mention but that clause's subject comes before it: "A Russian missile hit
// Odesa, killing 10. Zelensky condemned the strike" -> RUS, how "deed
// doer". Never the subject's own country.
void ResolveDeedsToldBefore(const ActorHistory& history, MatchedMentions* found);

// The actors a "they" at token `before` may stand for as a group: those of
// the last coordination of NPs ending at or before it that names at least
// two resolved actors (not places) in its members, per `mention_of_np` and
// `group_of_np` ("Russia and China said they would ..."). Empty when there
// is none, or when a mention of a group, resolved or not, lies between it
// and the pronoun: "India and Pakistan met, and the rebels said they ..."
// means the rebels.
std::vector<int32_t> CoordinatedAntecedents(const SentenceAnalysis& analysis, uint32_t before,
                                            const std::vector<ActorMention>& mentions,
                                            const std::vector<int32_t>& mention_of_np,
                                            const std::vector<std::vector<int32_t>>& group_of_np);

// Makes NP `n` stand for every one of `antecedents` (not empty): one
// mention each, grouped in `group_of_np`, how `how` ("pronoun",
// "included").
void StandForAll(uint32_t n, const std::vector<int32_t>& antecedents, const char* how,
                 std::vector<std::vector<int32_t>>* group_of_np, MatchedMentions* found);

// Gives each pronoun NP without a mention its antecedent's actor: "he",
// "they", "its" the last fitting mention of this sentence, else of
// `history`; "they" a coordination's actors, each its own mention, grouped
// in `group_of_np` (CoordinatedAntecedents); "it", "we", "I" opening what a
// state or group says, or (with TABARI's FORWARD) a main clause's "it" the
// forwarded actor. How "pronoun".
void ResolvePronouns(const ActorHistory& history, std::vector<std::vector<int32_t>>* group_of_np,
                     MatchedMentions* found);

// Gives a plural noun phrase that is no role and names no actor of its own
// (or only in a word before its head: "Rival Palestinian factions") the
// actors it includes (IncludedActors in sufferers.h), each its own mention,
// grouped in `group_of_np`, how "included": "Rival Palestinian factions
// including Hamas and Fatah signed a declaration" are Hamas and Fatah.
// Roles (`agent_only`, per NP) take the included country instead (in
// ActorMatcher::Match).
void ResolveInclusions(const std::vector<const dict::Agent*>& agent_only,
                       std::vector<std::vector<int32_t>>* group_of_np, MatchedMentions* found);

// Appositions share what one side knows: an NP without a resolved mention
// copies its apposition's (how "apposition"); an apposition without one
// points at the NP's.
void ShareAppositions(MatchedMentions* found);

// What a noun is believed, thought or said to be names it, as an apposition does: "attackers thought to be
// members of al-Shabaab" are al-Shabaab's (how "believed to be"), when the phrase after "to be", or the group
// "of" which it names members, is a named actor and the noun is none (a role, or nothing). Called by
// ShareAppositions.
void ShareWhatTheyAreBelievedToBe(MatchedMentions* found);

}  // namespace khaldun

#endif  // KHALDUN_CODE_ACTOR_REFERENCES_H_
