// The coder tests' fixture: a small dictionary written for them (native
// format) and a Coder built from it once per test binary. Shared by
// coder_test.cc and coder_rules_test.cc.
#ifndef KHALDUN_CODE_CODER_TEST_FIXTURE_H_
#define KHALDUN_CODE_CODER_TEST_FIXTURE_H_

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "code/coder.h"
#include "dict/native_format.h"
#include "dict/source_file.h"

namespace khaldun::coder_test {


// A small dictionary written for these tests (native format).
inline constexpr char kDictionary[] = R"(khaldun-dictionary 1
actor PAKISTAN
  alias PAKISTANI
  code PAK
actor INDIAN_MILITARY
  code INDMIL
actor AFGHANISTAN
  alias AFGHAN
  code AFG
actor UNITED_STATES
  alias US
  code USA
actor INDIA
  code IND
actor ASIA
  alias ASIAN
  code ASA
actor KABUL
  code AFGGOV
actor PEOPLE'S_PEACE_MOVEMENT
  code AFGCVL
actor TALIBAN
  code AFGINS
actor HOUTHI_REBELS
  code YEMREB
actor WEST_BANK
  code PSE
actor WORLD_COURT
  code IGOUNOJUD
actor ECOWAS
  code IGOWAFWAS
actor BRUSSELS
  code IGOEUREEC
actor IMRAN_KHAN
  code PAKGOV 20180818-20220410
  code PAKOPP >20220410
actor XI_JINPING
  code CHNGOV
actor ZALMAY_KHALILZAD
  alias KHALILZAD
  code USAGOV 20180905-20211019
  code USAELI
actor AMNESTY_INTERNATIONAL
  alias AMNESTY
  code NGOHRIAMN
actor GEORGE_H_W_BUSH
  alias PRESIDENT_BUSH
  code USAGOV 19890120-19930120
  code USAELI
actor GEORGE_W_BUSH
  alias PRESIDENT_BUSH
  code USAGOV 20010120-20090120
  code USAELI
actor JORDAN
  alias JORDANIAN
  code JOR
actor SAUDI_ARABIA
  alias SAUDI
  code SAU
actor KING_ABDULLAH_II
  alias KING_ABDULLAH
  code JORGOV >19990207
  code JORELI
actor ABDULLAH_BIN_ABDULAZIZ
  alias KING_ABDULLAH
  code SAUGOV <20150123
  code SAUELI
actor SENATE
  code USAGOVLEG
actor TRUCE_SUPERVISION_ORGANIZATION
  code IGOUNOTSO
actor AMINA_MOHAMMED
  code IGOUNO >20170228
  code NGAGOV 20151111-20161231
agent ~GOV OFFICIAL
agent ~LEG SENATE
agent ~LEG NATIONAL_ASSEMBLY
agent ~GOV GOVERNMENT
agent ~GOV ENVOY
agent ~GOV ENVOY_FOR_PEACE
agent ~OPP PROTESTER
agent ~CVL CROWD
agent ~GOVMED STATE_TELEVISION
agent ~MED REPORTER
agent ~OPP OPPOSITION
agent ~INS INSURGENT
agent ~UAF GUNMAN
  plural GUNMEN
agent ~MIL SOLDIER
agent ~MIL PEACEKEEPER
agent ~MIL ARMY
agent ~GOV EMBASSY
agent ~CVL CIVILIAN
agent ~CVL PRISONER
agent ~CVL HOSTAGE
agent NGO~ MSF
agent ~BUS TANKER
synset AID petrarch2
  member AID
  member AID_PACKAGE
synset CEASEFIRE petrarch2
  member CEASEFIRE
  member TRUCE
verbs MEET [040] petrarch2
  verb MEET {MEETS MET MEETING}
  pattern [036:036] * (FOR TALKS)
verbs VISIT [042:043] petrarch2
  verb VISIT
  pattern [042:043] * (TO +)
verbs VISIT_NOUN [042:043] petrarch2
  section NOMINAL
  verb VISIT
  pattern [042:043] * (TO +)
verbs ATTACK [190] petrarch2
  verb ATTACK
verbs ATTACK_NOUN [190] petrarch2
  section NOMINAL
  verb ATTACK
  pattern [190] * (ON +)
verbs AIR_RAID_NOUN [195] petrarch2
  section NOMINAL
  verb AIR_RAID
  pattern [195] * (ON +)
verbs CLASH_NOUN [190] petrarch2
  section NOMINAL
  verb CLASH
verbs SHELLING_NOUN [194] petrarch2
  section NOMINAL
  verb SHELLING
  pattern [194] * (OF +)
verbs KILL [1823] petrarch2
  verb KILL
verbs CALL [---] petrarch2
  verb CALL
  pattern [0871] * &CEASEFIRE
  pattern [0256] * (FOR WITHDRAWAL)
  pattern [111] * + ILLEGAL
  pattern [111] * PROVOCATION
verbs NEGOTIATE [046] petrarch2
  verb NEGOTIATE
verbs REFUSE [120] petrarch2
  verb REFUSE
verbs BOMB [183] petrarch2
  verb BOMB
verbs SUMMON [114] petrarch2
  verb SUMMON
verbs EASE [085] petrarch2
  verb EASE
  pattern [0814] * EMERGENCY
verbs BROKER [---] petrarch2
  verb BROKER {BROKERS BROKERED BROKERING}
  verb MEDIATE {MEDIATES MEDIATED MEDIATING}
  pattern [045] * DEAL
  pattern [045] * CEASEFIRE
verbs SEIZE [171] petrarch2
  verb SEIZE
  verb +TAKE_CONTROL
  pattern [192] * (CONTROL OF +)
verbs RULE_OUT [120] petrarch2
  verb +RULE_OUT
  pattern [125] * TALKS
verbs SAY [010] petrarch2
  verb SAY {SAYS SAID SAYING}
  verb TELL {TELLS TOLD TELLING}
verbs CLAIM [010] petrarch2
  verb CLAIM
verbs ADMIT [015] petrarch2
  verb ADMIT {ADMITS ADMITTED ADMITTING}
verbs URGE [020] petrarch2
  verb URGE
  pattern [0232] * (FOR SOLDIERS)
verbs PROTEST [140] petrarch2
  verb PROTEST
verbs PRAISE [051] petrarch2
  verb PRAISE
verbs INTEND [030] petrarch2
  verb WANT
  verb PLAN {PLANS PLANNED PLANNING}
  verb VOW {VOWS VOWED VOWING}
verbs PAY [---] petrarch2
  verb PAY {PAYS PAID PAYING}
  pattern [130] + * PRICE
verbs AGREE [030] petrarch2
  verb AGREE
  pattern [0356] * (TO &CEASEFIRE)
  pattern [036] * (TO END HOSTILITIES)
  pattern [037] * (ON PEACE)
verbs IMPOSE [---] petrarch2
  verb IMPOSE
  pattern [1721] * RESTRICTIONS
verbs ANNOUNCE [010] petrarch2
  verb ANNOUNCE
  pattern [033] * &AID (FOR +)
  pattern [0332] * {MILITARY AID}
verbs PROPOSE [030] petrarch2
  verb PROPOSE
  pattern [0353] * RELEASE
  pattern [0356] * &CEASEFIRE
verbs END [---] petrarch2
  verb END
  pattern [127] * AGREEMENT
  pattern [1722] * PARTIES
  pattern [164] * HOSTILITIES
verbs SIGN [---] petrarch2
  verb SIGN
  pattern [057] * AGREEMENT
verbs HALT [---] petrarch2
  verb HALT
  pattern [087] * ATTACK
verbs SEND [---] petrarch2
  verb SEND {SENDS SENT SENDING}
  pattern [070] * &AID
verbs HOLD [---] petrarch2
  verb HOLD {HOLDS HELD HOLDING}
  pattern [040] * (TALKS WITH +)
  pattern [181] * PRISONERS
  pattern [181] * HOSTAGES
verbs WARN [130] petrarch2
  verb WARN
verbs THREATEN [130] petrarch2
  verb THREATEN
verbs DECLARE [010] petrarch2
  verb DECLARE
  pattern [1724] * EMERGENCY
verbs DENY [016] petrarch2
  verb DENY
  verb DISPUTE
verbs ORDER [---] petrarch2
  verb ORDER
  pattern [0874] * WITHDRAWAL
verbs EXPULSION_NOUN [174] petrarch2
  section NOMINAL
  verb EXPULSION
  pattern [174] * (OF +)
  pattern [161] * (OF ENVOYS)
verbs DISCUSS [040] petrarch2
  verb DISCUSS
verbs HELP [070] petrarch2
  verb HELP
verbs FIRE [---] petrarch2
  verb FIRE
  pattern [194] * ROCKETS
  pattern [190] * (ON +)
verbs USE [---] petrarch2
  verb USE
  pattern [175] * (TEAR GAS)
verbs COMPLAIN [114] petrarch2
  verb +LODGE_A_PROTEST
  pattern [114] * (WITH +)
verbs PROTEST_NOUN [140] petrarch2
  section NOMINAL
  verb PROTEST
  pattern [140] * (BY $)
verbs WITHDRAW [0874] petrarch2
  verb WITHDRAW
  pattern [161] * ENVOYS
verbs ASK [020] petrarch2
  verb ASK
  pattern [0256] * (TO WITHDRAW)
verbs LOB [190] petrarch2
  verb LOB {LOBS LOBBED LOBBING}
verbs RETALIATE [190] petrarch2
  verb RETALIATE
verbs REOPEN [---] petrarch2
  verb REOPEN
  pattern [054] * EMBASSIES
verbs MAKE [---] petrarch2
  verb MAKE {MAKES MADE MAKING}
  pattern [036] * TRIP
verbs FACE [---] petrarch2
  verb FACE
  pattern [:100] * PRESSURE
verbs PRESSURE [170] petrarch2
  verb PRESSURE
verbs FREE [0841] petrarch2
  verb FREE {FREES FREED FREEING}
verbs SWAP [---] petrarch2
  verb EXCHANGE
  pattern [0841:0841] * PRISONERS
verbs DRAW [---] petrarch2
  verb DRAW {DRAWS DREW DRAWN DRAWING}
  pattern [111] + * CRITICISM (FROM $)
verbs RALLY [141] petrarch2
  verb RALLY
  pattern [141] * (AGAINST +)
  pattern [1412] * (AGAINST PLAN)
verbs BATTLE [190:190] petrarch2
  verb BATTLE
verbs PARLEY_NOUN [040] petrarch2
  section NOMINAL
  verb PARLEY
  pattern [040] * (BETWEEN $ AND +)
verbs MEDIATE [045] petrarch2
  verb MEDIATE
verbs EXTRACT [160] petrarch2
  verb EXTRACT
verbs VOW [030] petrarch2
  verb VOW
  pattern [030] * (TO +)
verbs PROVIDE [070] petrarch2
  verb PROVIDE
  pattern [073] * RELIEF
  pattern [072] * WEAPONS
verbs DEMAND [100] petrarch2
  verb DEMAND
verbs DEPLOY [154] petrarch2
  verb DEPLOY
  pattern [154] * (ALONG BORDER)
verbs VIOLATE [128] petrarch2
  verb VIOLATE
  pattern [150] * AIRSPACE
verbs STRIKE [---] petrarch2
  verb STRIKE {STRIKES STRUCK STRIKING}
  pattern [190] * +
verbs JAIL [173] petrarch2
  verb JAIL
verbs EXPRESS [---] petrarch2
  verb EXPRESS
  pattern [013] * HOPE
verbs RESTOR [054] tabari
  verb RESTOR
verbs SALUT [---] tabari
  verb SALUT
  pattern [051] $ *
verbs POSTPON [---] tabari
  verb POSTPON
  pattern [191] % HAVE *
verbs SWAP [---] tabari
  verb SWAP
  pattern [061:062] HAS * WITH %
verbs ENDORS [---] tabari
  verb ENDORS
  pattern [057] * REFORM
  pattern [058] * HARVEST_
synset TIEKIND tabari
  member TRADE
  member ARMS
synset TIENOTE tabari
  member &TIEKIND_NOTES
verbs APPLAUD [---] tabari
  verb APPLAUD
  pattern [053] * &TIENOTE FROM +
verbs SHUN= [191] tabari
  verb SHUN=
verbs GREET [---] tabari
  verb GREET
  pattern [051] WARM~_*
verbs HOST [---] tabari
  verb HOST
  pattern [043] * PEACE_TALKS +
synset REFUSAL tabari
  member DIDN'T
  member WON'T
verbs SCOLD [122] tabari
  verb SCOLD
  pattern [111] &REFUSAL *
actor MORGUL
  code ###
verbs BLAST [+++] tabari
  verb BLAST
verbs DEPLOR [122] tabari
  verb DEPLOR
  pattern [123] SAID *
  pattern [124] NOTED *
verbs DECRY [122] petrarch1
  verb DECRY
  pattern [123] SAID *
verbs SHOULD [---] tabari
  verb SHOULD
  pattern [101] ADVISED * HELP
verbs PLEDG [050] tabari
  verb PLEDG
  pattern [173] * WAR
verbs FIGHT [190] petrarch2
  verb FIGHT {FIGHTS FOUGHT FIGHTING}
  pattern [087] NOT * +
verbs CARRY_OUT [---] petrarch2
  verb CONDUCT
  pattern [150] * EXERCISES
verbs FILE [---] petrarch2
  verb FILE
  pattern [115] * CASE
verbs SNUB [163] petrarch2
  verb SNUB
  pattern [057] NEITHER *
  pattern [025] RECENTLY *
  pattern [161] ENVOY *
  pattern [073] (TO) *
verbs DELAY [014] petrarch2
  verb DELAY
  pattern [120] % *
verbs ALLOW [080] petrarch2
  verb ALLOW
verbs GRANT [---] petrarch1
  verb GRANT
  pattern [024] * FAIR_PARTNER
discard FOOTBALL_MATCH
discard YEARS_AGO
)";

