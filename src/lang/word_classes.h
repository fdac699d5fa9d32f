// Closed word classes the phrase and clause rules ask about.
//
// These are grammar, not vocabulary: auxiliaries, negation, complementisers,
// subordinators, multi-word prepositions, speech and cognition verbs (which
// take reported clauses), and the time words that make a bare NP an adverbial
// ("said Wednesday"). Lookups compare ASCII case-insensitively and allocate
// nothing.
#ifndef KHALDUN_LANG_WORD_CLASSES_H_
#define KHALDUN_LANG_WORD_CLASSES_H_

#include <span>
#include <string_view>

namespace khaldun::word_classes {

enum class Auxiliary { kNone, kBe, kHave, kDo, kGet };

// "is", "were", "been", "'s" (tag decides elsewhere) -> kBe; "has", "had" -> kHave ...
Auxiliary AuxiliaryOf(std::string_view word);
// not, n't, never, cannot
bool IsNegation(std::string_view word);
// will, 'll, shall, wo (of "won't")
bool IsFutureModal(std::string_view word);
// Adverbial subordinators that open a finite clause: as, because, while, after,
// before, since, although, though, if, until, unless, whereas, once, whether, when.
bool IsSubordinator(std::string_view word);
// Relative pronouns: who, whom, which, that (when tagged WDT/WP), whose.
bool IsRelativePronoun(std::string_view word);
// Verbs whose that-clause is reported speech: say, tell, announce, ...
bool IsSpeechVerb(std::string_view lemma);
// "neither", "either", "both": words that open a coordination (any case).
bool IsCorrelative(std::string_view word);
// Verbs taking a that-clause that is not speech: believe, hope, fear, ...
bool IsCognitionVerb(std::string_view lemma);
// Verbs whose object controls a following infinitive ("urged Iran to
// halt"); after other verbs the subject does ("attended talks to end the war").
bool IsObjectControlVerb(std::string_view lemma);
// Weekdays, months (and abbreviations), today/yesterday/tomorrow/tonight.
bool IsDateWord(std::string_view word);
// week, month, year, weekend, morning, ...: temporal after last/next/this/that/each/every.
bool IsPeriodWord(std::string_view word);
// last, next, this, that, each, every, earlier, later
bool IsPeriodDeterminer(std::string_view word);
// about, around, nearly, almost, approximately, roughly, some, only, just, over, under
bool IsQuantityAdverb(std::string_view word);
// -ing/-ed words that before a noun are adjectives even right after a verb:
// "faces mounting pressure", "condemned the ongoing violence".
bool IsAdjectivalParticiple(std::string_view word);
// Nouns naming a kind of place, whose "of" phrase is a place: "the port of
// Odesa", "the outskirts of Kabul", "the centre of Sumy", "Helmand province".
bool IsPlaceNoun(std::string_view word);
// Offices of a town or province, whose "of" phrase is the place they govern:
// "the mayor of Istanbul", "the governor of Kherson".
bool IsLocalOfficeNoun(std::string_view word);
// Points of the compass, whose "of" phrase is a place: "a plane crash
// north of Moscow", "20 km southwest of Kabul".
bool IsCompassPoint(std::string_view word);
// Lower-case words that before a city's name make it an area of the city:
// "central Islamabad", "downtown Kyiv", "southern Beirut".
bool IsCityAreaWord(std::string_view word);
// Buildings and sites a city has, which its possessive owns as a place:
// "Kyiv's main children's hospital", "Kabul's airport".
bool IsSiteNoun(std::string_view word);
// Words (any case) that make a dictionary name of several words a body's,
// not a person's: "WAGNER_GROUP", "ISLAMIC_STATE", "POPULAR_FRONT_FOR_...".
bool IsBodyNameWord(std::string_view word);
// Nouns for what carries people or goods: "planes", "trucks", "a ship".
bool IsVehicleNoun(std::string_view word);
// Ships that sail under a flag: "ship", "vessel", "tanker", "freighter"
// and their plurals (not warships, a state's own).
bool IsVesselNoun(std::string_view word);
// Nouns for a person's residence, transport or belongings, which "his" or
// "her" makes that person's: "opened fire on his motorcade", "raided her
// home", "seized his phone", "froze her assets".
bool IsPersonalPropertyNoun(std::string_view word);
// Nouns of an armed assault, whose "on" or "against" phrase is the place hit:
// "a drone attack on Tel Aviv", "strikes on Rafah", "the assault on Bakhmut".
bool IsAssaultNoun(std::string_view word);
// Nouns of what is fired, dropped or set off (singular forms; compare
// lemmas): "shot down by a missile fired by rebels".
bool IsWeaponNoun(std::string_view word);
// Nouns that stand for a deed as a whole, which "the" or a comma's "a"
// makes one told of before: "..., and Ukraine condemned the move", "...,
// a decision criticised by Kyiv", "denounced the threat" (a move, an
// attack, a threat, a statement, an annexation...; singular forms; compare
// lemmas).
bool IsDeedNoun(std::string_view word);
// Deed nouns (a court's trial or verdict among them) and the nouns of a
// charge or an offer made, which a comma's (or a preposition's) "a" sets
// off before a relative
// clause without "that": ", a charge Abu Dhabi has denied", ", a proposal
// Kyiv rejected", "in a trial Washington denounced" (singular forms).
bool IsDeedOrChargeNoun(std::string_view word);

// Whether lemma `lemma` names what someone is held to have done: a
// suspicion, charge, allegation or accusation ("arrested on suspicion of
// helping militants").
bool IsChargeNoun(std::string_view lemma);

// Whether `word` (lower case) ties a noun to whom it sides with or is near
// before "to": loyal, close, allied, linked, affiliated, aligned, tied,
// opposed, sympathetic, faithful ("forces loyal to Gaddafi").
bool IsAllegianceWord(std::string_view word);
// Whether `word` (lower case) is an adjective of feeling towards something,
// whose prepositional phrase a noun before it takes: "protesters angry at
// the tax", "farmers unhappy with the deal", "residents fearful of reprisals".
bool IsStanceAdjective(std::string_view word);

// Whether noun lemma `lemma` names a restriction laid "on" someone:
// sanction, tariff, embargo, ban, restriction, curb, levy, duty, boycott
// ("lifted sanctions on Iran").
bool IsRestrictionNoun(std::string_view lemma);

// Whether verb lemma `lemma` holds someone to have done something, told
// by "with" or "of": charge, accuse, suspect, convict, indict, acquit
// ("the officer charged with murdering", "accused of spying").
bool IsChargeVerb(std::string_view lemma);

// Whether verb lemma `lemma`, passive before "to be" or "to have", tells what someone is believed or said to
// be: believe, think, say, report, allege, understand, know, fear, presume, suspect, rumour, rumor.
bool IsBeliefVerb(std::string_view lemma);

// Whether verb lemma `lemma` takes the receiver and the thing given as two objects ("gave Ukraine tanks"):
// give, send, offer, sell, hand, lend, grant, promise, supply, owe, award.
bool IsGivingVerb(std::string_view lemma);

// Whether verb lemma `lemma`, passive on a weapon ("tanks promised by the United States", "drones made by Iran"),
// names who supplied or made it, not who used it: supply, provide, deliver, donate, pledge, promise, sell, give,
// grant, lend, export, gift, make, manufacture, produce, build, design, develop.
bool IsSupplyVerb(std::string_view lemma);

// Prepositions of place or manner ("in", "on", "over", "at", "during",
// "with"; not "after" or "before", which open clauses of time) after which
// "a" and a deed noun may take such a relative clause: "in a trial
// Washington denounced as a sham".
bool OpensDeedBeforeRelative(std::string_view preposition);
// Nouns whose infinitive states an aim, not a deed: "a mission to end the
// war", "efforts to counter the militants", "a threat to boycott the Games".
bool IsPurposeNoun(std::string_view word);
// Days, and today/yesterday/tomorrow/tonight: after a noun they start a time
// phrase of their own ("in Ukraine today", "lawmakers Tuesday endorsed").
bool IsDayWord(std::string_view word);
// Two to six capitals, dots allowed: an abbreviation news uses as a name or
// an adjective ("EU", "NATO", "U.S.", "ECOWAS").
bool IsAcronym(std::string_view word);
// Nouns of a date that recalls a past deed: anniversary, commemoration,
// remembrance ("the anniversary of the invasion").
bool IsCommemorationNoun(std::string_view lemma);
// Nouns of harm done to someone, whose "of" phrase names the one harmed:
// killing, murder, assassination, death, abduction, hijacking, torture, arrest...
// ("an inquiry into the killing of a journalist"; compare lemmas).
bool IsHarmNoun(std::string_view lemma);
// Nouns naming a state's institutions rather than a person holding a role:
// "the government", "the army", "the authorities", "the opposition".
bool IsInstitutionNoun(std::string_view word);
// Nouns of an office a person holds, which an "of" phrase may tie to a
// state: "the president of Cyprus", "the leader", "the prime minister".
bool IsOfficeNoun(std::string_view word);
// Capitalised words that name an institution every state may have, not
// whose it is: "the National Assembly", "the Supreme Court".
bool IsGenericInstitutionWord(std::string_view word);
// Things a role word may qualify that are no body of people and act for
// none: "military aid", "security cooperation", "military exercises".
bool IsRoleThingNoun(std::string_view word);
// Nouns of documents a party issues, adopts or files, which speak for it:
// "a resolution condemning Israel", "a case accusing Myanmar", "a diplomatic
// note asking India to extradite her".
bool IsDocumentNoun(std::string_view word);
// Words of peacekeeping ("peacekeepers", "a peacekeeping force"): troops
// that serve where they are sent, never the state that hosts them.
bool IsPeacekeepingWord(std::string_view word);
// Verbs that claim a deed as one's own: "claimed it had attacked Iraq".
bool IsClaimVerb(std::string_view lemma);
// Verbs that name a thing as something ("called", "described as"): in
// "struck what it called terrorist camps" the naming is a hedge.
bool IsNamingVerb(std::string_view lemma);
// Verbs whose participle takes "as" and the guise or role worn: "gunmen
// dressed as hunters", "posing as police", "serving as peacekeepers".
bool IsGuiseVerb(std::string_view lemma);
// Verbs of saying that, told of another's violence, accuse it: "said
// Hamas fired rockets" (not "reported", "announced", "quoted").
bool IsAccusingSpeechVerb(std::string_view lemma);
// Verbs of a speaker's own stance toward another, which a reported deed's doer
// seldom does: accuse, blame, condemn, urge, demand, warn, vow...
// ("said Russian warplanes had bombed Poti, and accused Moscow of ...").
bool IsStanceSpeechVerb(std::string_view lemma);
// Aspect verbs, which pass their complement on: "keep supporting"; and
// "use", whose purpose is its user's deed ("agreed to use frozen assets to
// help Ukraine" agreed to help it).
bool IsAspectVerb(std::string_view lemma);
// Verbs of pressing someone to act ("pressured Berlin to send tanks"): what
// they press for has not happened.
bool IsPressingVerb(std::string_view lemma);
// Verbs whose infinitive is an order not yet carried out: "ordered the army
// to attack".
bool IsDirectiveVerb(std::string_view lemma);
// Verbs that harm people where they are: "killed 20 people at a market in
// Yemen" names the victims' country, "deployed troops in Iraq" does not.
bool IsHarmVerb(std::string_view lemma);
// Verbs of using force on someone: fight, attack, strike, bomb, shell, hit,
// pound, raid, ambush, clash, battle, target, storm, kill, shoot ("struck
// militants in central Mali").
bool IsForceVerb(std::string_view lemma);
// Verbs that only say an event happened: "clashes erupted between X and Y";
// with the particle or bare object after them: "fighting broke out", "talks
// took place" (`next` may be empty).
bool IsOccurrenceVerb(std::string_view lemma, std::string_view next);
// Verbs that only carry out the event their object names: "began a ground
// invasion of Lebanon", "carried out strikes on", "announced sanctions
// against", "ordered an offensive against".
bool IsSupportVerb(std::string_view lemma);
// Verbs whose subject takes part in the event their "in" phrase names:
// "suffered losses in clashes with", "participated in talks with", "lost ten
// soldiers in fighting with", "were involved in clashes with" ("take" counts
// with "part": "took part in"; `object_head` is its object's head word).
bool IsParticipationVerb(std::string_view lemma, std::string_view object_head);
// Continents, regions and the world: "Europe's largest plant" ranks, a
// country's possessive owns.
bool IsRegionWord(std::string_view word);

// Prepositions opening a time phrase: "after", "during", "amid"...
bool IsTimePreposition(std::string_view word);
// "during", "after", "before": the time prepositions whose phrase dates a
// clause's deed by another event, which happened ("rejected the plan during
// talks with Trump" held the talks).
bool IsEventDatingPreposition(std::string_view word);

// "sea", "gulf", "strait": open water, no country's place.
bool IsWaterBodyNoun(std::string_view word);

// "border", "frontier": a country named on one is where, not whom.
bool IsBorderNoun(std::string_view word);

// Verbs of brokering or hosting what others agree: "a deal brokered by",
// "talks hosted by", "a truce mediated by".
bool IsBrokerVerb(std::string_view lemma);
// Verbs that call off what their object (or passive subject) names: "a
// visit ... was postponed", "cancelled talks with Kyiv", and the phrasal
// ones with their particle ("called off the talks", "put off the vote").
// `particle` is the verb group's particle as written, empty when it has none.
bool IsCallOffVerb(std::string_view lemma, std::string_view particle);

// Verbs saying that what their subject names failed or ran out: "the truce
// ... collapsed", "talks broke down", "the deal fell apart", "the ceasefire
// expired" (the phrasal ones with their particle, as IsCallOffVerb).
bool IsCollapseVerb(std::string_view lemma, std::string_view particle);

// Nouns of a band or a number of people whose doers are the members an "of"
// phrase names: "a group of gunmen", "a team of agents", "dozens of
// soldiers", "members of the militia".
bool IsCollectiveNoun(std::string_view word);

// Nouns of a share of something, or of control over it: "most of Aleppo",
// "parts of Kherson", "control of Goma".
bool IsShareNoun(std::string_view word);

// Verbs of answering a deed with one's own: "retaliated with tariffs",
// "hit back", "struck back", "responded with air strikes" (the phrasal ones
// with their particle, as IsCallOffVerb).
bool IsResponseVerb(std::string_view lemma, std::string_view particle);
// Nouns of such an answer, promised or threatened: "vowed a harsh
// response", "threatened retaliation" (singular forms; compare lemmas).
bool IsResponseNoun(std::string_view word);

// Verbs that exclude an option: "ruled out sending troops", "excluded
// talks". Not excluding it ("did not rule out using force") is weighing it.
bool IsRuleOutVerb(std::string_view lemma, std::string_view particle);

// Lower-case particles inside names: "Mocimboa da Praia", "Rio de Janeiro",
// "Bandar bin Sultan".
bool IsNameParticle(std::string_view word);

// "presence", "auspices", "witness": whoever "of" follows one looks on or
// sponsors; they are no party to what others agree ("signed a deal in the
// presence of King Salman").
bool IsWitnessNoun(std::string_view word);
// "sidelines", "margins": whatever "of" follows one is where something
// happened ("signed a pact on the sidelines of the G7 summit").
bool IsVenueNoun(std::string_view word);
// "talks", "summit", "agreement", "pact", "plan": nouns of talk, agreement or
// proposal, which a place or a topic phrase after them qualifies ("talks in
// Tokyo" say where they were held, not whose they were).
bool IsTalkNoun(std::string_view word);

// Nouns naming an administrative division after its name: "Kaduna state",
// "Helmand province", "Donetsk oblast".
bool IsAdministrativeDivisionWord(std::string_view word);
// Verbs of wanting whose object may do their infinitive: "wants Putin to
// attack" is a wish about Putin, not the subject's own intention.
bool IsWishVerb(std::string_view lemma);
// Verbs of taking a place by force: "seized Damascus", "overran the town".
bool IsCaptureVerb(std::string_view lemma);
// Verbs of vowing: what one vows to do to another in harm is a threat
// ("vowed to impose sanctions on Washington").
bool IsVowVerb(std::string_view lemma);
// Verbs taking a bare infinitive after their object: "helped militants
// join", "let inspectors enter".
bool IsBareInfinitiveVerb(std::string_view lemma);
// Verbs of ceasing whose gerund is what stops: "stopped supplying
// weapons", "halted shelling", "suspended negotiating".
bool IsCessationVerb(std::string_view lemma);
// Verbs of taking back a restriction already laid: lift, ease, relax,
// loosen, remove, rescind, revoke ("lifted its sanctions on Iran": the
// sanctions are not laid anew).
bool IsLiftingVerb(std::string_view lemma);
// Verbs that news uses without an object, so an object after a verb
// coordinated with them is not theirs: "resigned and fled the country",
// "withdrew and shelled the town".
bool IsMostlyIntransitiveVerb(std::string_view lemma);
// Modals of speculation: "might", "may", "could".
bool IsSpeculativeModal(std::string_view word);
// Demonstrative and quantifier determiners that can stand alone as an NP.
bool IsPronominalDeterminer(std::string_view word);

// The number of words of a multi-word preposition starting at words[0]
// ("because of", "on behalf of", "according to", "ahead of"), or 0.
size_t MultiWordPrepositionLength(std::span<const std::string_view> words);
// Whether `word` is the first word of some multi-word preposition ("in",
// "because"), and whether it is the second of one ("front", "of"):
// MultiWordPrepositionLength is 0 unless both hold for words[0] and words[1].
bool MayOpenMultiWordPreposition(std::string_view word);
bool MayContinueMultiWordPreposition(std::string_view word);
// Whether `word` ends a two-word preposition ("of" in "because of"), and
// whether it is the third word of a longer one ("of" in "in front of",
// "wake"): MultiWordPrepositionLength is 0 unless words[1] may end a pair
// or words[2] may be such a third word.
bool MayEndTwoWordPreposition(std::string_view word);
bool MayBeThirdOfMultiWordPreposition(std::string_view word);

// ASCII case-insensitive equality with an already lower-case `lower`.
// Inline: called per token and per table entry, mostly failing on length.
inline bool EqualsLower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

}  // namespace khaldun::word_classes

#endif  // KHALDUN_LANG_WORD_CLASSES_H_
