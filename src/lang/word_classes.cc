#include "lang/word_classes.h"

#include <cctype>
#include <string>

#include "lang/word_bits.h"
#include "lang/word_set.h"

namespace khaldun::word_classes {

using lang_internal::MakeSet;

namespace {

// The word classes word_bits.h gives as bits (asked through the functions
// below), with one filter over all of them: WordBitsOf rejects most words
// with a single test.
constexpr auto kBe = MakeSet("be", "is", "are", "was", "were", "been", "being", "am",
    "'s", "'re", "'m");
constexpr auto kHave = MakeSet("have", "has", "had", "having", "'ve", "'d");
constexpr auto kDo = MakeSet("do", "does", "did");
constexpr auto kGet = MakeSet("get", "gets", "got", "gotten", "getting");
constexpr auto kNegations = MakeSet("not", "n't", "never", "cannot");
constexpr auto kFutureModals = MakeSet("will", "'ll", "shall", "wo");
constexpr auto kSubordinators = MakeSet("as", "because", "while", "after", "before",
    "since", "although", "though", "if", "until", "unless", "whereas", "once", "whether", "when",
    "where", "whenever", "so");
constexpr auto kDateWords = MakeSet("monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "january", "february", "march", "april", "june", "july",
    "august", "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.",
    "sep.", "oct.", "nov.", "dec.", "today", "yesterday", "tomorrow", "tonight", "overnight");
constexpr auto kPeriodWords = MakeSet("week", "month", "year", "weekend", "morning",
    "afternoon", "evening", "night", "day", "decade", "summer", "winter", "spring", "autumn",
    "fall", "time", "weeks", "months", "years", "days", "hours", "minutes", "quarter", "century",
    "season");
constexpr auto kPeriodDeterminers = MakeSet("last", "next", "this", "that", "each",
    "every", "earlier", "later", "previous", "past", "coming", "same", "recent");
constexpr auto kDays = MakeSet("today", "yesterday", "tomorrow", "tonight", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday");
constexpr auto kFirstWords =
    MakeSet("on", "in", "with", "as", "because", "ahead", "according", "due", "instead", "out", "prior",
            "along", "such", "apart", "close", "next", "regardless", "together", "up", "thanks", "away",
            "outside", "by");
constexpr auto kSecondWords =
    MakeSet("behalf", "front", "addition", "response", "support", "favor", "favour", "charge", "the",
            "spite", "way", "regard", "respect", "well", "of", "to", "with", "as", "from");
// The last words of the two-word phrases, and the third words of the longer
// ones, of MultiWordPrepositionLength's table.
constexpr auto kPairEnds = MakeSet("of", "to", "with", "as", "from");
constexpr auto kThirdWords = MakeSet("of", "to", "wake", "as");
constexpr lang_internal::WordSetFilter kBitClassWords(kBe, kHave, kDo, kGet, kNegations, kFutureModals,
                                                      kSubordinators, kDateWords, kPeriodWords, kPeriodDeterminers,
                                                      kDays, kFirstWords, kSecondWords, kPairEnds, kThirdWords);

}  // namespace

Auxiliary AuxiliaryOf(std::string_view word) {
  if (kBe.Contains(word)) return Auxiliary::kBe;
  if (kHave.Contains(word)) return Auxiliary::kHave;
  if (kDo.Contains(word)) return Auxiliary::kDo;
  if (kGet.Contains(word)) return Auxiliary::kGet;
  return Auxiliary::kNone;
}

bool IsNegation(std::string_view word) {
  return kNegations.Contains(word);
}

bool IsFutureModal(std::string_view word) {
  return kFutureModals.Contains(word);
}

bool IsSubordinator(std::string_view word) {
  return kSubordinators.Contains(word);
}

bool IsRelativePronoun(std::string_view word) {
  static constexpr auto kRelativePronouns = MakeSet("who", "whom", "which", "that", "whose");
  return kRelativePronouns.Contains(word);
}

bool IsCorrelative(std::string_view word) {
  static constexpr auto kCorrelatives = MakeSet("neither", "either", "both");
  return kCorrelatives.Contains(word);
}

bool IsSpeechVerb(std::string_view lemma) {
  static constexpr auto kSpeechVerbs = MakeSet("say", "tell", "announce", "state", "claim", "add",
      "report", "insist", "warn", "deny", "confirm", "declare", "note", "argue", "explain",
      "stress", "reiterate", "assert", "allege", "acknowledge", "admit", "reply", "write", "tweet",
      "quote", "emphasize", "emphasise", "told", "said", "charge", "complain", "predict",
      "promise", "pledge", "vow", "threaten", "urge", "suggest", "indicate", "reveal", "disclose",
      "concede", "maintain");
  return kSpeechVerbs.Contains(lemma);
}

bool IsCognitionVerb(std::string_view lemma) {
  static constexpr auto kCognitionVerbs = MakeSet("believe", "think", "hope", "fear", "expect",
      "know", "feel", "show", "agree", "decide", "understand", "hear", "learn", "realize",
      "realise", "ensure", "estimate", "doubt", "worry", "suspect", "conclude", "find", "assume",
      "accept", "recognize", "recognise", "mean", "demand", "ask", "request", "order", "recommend",
      "propose");
  return kCognitionVerbs.Contains(lemma);
}

bool IsObjectControlVerb(std::string_view lemma) {
  static constexpr auto kObjectControl = MakeSet("urge", "ask", "tell", "force", "order", "allow",
      "invite", "persuade", "encourage", "push", "press", "pressure", "want", "expect", "require",
      "enable", "help", "compel", "instruct", "authorize", "authorise", "permit", "warn", "advise",
      "remind", "get", "cause", "oblige", "call", "appeal", "convince", "beg", "challenge", "command",
      "direct", "empower", "forbid", "implore", "inspire", "lead", "mandate", "prompt", "recruit",
      "request", "task", "train", "trust", "need", "prefer", "like", "order", "pay", "choose", "elect",
      "appoint", "send", "deploy", "mobilize", "mobilise");
  return kObjectControl.Contains(lemma);
}

bool IsDateWord(std::string_view word) {
  return kDateWords.Contains(word);
}

bool IsPeriodWord(std::string_view word) {
  return kPeriodWords.Contains(word);
}

bool IsPeriodDeterminer(std::string_view word) {
  return kPeriodDeterminers.Contains(word);
}

bool IsQuantityAdverb(std::string_view word) {
  static constexpr auto kQuantityAdverbs = MakeSet("about", "around", "nearly", "almost",
      "approximately", "roughly", "some", "only", "just", "over", "under", "up", "at", "more",
      "less", "fewer");
  return kQuantityAdverbs.Contains(word);
}

bool IsAdjectivalParticiple(std::string_view word) {
  static constexpr auto kParticiples = MakeSet("mounting", "growing", "increasing", "rising", "ongoing",
      "continuing", "escalating", "worsening", "deepening", "widening", "intensifying", "lingering",
      "looming", "unfolding", "spiralling", "spiraling", "deteriorating", "renewed", "sweeping",
      "unprecedented", "outgoing", "incoming", "upcoming", "existing", "remaining", "prevailing",
      "emerging", "leading", "ruling", "governing", "opposing", "neighbouring", "neighboring",
      "warring", "fighting", "sustained", "repeated", "stepped-up");
  return kParticiples.Contains(word);
}

bool IsPlaceNoun(std::string_view word) {
  static constexpr auto kPlaceNouns = MakeSet("port", "ports", "city", "cities", "town", "towns", "village",
      "villages", "district", "districts", "province", "provinces", "region", "regions", "capital", "outskirts",
      "suburb", "suburbs", "area", "areas", "county", "island", "islands", "enclave", "valley", "governorate",
      "prefecture", "municipality", "neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods", "state",
      "oblast", "commune", "centre", "center", "heart", "township", "townships", "slum", "slums");
  return kPlaceNouns.Contains(word);
}

bool IsLocalOfficeNoun(std::string_view word) {
  static constexpr auto kLocalOffices = MakeSet("mayor", "mayors", "governor", "governors");
  return kLocalOffices.Contains(word);
}

bool IsCompassPoint(std::string_view word) {
  static constexpr auto kPoints =
      MakeSet("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
              "north-west", "south-east", "south-west");
  return kPoints.Contains(word);
}

bool IsCityAreaWord(std::string_view word) {
  static constexpr auto kAreas =
      MakeSet("central", "downtown", "suburban", "northern", "southern", "eastern", "western", "northeastern",
              "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern",
              "south-western");
  return kAreas.Contains(word);
}

bool IsSiteNoun(std::string_view word) {
  static constexpr auto kSites = MakeSet("hospital", "hospitals", "school", "schools", "airport", "airports",
                                         "station", "stations", "university", "market", "markets", "mosque",
                                         "church", "stadium", "bridge", "harbour", "harbor", "port");
  return kSites.Contains(word);
}

bool IsBodyNameWord(std::string_view word) {
  static constexpr auto kBodyWords = MakeSet(
      "group", "party", "army", "front", "movement", "forces", "force", "union", "congress", "committee", "alliance",
      "council", "network", "cartel", "brigade", "brigades", "corps", "organization", "organisation", "league",
      "federation", "association", "brotherhood", "state", "province", "foundation", "society", "institute", "for",
      "the", "authority", "government", "administration", "ministry", "commission", "court", "agency", "department",
      "coalition", "command", "presidency", "tribunal", "regime", "junta", "assembly", "parliament", "police",
      "military", "navy", "guard", "office", "service", "bureau",
      // Such words of the armed movements' own languages, and names only movements bear: "Kataib Hezbollah"
      // (brigades), "Jaish al-Adl" (army), "Hayat Tahrir al-Sham", "Boko Haram", "Palestinian Islamic Jihad".
      "kataib", "kataeb", "asaib", "jaish", "lashkar", "harakat", "hizb", "hezbollah", "hizbollah", "hizbullah",
      "jamaat", "tehreek", "tehrik", "hayat", "tahrir", "taliban", "haram", "islamic", "mujahideen", "hamas",
      "shabaab", "al-shabaab");
  return kBodyWords.Contains(word);
}

bool IsVehicleNoun(std::string_view word) {
  static constexpr auto kVehicles = MakeSet("plane", "planes", "aircraft", "airplane", "airplanes", "flight",
                                            "flights", "truck", "trucks", "lorry", "lorries", "ship", "ships",
                                            "vessel", "vessels", "boat", "boats", "convoy", "convoys",
                                            "helicopter", "helicopters", "train", "trains", "van", "vans");
  return kVehicles.Contains(word);
}

bool IsVesselNoun(std::string_view word) {
  static constexpr auto kVessels =
      MakeSet("ship", "ships", "vessel", "vessels", "tanker", "tankers", "freighter", "freighters");
  return kVessels.Contains(word);
}

bool IsPersonalPropertyNoun(std::string_view word) {
  static constexpr auto kProperty = MakeSet("residence", "home", "house", "motorcade", "convoy", "car", "compound",
                                            "office", "villa", "palace", "plane", "jet", "helicopter", "estate",
                                            "apartment", "farm", "phone", "phones", "cellphone", "laptop",
                                            "passport", "passports", "assets", "property", "properties");
  return kProperty.Contains(word);
}

bool IsAssaultNoun(std::string_view word) {
  static constexpr auto kAssaultNouns = MakeSet("attack", "attacks", "strike", "strikes", "airstrike", "airstrikes",
      "assault", "assaults", "raid", "raids", "offensive", "bombing", "bombings", "shelling", "bombardment",
      "barrage", "incursion", "incursions", "onslaught");
  return kAssaultNouns.Contains(word);
}

bool IsWeaponNoun(std::string_view word) {
  static constexpr auto kWeapons = MakeSet("missile", "rocket", "bomb", "shell", "mortar", "drone", "grenade", "mine",
                                           "landmine", "device", "explosive", "bullet", "projectile", "munition",
                                           "torpedo", "warhead", "cannon", "artillery", "gas", "canister");
  return kWeapons.Contains(word);
}

bool IsDeedNoun(std::string_view word) {
  static constexpr auto kDeeds = MakeSet("move", "decision", "step", "action", "measure", "announcement", "attack",
                                         "strike", "launch", "test", "incursion", "raid", "killing", "arrest",
                                         "detention", "execution", "withdrawal", "deployment", "visit", "trip", "remark", "claim",
                                         "election", "referendum", "trial", "verdict", "ruling", "sentence",
                                         "investigation", "probe", "crackdown", "operation", "offensive",
                                         "invasion", "bombing", "shelling", "blockade", "incident", "drill",
                                         "exercise", "threat", "warning", "statement", "comment", "ultimatum",
                                         "annexation", "expulsion", "seizure", "overhaul", "reform");
  return kDeeds.Contains(word);
}

bool IsDeedOrChargeNoun(std::string_view word) {
  static constexpr auto kCharges = MakeSet("accusation", "allegation", "charge", "proposal", "offer");
  return IsDeedNoun(word) || kCharges.Contains(word);
}

bool IsChargeNoun(std::string_view lemma) {
  static constexpr auto kCharges = MakeSet("suspicion", "charge", "allegation", "accusation");
  return kCharges.Contains(lemma);
}

bool IsAllegianceWord(std::string_view word) {
  static constexpr auto kAllegiance = MakeSet("loyal", "close", "allied", "linked", "affiliated", "aligned", "tied",
                                              "opposed", "sympathetic", "faithful");
  return kAllegiance.Contains(word);
}

bool IsStanceAdjective(std::string_view word) {
  static constexpr auto kStances = MakeSet("angry", "furious", "upset", "unhappy", "frustrated", "disgruntled",
                                           "outraged", "incensed", "enraged", "dissatisfied", "disillusioned",
                                           "fearful", "wary", "suspicious", "hostile", "critical", "resentful",
                                           "indignant", "discontented", "disappointed");
  return kStances.Contains(word);
}

bool IsRestrictionNoun(std::string_view lemma) {
  static constexpr auto kRestrictions =
      MakeSet("sanction", "tariff", "embargo", "ban", "restriction", "curb", "levy", "duty", "boycott");
  return kRestrictions.Contains(lemma);
}

bool IsChargeVerb(std::string_view lemma) {
  static constexpr auto kCharging = MakeSet("charge", "accuse", "suspect", "convict", "indict", "acquit");
  return kCharging.Contains(lemma);
}

bool IsBeliefVerb(std::string_view lemma) {
  static constexpr auto kBelief = MakeSet("believe", "think", "say", "report", "allege", "understand", "know", "fear",
                                          "presume", "suspect", "rumour", "rumor");
  return kBelief.Contains(lemma);
}

bool IsGivingVerb(std::string_view lemma) {
  static constexpr auto kGiving = MakeSet("give", "send", "offer", "sell", "hand", "lend", "grant", "promise",
                                          "supply", "owe", "award");
  return kGiving.Contains(lemma);
}

bool IsSupplyVerb(std::string_view lemma) {
  static constexpr auto kSupply =
      MakeSet("supply", "provide", "deliver", "donate", "pledge", "promise", "sell", "give", "grant", "lend", "export",
              "gift", "make", "manufacture", "produce", "build", "design", "develop");
  return kSupply.Contains(lemma);
}

bool OpensDeedBeforeRelative(std::string_view preposition) {
  for (std::string_view each : {"in", "on", "over", "at", "during", "with"}) {
    if (EqualsLower(preposition, each)) return true;
  }
  return false;
}

bool IsPurposeNoun(std::string_view word) {
  static constexpr auto kPurposeNouns = MakeSet("mission", "missions", "effort", "efforts", "bid", "bids",
      "attempt", "attempts", "campaign", "drive", "push", "plan", "plans", "initiative", "initiatives", "strategy",
      "scheme", "programme", "program", "aim", "goal", "quest", "endeavour", "endeavor", "threat", "threats",
      "offer", "offers", "pledge", "pledges", "promise", "promises", "proposal", "proposals", "deadline",
      "ultimatum", "vow", "commitment", "readiness", "willingness", "intention", "decision", "order", "orders",
      "mandate", "authority", "right", "power");
  return kPurposeNouns.Contains(word);
}

bool IsDayWord(std::string_view word) {
  return kDays.Contains(word);
}

bool IsInstitutionNoun(std::string_view word) {
  static constexpr auto kInstitutions = MakeSet("government", "authorities", "regime", "junta", "army", "opposition",
      "military", "police", "parliament", "cabinet", "administration", "assembly", "legislature", "senate",
      "congress", "navy", "ministry", "presidency", "judiciary");
  return kInstitutions.Contains(word);
}

bool IsOfficeNoun(std::string_view word) {
  static constexpr auto kOffices = MakeSet("president", "leader", "minister", "premier", "chancellor", "king",
      "queen", "emir", "chief", "head", "envoy", "ambassador", "secretary", "commander", "governor", "mayor",
      "chairman", "chairwoman", "chair", "speaker", "spokesman", "spokeswoman", "representative");
  return kOffices.Contains(word);
}

bool IsGenericInstitutionWord(std::string_view word) {
  static constexpr auto kGeneric = MakeSet("national", "federal", "supreme", "constitutional", "high", "general",
                                           "grand", "legislative", "central", "state", "electoral", "upper", "lower");
  return kGeneric.Contains(word);
}

bool IsRoleThingNoun(std::string_view word) {
  static constexpr auto kThings = MakeSet("aid", "assistance", "support", "cooperation", "communications",
      "communication", "exercises", "exercise", "drills", "drill", "ties", "relations", "deal", "agreement",
      "agreements", "pact", "spending", "budget", "funding", "intervention", "operation", "operations",
      "campaign", "offensive", "presence", "buildup", "build-up", "capabilities", "capability", "equipment",
      "hardware", "technology", "training", "doctrine", "strategy", "reform", "reforms", "parade", "sales",
      "swap", "swaps", "exchange", "exchanges", "release", "releases");
  return kThings.Contains(word);
}

bool IsDocumentNoun(std::string_view word) {
  static constexpr auto kDocuments =
      MakeSet("resolution", "statement", "case", "lawsuit", "complaint", "letter", "report", "declaration",
              "communique", "motion", "bill", "petition", "decree", "indictment", "communiqué", "memorandum",
              "order", "directive", "proclamation", "ruling", "law", "ordinance", "paper", "document",
              "proposal", "note", "message");
  return kDocuments.Contains(word);
}

bool IsPeacekeepingWord(std::string_view word) {
  constexpr std::string_view kStem = "peacekeep";
  return word.size() >= kStem.size() && EqualsLower(word.substr(0, kStem.size()), kStem);
}

bool IsClaimVerb(std::string_view lemma) {
  static constexpr auto kClaim = MakeSet("claim", "admit", "acknowledge");
  return kClaim.Contains(lemma);
}

bool IsNamingVerb(std::string_view lemma) {
  static constexpr auto kNaming = MakeSet("call", "term", "dub", "label", "brand", "describe", "characterise",
                                          "characterize", "style");
  return kNaming.Contains(lemma);
}

bool IsGuiseVerb(std::string_view lemma) {
  static constexpr auto kGuise = MakeSet("dress", "disguise", "pose", "masquerade", "clothe", "serve", "act");
  return kGuise.Contains(lemma);
}

bool IsAccusingSpeechVerb(std::string_view lemma) {
  static constexpr auto kAccusing = MakeSet("say", "claim", "allege", "charge", "insist", "assert", "tell");
  return kAccusing.Contains(lemma);
}

bool IsStanceSpeechVerb(std::string_view lemma) {
  static constexpr auto kStance = MakeSet("accuse", "blame", "condemn", "denounce", "criticize", "criticise", "urge",
                                          "demand", "warn", "vow", "pledge", "appeal", "call", "add", "stress",
                                          "insist", "praise", "welcome", "thank", "reject", "dismiss");
  return kStance.Contains(lemma);
}

bool IsAspectVerb(std::string_view lemma) {
  static constexpr auto kAspect = MakeSet("keep", "continue", "start", "begin", "resume", "use");
  return kAspect.Contains(lemma);
}

bool IsAcronym(std::string_view word) {
  size_t letters = 0;
  for (char c : word) {
    if (c >= 'A' && c <= 'Z') ++letters;
    else if (c != '.') return false;
  }
  return letters >= 2 && letters <= 6;
}

bool IsCommemorationNoun(std::string_view lemma) {
  static constexpr auto kCommemoration = MakeSet("anniversary", "commemoration", "remembrance", "centenary",
                                                 "centennial", "jubilee");
  return kCommemoration.Contains(lemma);
}

bool IsHarmNoun(std::string_view lemma) {
  static constexpr auto kHarm = MakeSet("killing", "murder", "assassination", "death", "slaying", "shooting",
                                        "abduction", "kidnapping", "hijacking", "disappearance", "torture", "beating",
                                        "poisoning", "lynching", "rape", "massacre", "mistreatment", "arrest",
                                        "detention", "execution");
  return kHarm.Contains(lemma);
}

bool IsDirectiveVerb(std::string_view lemma) {
  static constexpr auto kDirective = MakeSet("order", "command", "instruct", "direct", "authorize", "authorise",
                                             "tell");
  return kDirective.Contains(lemma);
}

bool IsPressingVerb(std::string_view lemma) {
  static constexpr auto kPressing = MakeSet("pressure", "pressurize", "pressurise", "press", "push", "lobby", "prod",
                                            "nudge", "coax", "goad", "cajole", "badger");
  return kPressing.Contains(lemma);
}

bool IsHarmVerb(std::string_view lemma) {
  static constexpr auto kHarm = MakeSet("kill", "wound", "injure", "shoot", "arrest", "detain", "capture",
      "abduct", "kidnap", "execute", "behead", "massacre", "slaughter", "torture", "jail", "imprison");
  return kHarm.Contains(lemma);
}

bool IsForceVerb(std::string_view lemma) {
  static constexpr auto kForce = MakeSet("fight", "attack", "strike", "bomb", "shell", "hit", "pound", "raid", "ambush",
                                         "clash", "battle", "target", "storm", "kill", "shoot");
  return kForce.Contains(lemma);
}

bool IsOccurrenceVerb(std::string_view lemma, std::string_view next) {
  static constexpr auto kOccurrence = MakeSet("erupt", "flare", "rage", "continue", "intensify", "escalate",
      "resume", "occur", "happen", "ensue", "persist", "begin", "start");
  if (kOccurrence.Contains(lemma)) return true;
  return (lemma == "break" && next == "out") || (lemma == "take" && next == "place");
}

bool IsSupportVerb(std::string_view lemma) {
  static constexpr auto kSupport = MakeSet("begin", "start", "launch", "conduct", "mount", "stage", "resume",
      "continue", "intensify", "escalate", "wage", "undertake", "carry", "step", "expand", "renew", "announce",
      "unveil", "order", "approve", "authorize", "authorise");
  return kSupport.Contains(lemma);
}

bool IsParticipationVerb(std::string_view lemma, std::string_view object_head) {
  static constexpr auto kParticipation = MakeSet("participate", "engage", "suffer", "lose", "involve", "join");
  return kParticipation.Contains(lemma) || (lemma == "take" && EqualsLower(object_head, "part"));
}

bool IsRegionWord(std::string_view word) {
  static constexpr auto kRegions = MakeSet("world", "europe", "africa", "asia", "america", "americas", "continent",
      "region", "gulf", "mideast", "caucasus", "balkans", "sahel");
  return kRegions.Contains(word);
}

bool IsTimePreposition(std::string_view word) {
  static constexpr auto kTime = MakeSet("after", "before", "since", "until", "during", "amid", "following");
  return kTime.Contains(word);
}

bool IsEventDatingPreposition(std::string_view word) {
  return EqualsLower(word, "during") || EqualsLower(word, "after") || EqualsLower(word, "before");
}

bool IsWaterBodyNoun(std::string_view word) {
  // (Any case: "the Indian Ocean", "the Arabian Sea".)
  static constexpr auto kWaters = MakeSet("sea", "gulf", "strait", "straits", "ocean", "bay", "waters", "channel");
  if (word.empty() || word.size() > 8) return false;
  std::string lower(word);
  lower[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(lower[0])));
  return kWaters.Contains(lower);
}

bool IsBorderNoun(std::string_view word) {
  static constexpr auto kBorders = MakeSet("border", "borders", "frontier", "frontiers", "boundary");
  return kBorders.Contains(word);
}

bool IsBrokerVerb(std::string_view lemma) {
  static constexpr auto kBroker =
      MakeSet("broker", "mediate", "facilitate", "sponsor", "host", "arrange", "chair", "organise", "organize");
  return kBroker.Contains(lemma);
}

bool IsCollectiveNoun(std::string_view word) {
  static constexpr auto kCollectives =
      MakeSet("group", "groups", "team", "teams", "band", "bands", "gang", "gangs", "squad", "squads", "unit", "units",
              "cell", "number", "dozens", "hundreds", "thousands", "scores", "members", "crowd", "crowds", "mob",
              "mobs");
  return kCollectives.Contains(word);
}

bool IsShareNoun(std::string_view word) {
  static constexpr auto kShares =
      MakeSet("most", "much", "part", "parts", "half", "rest", "swathes", "swaths", "control");
  return kShares.Contains(word);
}

bool IsRuleOutVerb(std::string_view lemma, std::string_view particle) {
  if (lemma == "exclude") return true;
  return lemma == "rule" && EqualsLower(particle, "out");
}

bool IsResponseVerb(std::string_view lemma, std::string_view particle) {
  if (lemma == "retaliate" || lemma == "respond" || lemma == "reply") return true;
  return (lemma == "hit" || lemma == "strike") && EqualsLower(particle, "back");
}

bool IsResponseNoun(std::string_view word) {
  static constexpr auto kResponses =
      MakeSet("response", "retaliation", "revenge", "reprisal", "vengeance", "retribution", "riposte",
              "countermeasure", "counter-measure");
  return kResponses.Contains(word);
}

bool IsCallOffVerb(std::string_view lemma, std::string_view particle) {
  static constexpr auto kCallOff =
      MakeSet("postpone", "cancel", "delay", "defer", "scrap", "shelve", "scrub", "abandon");
  if (kCallOff.Contains(lemma)) return true;
  // "call off" and "put off" only: "put back" and "push back" also mean
  // returning and resisting.
  return (lemma == "call" || lemma == "put") && EqualsLower(particle, "off");
}

bool IsCollapseVerb(std::string_view lemma, std::string_view particle) {
  if (lemma == "collapse" || lemma == "fail" || lemma == "unravel" || lemma == "falter" || lemma == "expire" ||
      lemma == "lapse") {
    return true;
  }
  return (lemma == "break" && EqualsLower(particle, "down")) || (lemma == "fall" && EqualsLower(particle, "apart"));
}

bool IsNameParticle(std::string_view word) {
  static constexpr auto kParticles =
      MakeSet("da", "de", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van", "von", "bin", "ibn");
  return kParticles.Contains(word);
}

bool IsWitnessNoun(std::string_view word) {
  static constexpr auto kWitness = MakeSet("presence", "auspices", "sponsorship", "witness", "witnesses");
  return kWitness.Contains(word);
}

bool IsVenueNoun(std::string_view word) {
  static constexpr auto kVenues = MakeSet("sidelines", "sideline", "margins", "margin");
  return kVenues.Contains(word);
}

bool IsTalkNoun(std::string_view word) {
  static constexpr auto kTalk = MakeSet("talks", "negotiations", "discussions", "consultations", "dialogue", "meeting",
      "summit", "conference", "agreement", "deal", "accord", "pact", "treaty", "proposal", "plan", "framework",
      "memorandum", "resolution", "vote", "referendum");
  return kTalk.Contains(word);
}

bool IsAdministrativeDivisionWord(std::string_view word) {
  static constexpr auto kDivisions = MakeSet("state", "province", "region", "district", "county", "governorate",
                                             "oblast", "prefecture", "department");
  return kDivisions.Contains(word);
}

bool IsWishVerb(std::string_view lemma) {
  static constexpr auto kWish = MakeSet("want", "wish", "like", "prefer");
  return kWish.Contains(lemma);
}

bool IsCaptureVerb(std::string_view lemma) {
  static constexpr auto kCapture = MakeSet("seize", "capture", "overrun", "occupy", "storm", "retake", "recapture");
  return kCapture.Contains(lemma);
}

bool IsVowVerb(std::string_view lemma) {
  static constexpr auto kVow = MakeSet("vow", "pledge", "promise", "swear");
  return kVow.Contains(lemma);
}

bool IsCessationVerb(std::string_view lemma) {
  static constexpr auto kCessation =
      MakeSet("stop", "cease", "halt", "suspend", "end", "quit", "discontinue", "pause", "freeze");
  return kCessation.Contains(lemma);
}

bool IsLiftingVerb(std::string_view lemma) {
  static constexpr auto kLifting = MakeSet("lift", "ease", "relax", "loosen", "remove", "rescind", "revoke");
  return kLifting.Contains(lemma);
}

bool IsMostlyIntransitiveVerb(std::string_view lemma) {
  static constexpr auto kIntransitive =
      MakeSet("resign", "retreat", "withdraw", "arrive", "return", "gather", "rally", "march", "die", "surrender",
              "quit", "rise", "fall", "collapse", "emerge", "go", "come", "travel", "riot", "demonstrate", "protest",
              "flee", "escape", "retire", "step", "stay", "remain", "disappear", "vanish", "speak", "respond",
              "retaliate", "advance", "pull", "clash", "erupt", "explode", "sleep", "wait", "agree",
              "disagree", "vote", "abstain", "testify", "appear", "complain", "object", "succeed", "fail");
  return kIntransitive.Contains(lemma);
}

bool IsBareInfinitiveVerb(std::string_view lemma) {
  static constexpr auto kBareInfinitive = MakeSet("help", "make", "let", "see", "watch", "hear");
  return kBareInfinitive.Contains(lemma);
}

bool IsSpeculativeModal(std::string_view word) {
  static constexpr auto kSpeculative = MakeSet("might", "may", "could");
  return kSpeculative.Contains(word);
}

bool IsPronominalDeterminer(std::string_view word) {
  static constexpr auto kPronominalDeterminers = MakeSet("this", "that", "these", "those", "all",
      "both", "some", "each", "any", "another", "either", "neither", "none", "many", "much", "few",
      "several");
  return kPronominalDeterminers.Contains(word);
}

uint32_t WordBitsOf(std::string_view word) {
  if (!kBitClassWords.MayContain(word)) return 0;  // most words
  uint32_t bits = static_cast<uint32_t>(AuxiliaryOf(word)) << kAuxiliaryShift;
  if (IsDateWord(word)) bits |= kDateWordBit;
  if (IsPeriodWord(word)) bits |= kPeriodWordBit;
  if (IsPeriodDeterminer(word)) bits |= kPeriodDeterminerBit;
  if (IsDayWord(word)) bits |= kDayWordBit;
  if (IsSubordinator(word)) bits |= kSubordinatorBit;
  if (IsNegation(word)) bits |= kNegationBit;
  if (IsFutureModal(word)) bits |= kFutureModalBit;
  if (MayOpenMultiWordPreposition(word)) bits |= kPrepositionFirstBit;
  if (MayContinueMultiWordPreposition(word)) bits |= kPrepositionSecondBit;
  if (MayEndTwoWordPreposition(word)) bits |= kPrepositionPairEndBit;
  if (MayBeThirdOfMultiWordPreposition(word)) bits |= kPrepositionThirdBit;
  return bits;
}

bool MayOpenMultiWordPreposition(std::string_view word) {
  return kFirstWords.Contains(word);
}

bool MayContinueMultiWordPreposition(std::string_view word) {
  return kSecondWords.Contains(word);
}

bool MayEndTwoWordPreposition(std::string_view word) { return kPairEnds.Contains(word); }

bool MayBeThirdOfMultiWordPreposition(std::string_view word) { return kThirdWords.Contains(word); }

size_t MultiWordPrepositionLength(std::span<const std::string_view> words) {
  // Closed class, so a table in code: whole phrases, one space between words.
  // No phrase is the start of another, so the first length found is the only
  // match.
  static constexpr auto kPhrases = MakeSet(
      "on behalf of", "in front of", "in addition to", "in response to", "in support of",
      "in favor of", "in favour of", "in charge of", "in the wake of", "in spite of", "by way of",
      "with regard to", "with respect to", "as well as", "because of", "ahead of", "according to",
      "due to", "instead of", "out of", "prior to", "along with", "such as", "apart from",
      "close to", "next to", "regardless of", "together with", "up to", "thanks to", "away from",
      "outside of");
  static constexpr size_t kMaxWords = 4;
  // Most tokens fail on their first or second word, before any joining.
  if (words.size() < 2 || !MayOpenMultiWordPreposition(words[0]) || !MayContinueMultiWordPreposition(words[1])) {
    return 0;
  }
  char joined[24];  // the longest phrase has 15 bytes
  size_t size = 0;
  for (size_t k = 0; k < words.size() && k < kMaxWords; ++k) {
    const std::string_view word = words[k];
    if (size + (k > 0) + word.size() > sizeof(joined)) return 0;
    if (k > 0) joined[size++] = ' ';
    // Copied byte by byte: the words are short, and a token with a space in
    // it must not pass for two words.
    for (const char c : word) {
      if (c == ' ') return 0;
      joined[size++] = c;
    }
    if (k > 0 && kPhrases.Contains(std::string_view(joined, size))) return k + 1;
  }
  return 0;
}

}  // namespace khaldun::word_classes