// Three states with their adjectives: the head of small dictionaries that
// tests write for one rule (CoderFromText).
constexpr std::string_view kThreeStates = R"(khaldun-dictionary 1
actor PAKISTAN
  alias PAKISTANI
  code PAK
actor INDIA
  alias INDIAN
  code IND
actor AFGHANISTAN
  alias AFGHAN
  code AFG
)";

// A coder of the native dictionary `text` alone (a test's own small one).
inline Result<Coder> CoderFromText(const std::string& text, CoderOptions options = {}) {
  dict::Dictionary dictionary;
  Diagnostics diagnostics;
  dict::ReadNative(dict::SourceFile::FromText("test.txt", text), &dictionary, &diagnostics);
  return Coder::Create(std::move(dictionary), options);
}

// "SOURCE CODE TARGET" for each event `coder` codes in `sentence` dated `date`.
inline std::vector<std::string> CodeTriples(const Coder& coder, std::string_view sentence,
                                            const char* date = "2019-06-02");

// A coder of kThreeStates and a rule's own `entries` (native lines), for a
// test of that rule: check ok(), then call it with a sentence for its
// "SOURCE CODE TARGET" triples.
class ThreeStatesCoder {
 public:
  explicit ThreeStatesCoder(std::string_view entries)
      : coder_(CoderFromText(std::string(kThreeStates) + std::string(entries))) {}
  bool ok() const { return coder_.ok(); }
  std::string error() const { return std::string(coder_.status().message()); }
  std::vector<std::string> operator()(std::string_view sentence) const { return CodeTriples(coder_.value(), sentence); }

