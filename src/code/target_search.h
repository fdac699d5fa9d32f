// Where SentenceCoder finds who did a clause's deed and to whom: the actors
// a noun phrase names, the members coordinated with one, and the words that
// make a mention a place rather than a party (internal to src/code).
#ifndef KHALDUN_CODE_TARGET_SEARCH_H_
#define KHALDUN_CODE_TARGET_SEARCH_H_

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "base/same_text.h"
#include "code/actor_matcher.h"
#include "code/sentence_coder.h"
#include "dict/verb_pattern.h"
#include "lang/sentence_analysis.h"

namespace khaldun::sentence_coding {

// The NP-to-mention tables of one sentence.
struct NpMentions {
  const SentenceAnalysis& analysis;
  const std::vector<int32_t>& mention_of_np;
  const std::vector<std::vector<int32_t>>& group_of_np;
};

// Mentions named by an NP: its own (or its group), or its members' for a
// coordination. With `through_pps`, an NP without an actor of its own
// stands for the actor of its attached phrases ("an attack by X" -> X).
void MentionsOf(const NpMentions& t, int32_t np, std::vector<int32_t>* out, bool through_pps = false,
                bool doers_only = false, int depth = 0);

// PETRARCH-2's doer of a passive without "by": the first actor other than
// the subject's that a phrase of the verb names, itself ("blamed over
// Gondor's raids") or through its "with" phrase ("blamed over its quarrel
// with Gondor", "killed in clashes with Gondor"). A place ("in Gondor") is
// where, not who.
void PassiveDoerInPhrases(const NpMentions& t, const std::vector<ActorMention>& mentions, const Clause& clause,
                          std::vector<int32_t>* out);

// The members of the coordination holding mention `m`'s NP that name
// resolved actors other than `except` and its code ("a trip to Qatar,
// Pakistan and Germany"); just {m} when its NP is not coordinated.
// An NP whose head two nationalities share ("Indian and Chinese
// delegations") names its whole group.
std::vector<int32_t> CoordinatedMentions(const NpMentions& t, const std::vector<ActorMention>& mentions, int32_t m,
                                         int32_t except);

// Prepositions that tie an event noun to its doer or its object ("an attack
// by X", "an offensive against X"), unlike places ("in Doha").
bool IsAgentive(std::string_view preposition);

// Prepositions naming what talks or statements are about.
bool IsTopicPreposition(std::string_view preposition);

// Adds the actors of the "of", "against", "on" or "at" phrase of NP `deed`,
// a deed a pattern named, to `out`: its own victims ("ethnic cleansing of
// Armenians", "strikes against Hamas", "the withdrawal of French troops").
// `out` is empty on entry; returns whether it found any.
bool DeedVictims(const NpMentions& t, int32_t deed, std::vector<int32_t>* out);

// The people NP `deed`, a deed a pattern named, names itself when its code
// `code` is coercion or force (17-20) and a resolved actor that is no force
// holds its head: "took 250 Israeli hostages" -> the hostages. -1 otherwise
// ("exchanged Afghan prisoners with India" is done with India).
int32_t PeopleTheDeedNames(const NpMentions& t, const std::vector<ActorMention>& mentions, int32_t deed,
                           const std::string& code);

// The targets, to `out`, of relative clause `clause` whose gap is its
// object: a clause with a subject of its own, active, with no object, is
// about its antecedent ("Iran, which Washington blamed for the attacks" ->
// Iran): the antecedent's resolved mentions, not `sources`; not a ", which"
// after its parent's verb, which may be about the parent's whole deed
// (ReactionTarget), nor "what". `out` is empty on entry; returns whether it
// found any.
bool GapObjectTargets(const NpMentions& t, const std::vector<ActorMention>& mentions, const Clause& clause,
                      const std::vector<int32_t>& sources, std::vector<int32_t>* out);

// The targets, to `out`, of object NP `deed` that names the deed a pattern
// of a verb without a code of its own named: the people it names
// (PeopleTheDeedNames), else its victims (DeedVictims), but never forces of
// a source's own state that a code moving forces moves ("ordered the
// withdrawal of U.S. troops from Afghanistan" is not aimed at the troops).
// `out` is empty on entry; returns whether it found any.
bool DeedObjectTargets(const NpMentions& t, const std::vector<ActorMention>& mentions, int32_t deed,
                       const std::string& code, const std::vector<int32_t>& sources, std::vector<int32_t>* out);

// Whether clause `home` is the infinitive clause `c`, coded `code`, says
// its doers intend (03): several who promise to act together promise it to
// whom that infinitive names ("Britain and France promised to keep up their
// support for Ukraine" is promised to Ukraine, not to each other).
bool IntendedInIt(const SentenceAnalysis& analysis, int32_t home, uint32_t c, const std::string& code);

// Whether the clause's verb excludes what it names: "rule out", "exclude".
bool RulesOut(const SentenceAnalysis& analysis, const Clause& clause);

// The infinitive clause `c` asks its object to act in, when that object
// names people of no known country: "urged leaders to support Ukraine" is
// addressed to the leaders, so Ukraine is no stand-in for them. Returns
// the infinitive's clause index, or kNone when the object is named, a
// pronoun, or not the infinitive's doer.
int32_t ComplementOfUnnamedAddressee(const NpMentions& t, const std::vector<ActorMention>& mentions, uint32_t c);

// Whether `mention` lies in clause `home`, an infinitive other than clause
// `c`, outside that infinitive's objects: "proposed to settle the dispute
// with Rohan" names Rohan in a phrase of the infinitive.
// PETRARCH-1 reads a verb's default target from the noun phrases of the
// verb's own phrase, which hold an infinitive's object but not its phrases.
bool InAnInfinitivesPhrase(const SentenceAnalysis& analysis, const ActorMention& mention, int32_t home, uint32_t c);

// The partner named by a meeting set before clause `clause`'s verb: "In a
// phone call with Erdogan, Putin discussed ...", "During talks with Blinken,
// Lavrov warned ...". Returns the mention of the "with" phrase of the
// object of a fronted "in" or "during" phrase whose head is a meeting noun
// (call, talks, meeting, conversation), when it is resolved and no place;
// else -1.
int32_t PartnerOfFrontedMeeting(const NpMentions& t, const std::vector<ActorMention>& mentions, const Clause& clause);

// Whether mention `t` is no target of the deed of `sources` coded
// `primary` because it is the source's own: the source itself (with
// TABARI's syntax, `tabari_verb`, any mention of its code), several sources'
// "their" in a mutual deed, a place of the source's own code ("Serbians
// protested in Belgrade" has no target; a visit or hosting at home, none
// of its country), or, for a show of force or aid (15, 07), the source
// state's own forces ("put its troops on alert").
bool NoTargetOfItsOwn(const std::vector<ActorMention>& mentions, const std::vector<int32_t>& sources, int32_t t,
                      const std::string& primary, bool tabari_verb);

// Prepositions whose object may name a passive's doer when no "by" phrase
// does ("killed in Israeli shelling").
bool IsLocative(std::string_view preposition);

// The doer of what a sentence-final "which" clause reacts to: ", which
// Taipei condemned as provocative" after "China's military staged drills
// around Taiwan" aims Taipei's condemnation at China's military. Returns the
// source of the clause `clause` hangs from (`clause_source`, per clause) when
// `clause` is a relative opening with ", which" whose own subject acts,
// which has no object of its own (but what a naming verb calls the deed:
// "which Taipei called a provocation") nor reports a fact of it (a report
// whose verb is not "be": "which Pyongyang said involved a hydrogen bomb";
// "which Taipei said were provocative" reacts), and whose code `code` is talk (01-05,
// 10-13), and that source is resolved and not one of `sources`; else -1.
int32_t ReactionTarget(const SentenceAnalysis& analysis, const Clause& clause, const std::string& code,
                       const std::vector<int32_t>& clause_source, const std::vector<ActorMention>& mentions,
                       const std::vector<int32_t>& sources);

// The doer of the deed a reaction names by a deed reference
// (IsDeedReference in clause_reach.h): "Russia withdrew from the grain deal,
// and Ukraine condemned the move", "..., a move condemned by Ukraine", "...,
// a move that Kyiv condemned", "..., and the move was condemned by Kyiv".
// The reference is clause `c`'s first object, else the noun it modifies,
// else a passive's subject. Returns the source (`clause_source`, per
// clause) of the nearest clause before `c` whose verb comes before that
// reference, when `code` is talk or protest (01-05, 10-14) but no claim or
// denial of responsibility (015, 016: "an attack claimed by Islamic State"
// is not aimed at the attackers) and that source is resolved and not one of
// `sources` nor of their code; else -1.
int32_t DeedDoer(const SentenceAnalysis& analysis, uint32_t c, const std::string& code,
                 const std::vector<int32_t>& clause_source, const std::vector<ActorMention>& mentions,
                 const std::vector<int32_t>& sources);

// Whom a response is aimed at: for clause `c` whose verb answers a deed
// (word_classes::IsResponseVerb), or whose object or "of" phrase names a
// response (word_classes::IsResponseNoun: "vowed revenge", "warned of
// retaliation"), with hostile words, coercion or force
// (`code` 10-20), the source of the nearest clause before it
// (`clause_source`, per clause) when that is resolved and not one of
// `sources` nor of their code; else -1. "Trump imposed tariffs on Canada,
// and Canada retaliated with tariffs of its own" -> CAN 163 USAGOV.
int32_t RespondedTo(const SentenceAnalysis& analysis, uint32_t c, const std::string& code,
                    const std::vector<int32_t>& clause_source, const std::vector<ActorMention>& mentions,
                    const std::vector<int32_t>& sources);

// Whom a clause that shares its subject with the clause before it is aimed
// at when it names no one: that clause's targets (not paired events, among
// `events`; `by_clause`: their indices, per clause), for clause `c`
// coordinated with its parent with no subject of its own, or (for a
// refusal, sanction or coercion, 12, 16, 17, of the parent's root only) a
// participle set off by a comma below it ("imposed sanctions on India,
// cutting off most aid"), when
// - the parent consults (04) and `code` is cooperation in words (03-05):
//   "spoke by phone with Putin and agreed to begin negotiations";
// - or both are hostile words or coercion (10-17): "accused Iran of sending
//   missiles to Russia and announced new sanctions".
// Appends them to `targets`.
void TargetsOfTheClauseBefore(const SentenceAnalysis& analysis, uint32_t c, const std::string& code,
                              const std::vector<std::vector<size_t>>& by_clause,
                              const std::vector<CandidateEvent>& events, std::vector<int32_t>* targets);

// Whom a denial (016) that names no one answers: the source of an
// accusation or criticism (11) an earlier clause of the sentence aimed at
// the denier or its state, among `events` (`by_clause`: their indices, per
// clause): "Lebanese opposition leaders accused Syria ..., but Damascus
// denied any involvement" -> Syria 016 the opposition; so a refusal (12)
// answers any hostile act (10-17): "The U.S. Treasury imposed sanctions on
// Petro ..., and Petro said he would not back down". For a claim of
// responsibility (015), whom the claimant's own attack (18-20) in an
// earlier clause struck: "Al Shabaab gunmen stormed the Westgate mall ...,
// and the group claimed responsibility". An appeal for or demand of a
// release (0253, 1053) is aimed at whoever detained or abducted people
// (173, 181) in an earlier clause: "Mutinous soldiers detained President
// Keita ..., and the African Union demanded their immediate release". -1
// when none.
int32_t AnsweredParty(uint32_t c, const std::string& code, const std::vector<std::vector<size_t>>& by_clause,
                      const std::vector<CandidateEvent>& events, const std::vector<ActorMention>& mentions,
                      const std::vector<int32_t>& sources);

// Whom a threat or an offer (`code` 13 or 03) is aimed at when its clause
// `c` names no one: the subject of a condition ("if", "unless":
// IsCondition in clause_reach.h) that hangs from `c` or from a clause within
// it, when its subject names one actor (through `table`), resolved and
// neither one of `sources` nor of their code. "Iran threatened to close the
// Strait of Hormuz if the United States attacked" -> IRN 13x USA. -1
// otherwise.
int32_t PartyToTheCondition(const NpMentions& table, uint32_t c, const std::string& code,
                            const std::vector<ActorMention>& mentions, const std::vector<int32_t>& sources);

// Aims a threat (`code` 13) of clause `c` whose `targets` are all words
// before their phrase's head that name no actor of the phrase itself (a
// nationality qualifying a thing: "Russian" of "Russian gas") at the party
// to its condition (PartyToTheCondition), when there is one: "threatened to
// cut off the transit of Russian gas to Europe if the European Union
// imposed new sanctions" -> 13x at the EU, not at Russia. Else leaves
// `targets` as they are.
void AimAtTheThreatsCondition(const NpMentions& table, uint32_t c, const std::string& code,
                              const std::vector<ActorMention>& mentions, const std::vector<int32_t>& sources,
                              std::vector<int32_t>* targets);

// Aims a protest (`code` 14), or a show of force (15), of clause `c` whose `targets` are none, or only
// where it was (a place, or NamedAsWhere), at the first resolved actor (through `table`, an object's
// "of" phrases included) that an object, an "against" phrase or the
// subject of a that-clause of its purpose names (an infinitive, or a
// participle set off after it, whose actor is the protest's own and whose
// verb codes by `verb_codes`, not "waving Malian flags"), when that
// actor is neither one of `sources` nor of their code: "Thousands marched in
// Belgrade to denounce President Vucic" -> 141 on SRBGOV, not on Serbia;
// "marched through Hong Kong, demanding that Carrie Lam resign" -> on
// HKGGOV. Before its purpose, what the protesters' feeling is about
// ("Protesters angry at Macron's fuel tax increases torched cars" -> on
// FRAGOV) and what an "in protest" phrase (or the at/against/over phrase
// right after it) names ("in protest at China's deployment of an oil rig"
// -> on CHN). A show of force's purpose of holding others back (contain,
// quell, disperse, confront...) names them whether or not its verb codes:
// "deployed army troops ... to contain violent protests by supporters of
// Imran Khan" -> on PAKOPP. Else leaves `targets` as they are.
void AimAtThePurpose(const NpMentions& table, uint32_t c, const std::string& code,
                     const std::vector<ActorMention>& mentions, const std::vector<int32_t>& sources,
                     const std::function<bool(uint32_t)>& verb_codes, std::vector<int32_t>* targets);

// Whose thing the clause's first object is when a possessive pronoun owns
// it and that is another actor than every one of `sources`: "Russian drones
// that violated its airspace", after "Poland shot down", is Poland's
// airspace ("his" or "her" owning it, whatever the deed: "called Netanyahu
// and condemned his decision"; the doer's own thing has no owner to aim at).
// "Its" and "their" only for force, coercion and reduced relations (roots
// 15-20, `code`), and always an object whose head the pattern read (before token
// `pattern_end`, one past the pattern's last); failing such an object, the
// first "at", "against" or "into" phrase of the clause is asked the same
// ("fired 158 missiles at its cities"). -1 otherwise, or when no such actor
// comes before the pronoun. For a disapproval or rejection (11, 12), a read
// object a passive participle after it says someone made is that maker's:
// "vetoed two bills passed by the National Assembly" aims at KORLEG; a thing
// rejected or cut (12, 16) that a relative clause says was made "with"
// someone is theirs: "suspended the peace declaration it had signed with
// Cambodia" aims at Cambodia. For an
// investigation (09), an allegation, accusation or charge it names (an
// object or a phrase) whose clause tells what someone did is that doer's:
// "ordered an investigation into allegations that the government used
// spyware" aims at the government.
int32_t OwnerOfTheObject(const SentenceAnalysis& analysis, const Clause& clause, const std::string& code,
                         const std::vector<ActorMention>& mentions, const std::vector<int32_t>& sources,
                         uint32_t pattern_end);

// Whether `mention`, found as a target of a deed coded `primary` (and
// `paired`), takes no part in it: who is left out ("without Ukraine"), the
// broadcaster or press a statement is made on or told to ("said on state
// television", "told reporters"), where
// a visitor comes from ("arrived from Doha"), what is traded for ("in
// exchange for prisoners"; neither for TABARI's verbs, which read them as
// any phrase), whom the harm an investigation (09) looks into befell ("the
// killing of journalist X"; not for TABARI's verbs either), the country across a border where force or coercion is used
// ("killed militants on the border with Afghanistan"; with PETRARCH-2 or
// native patterns only: the older suites aim a march at it); and,
// when several sources meet or act together (`meeting_of_several`) or they
// consult (04), the venue ("in", "at", "within"), who looks on ("in the presence
// of"), where they met by the margins of it ("on the sidelines of"), the
// broker of what they agree ("brokered by"; not the attackers of those who
// fight together), and what talks or an intention to hold them (036) are
// about ("on", "about", an -ing clause after one, and what is discussed or
// debated: "to discuss security guarantees for Ukraine").
bool NoPartyToIt(const SentenceAnalysis& analysis, const ActorMention& mention, const std::string& primary,
                 const std::string& paired, bool meeting_of_several, dict::PatternSyntax syntax);

// Whether clause `home` is the "of" or "for" gerund of a disapproval (11) in clause `c`, coded `code`: what
// the charge alleges names the victim, never whom it charges ("accusing the party that rules the northern region
// of attacking a federal army base" is not aimed at the army).
bool AllegedDeed(const SentenceAnalysis& analysis, int32_t home, uint32_t c, std::string_view code);

// Whether `mention` lies in a "during" phrase, however deep ("violated its
// airspace during an attack on western Ukraine"): what went on meanwhile
// names no party to the clause.
bool InDuringPhrase(const SentenceAnalysis& analysis, const ActorMention& mention);
// The same for noun phrase `np` (false for kNone).
bool InDuringPhrase(const SentenceAnalysis& analysis, int32_t np);

// Whether NP `np` is the "by" doer of another clause that brokers or hosts
// ("freed prisoners under a deal brokered by the Vatican" frees no one of
// the Vatican's; but "the release of hostages held by Hamas" is Hamas's).
bool BrokerOfAnotherClause(const SentenceAnalysis& analysis, int32_t np, uint32_t c);

// The first resolved actor (not a place) within [begin, end), or -1; a
// possessor gives way to the actor it makes (PossessedActor).
int32_t FirstActorBetween(const std::vector<ActorMention>& mentions, uint32_t begin, uint32_t end);

// TABARI's source when the clause names none: the sentence's first resolved
// actor (not a place) that ends before `verb_begin`, whatever clause it
// lies in; -1 if none.
int32_t FirstActorBefore(const std::vector<ActorMention>& mentions, uint32_t verb_begin);

// Whether token `at` lies in a stretch set off by commas, after the first
// comma and not holding token `verb`, of at most ten words: TABARI drops
// such asides before it looks for a target ("Rohan deplored the decision,
// days after talks in Gondor, on Sunday": not Gondor). An aside between two
// commas goes first, so the stretch after it belongs to the one before it.
bool InShortCommaAside(const SentenceAnalysis& analysis, uint32_t at, uint32_t verb);

// The first time phrase after the clause's verb ("after", "during"...), in
// it or the clauses it governs (`clause` is one of `analysis.clauses`), or
// UINT32_MAX.
uint32_t FirstTimePhrase(const SentenceAnalysis& analysis, const Clause& clause);

// Whether `mention` lies in an object of `clause` whose head is a weapon
// (word_classes::IsWeaponNoun) the pattern read up to `pattern_end` as the
// deed's means: "used Iranian drones to attack Kyiv" names the drones'
// maker, not whom they hit, and "fired 130 artillery shells into the sea"
// the means (an agent's words), not a target.
// With `goods` (an aid code, 07 or 033), a name modifying the head of any object
// the pattern read into is its maker too: "donate 500 million Pfizer vaccine
// doses" gives Pfizer nothing.
bool NamesTheMeansMaker(const SentenceAnalysis& analysis, const Clause& clause, const ActorMention& mention,
                        uint32_t pattern_end, bool goods = false);

// Where the weapon a force pattern of clause `c` named struck, by a
// relative clause on its object whose verb tells the hit ("fired a missile
// that landed near Israel's Ben Gurion airport" -> Israel; hit, strike, land,
// crash, fall, explode...): the first resolved actor, not one of `sources`,
// of that clause's object or of its "in", "near", "on", "at", "into",
// "inside" or "outside" phrase; else -1.
int32_t WhereTheWeaponStruck(const NpMentions& table, const std::vector<ActorMention>& mentions, uint32_t c,
                             const std::vector<int32_t>& sources);

// Whether `mention` names a country only as where something is: on a
// border, for force ("killed 15 militants near the Afghan border"), or on
// open water ("seized a tanker in the Gulf of Oman"), or in a "between"
// phrase right after a sea, strait or border ("drills in the Tasman Sea
// between Australia and New Zealand").
bool NamedOnlyAsWhere(const SentenceAnalysis& analysis, const ActorMention& mention, bool force);

// Whether the mention names what a protest, rally, demonstration or riot
// is "over", "against" or "about", directly or through "of" phrases:
// its cause ("quelled protests over the ouster of the president").
bool CauseOfAProtest(const SentenceAnalysis& analysis, const ActorMention& mention);

// Whether the mention's phrase (or the coordination holding it) is the
// object of "in", "inside", "across", "throughout", "through", "near" or
// "around":
// where something happens ("rebels fighting in eastern Congo").
bool NamedAsWhere(const SentenceAnalysis& analysis, const ActorMention& mention);

// Whether the mention's phrase (or the coordination holding it) is the
// object of "over", "about", "on" or "regarding" (IsTopicPreposition): what
// something is about ("halted fighting over Nagorno-Karabakh"); but not
// the "on" of a restriction (IsRestrictionNoun), whom it falls on:
// "the US and the EU lifted sanctions on Iran".
bool NamedAsTopic(const SentenceAnalysis& analysis, const ActorMention& mention);

// Whether the mention is a court (a JUD code) named as the venue of a case
// or complaint ("at", "before", "with", "in", "to" it): "filed a case at the
// International Court of Justice accusing Israel" is a case against Israel.
bool NamedAsCourt(const SentenceAnalysis& analysis, const ActorMention& mention);

// Whether token `at` lies after the verb of clause `home`, a "what X called
// ..." clause that names the object of clause `c`: in "India hit what it
// called terrorist camps in Pakistan" the camps in Pakistan are what India
// hit. So does "what X said (claimed, alleged) were ...", whose name lies in
// the clause under "said": "launched strikes on what it said were Israeli spy
// headquarters".
bool NamedByWhatItCalled(const SentenceAnalysis& analysis, int32_t home, uint32_t c, uint32_t at);

// Whether `target_code` names a state or one of its organs ("ERI",
// "ERIMIL") of the country some source speaks for as a state ("ERI",
// "EGYGOV"): a state's comment or threat about its own organs is aimed at
// no one ("Eritrea denied that its troops were in Tigray").
bool SpeaksForItsState(const std::string& target_code, const std::vector<int32_t>& sources,
                       const std::vector<ActorMention>& mentions);

// The target clause `c`, coded with a code of root `root` by a verb of
// lemma `verb_lemma` with sources `sources`, takes from a clause it
// governs, appended to `*targets`: an appeal, demand or threat (02, 10,
// 13) is addressed to whoever must act in its complement or infinitive
// ("demanded that Russia withdraw", "urged Iran to halt"); a comment (01)
// or an allegation (11) concerns the subject of what it reports, before or
// after the speech verb ("said that Pakistan had made progress"; "Russia
// shelled Kharkiv, Ukraine said"); any act whose object is a that-clause
// concerns that clause's subject ("conceded that Rohan was right"). Never
// the speaker itself or, for a comment, its own state or organs; what a
// threat says the speaker will do, or a claim that it did, is aimed at
// whom that clause names ("warned that it would respond to any Israeli
// attack", "claimed it had attacked Iraq").
void AddresseeInComplement(const NpMentions& table, const std::vector<ActorMention>& mentions, uint32_t c,
                           std::string_view root, std::string_view verb_lemma, const std::vector<int32_t>& sources,
                           std::vector<int32_t>* targets);

// The actors of a "from" phrase of `clause` (where force came from: "were
// fired from Lebanon"), appended to `*sources`.
void ForceFromPlace(const NpMentions& table, const Clause& clause, std::vector<int32_t>* sources);

// The actors of the first "at", "on", "against" or "into" phrase of `clause`
// that names one other than `sources` (whom force was aimed at: "were fired
// from Lebanon at northern Israel"), appended to `*targets`.
void ForceAimedAt(const NpMentions& table, const Clause& clause, const std::vector<int32_t>& sources,
                  std::vector<int32_t>* targets);

// Whether `code` moves forces: military de-escalation (087x: "withdrew its
// troops") or a show of force (15x: "deployed its troops").
bool MovesForces(std::string_view code);

// Whether mention `t` is the forces of the state some source is or speaks
// for ("its troops" of Russia): the means of moving them, not a target.
bool OwnForces(const std::vector<ActorMention>& mentions, const std::vector<int32_t>& sources, int32_t t);

// Whether mention `t` is a role a possessive pronoun gives to the state some
// source is or speaks for ("opened its new embassy in Jerusalem", "recalled
// its ambassador from Israel" of the US, of Bahrain): the source's own, not
// whom it acts on.
bool OwnOrgan(const std::vector<ActorMention>& mentions, const std::vector<int32_t>& sources, int32_t t);

// Appends to empty `*targets` the first mention naming the bare country of
// a source that is a state's organ ("Sudan's army" -> "Sudan").
void OwnCountryNamed(const std::vector<ActorMention>& mentions, const std::vector<int32_t>& sources,
                     std::vector<int32_t>* targets);

// Whether an infinitive of clause `c` is addressed to people no actor names
// (its subject, other than `c`'s own, names no mention in
// `mention_of_np`): "urged all sides to return to talks".
bool AppealsToTheUnnamed(const SentenceAnalysis& analysis, uint32_t c, const std::vector<int32_t>& mention_of_np);

// Whether `clause` is a relative clause with no object of its own whose
// antecedent is a deed reference (IsDeedReference): what it does, it does
// to the deed ("a trip that EU leaders criticised as ...").
bool SpeaksOfADeed(const SentenceAnalysis& analysis, const Clause& clause);

// Whether an event coded `code` is a state's rule over its own country when
// no one else is named: emergency rule, curfew or censorship (172x) and
// their easing (081x).
inline bool FallsOnItsOwnCountry(std::string_view code) {
  return StartsWithText(code, "172") || StartsWithText(code, "081");
}

// The target no words name that `source` has in the event of `clause`
// coded `code`, whose `targets` (mentions of `mentions`) the words did
// name, or "", with `*how` it is known: a state's (not an armed group's)
// emergency rule, curfew or censorship (172x) with no target falls on its
// own state ("Ecuadorean President Daniel Noboa declared a state of
// emergency" -> ECU), and so does its easing (081x: "lifted martial law");
// a protest (14x) with no target but places, by people of a country (no
// state organ), that the clause or the source's phrase calls
// anti-government is against that country's government ("Thousands of
// Cubans took to the streets in anti-government protests" -> CUBGOV;
// "rallied in Belgrade" too).
std::string ImpliedTarget(const SentenceAnalysis& analysis, const Clause& clause, std::string_view code,
                          const ActorMention& source, const std::vector<int32_t>& targets,
                          const std::vector<ActorMention>& mentions, const char** how);

// Whether NP `np` is one of `clause`'s objects ("seized *Aleppo*") or what
// such an object is a share or a kind of place of ("seized most of
// *Aleppo*", "captured the town of *Bunia*"); not a phrase after another
// preposition ("in the Gulf").
bool IsObjectOf(const SentenceAnalysis& analysis, const Clause& clause, int32_t np);

}  // namespace khaldun::sentence_coding

#endif  // KHALDUN_CODE_TARGET_SEARCH_H_