 private:
  Result<Coder> coder_;
};

inline std::vector<std::string> CodeTriples(const Coder& coder, std::string_view sentence, const char* date) {
  CoderWorkspace workspace;
  std::vector<std::string> out;
  for (const Event& e : coder.CodeSentence(sentence, ParseDate(date), &workspace)) {
    out.push_back(e.source.code + " " + e.code + " " + e.target.code);
  }
  return out;
}

// Document "d" of 2019-06-02 holding `text`.
inline Document TestDocument(const std::string& text) {
  Document document;
  document.id = "d";
  document.date = "2019-06-02";
  document.text = text;
  return document;
}

class CoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dict::Dictionary dictionary;
    Diagnostics diagnostics;
    dict::ReadNative(dict::SourceFile::FromText("test.txt", kDictionary), &dictionary, &diagnostics);
    ASSERT_EQ(diagnostics.error_count(), 0u) << diagnostics.all().front().ToString();
    Result<Coder> coder = Coder::Create(std::move(dictionary));
    ASSERT_TRUE(coder.ok()) << coder.status().message();
    coder_ = new Coder(std::move(coder).value());
  }
  static void TearDownTestSuite() { delete coder_; }

  // "SOURCE CODE TARGET" for each event.
  std::vector<std::string> Code(std::string_view sentence, const char* date = "2019-06-02") {
    return CodeTriples(*coder_, sentence, date);
  }

  // The events of a whole document (references reach across sentences).
  std::vector<Event> CodeDocument(const std::string& text) {
    CoderWorkspace workspace;
    std::vector<Event> events;
    coder_->CodeDocument(TestDocument(text), &workspace, &events);
    return events;
  }

  // "SOURCE CODE TARGET" for each event of a whole document.
  std::vector<std::string> CodeDocumentEvents(const std::string& text) {
    std::vector<std::string> out;
    for (const Event& e : CodeDocument(text)) out.push_back(e.source.code + " " + e.code + " " + e.target.code);
    return out;
  }

  static inline Coder* coder_ = nullptr;
};

using Events = std::vector<std::string>;

// "SOURCE CODE TARGET" for each event of `sentence`, coded with a second small
// dictionary whose verb files are all in `syntax` ("petrarch1", "petrarch2"...).
inline std::vector<std::string> CodeWithVerbSyntax(std::string_view syntax, std::string_view sentence) {
  const std::string text = std::string(R"(khaldun-dictionary 1
actor PAKISTAN
  alias PAKISTANI
  code PAK
actor INDIA
  code IND
actor EOMUND
  code AFG
agent ~GOV MINISTER
agent ~CBG CHIEF_BORDER_GUARD
agent ~BGD BORDER_GUARD
agent RTA~ RIGHTS_TEAM
agent HRT~ HUMAN_RIGHTS_TEAM
agent ~EDU SCHOOL
verbs PRAIS [051] )") + std::string(syntax) + R"(
  verb PRAIS
  pattern [052] * THEIR ^ +
verbs POSTPONE [191] )" + std::string(syntax) + R"(
  verb POSTPONE
  pattern [191] % HAVE *
verbs AGREE [081] )" + std::string(syntax) + R"(
  verb AGREE
  pattern [031] * WITH %
verbs DEPLORE [111] )" + std::string(syntax) + R"(
  verb DEPLORE
  pattern [112] NOTED + *
verbs SNUB [163] )" + std::string(syntax) + R"(
  verb SNUB
  pattern [161] MINISTER *
verbs URGE [020] )" + std::string(syntax) + R"(
  verb URGE
verbs PROPOSE [100] )" + std::string(syntax) + R"(
  verb PROPOSE
verbs KILL [1823] )" + std::string(syntax) + R"(
  verb KILL
verbs FIRE [---] )" + std::string(syntax) + R"(
  verb FIRE
  pattern [194] * ROCKETS
verbs DENY [016] )" + std::string(syntax) + R"(
  verb DENY
verbs SHELTER [075] )" + std::string(syntax) + R"(
  verb SHELTER
verbs CAPTURE [---] )" + std::string(syntax) + R"(
  verb CAPTURE
  pattern [181] * GUARDS
  pattern [192] * TOWN
verbs DRAW [---] )" + std::string(syntax) + R"(
  verb DRAW {DRAWS DREW DRAWN DRAWING}
  pattern [111] + * CRITICISM (FROM $)
)";
  Result<Coder> coder = CoderFromText(text);
  if (!coder.ok()) return {coder.status().message()};
  return CodeTriples(coder.value(), sentence);
}

}  // namespace khaldun::coder_test

#endif  // KHALDUN_CODE_CODER_TEST_FIXTURE_H_
