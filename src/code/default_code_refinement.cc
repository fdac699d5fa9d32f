#include "code/default_code_refinement.h"

#include "base/same_text.h"
#include "code/roles.h"
#include "code/target_search.h"

namespace khaldun::sentence_coding {

namespace {

// Whether `source`, doing verb `verb_begin`, is a crowd out protesting that
// storms or attacks: the opposition's or a leader's supporters ("Supporters
// of Bolsonaro stormed Congress") or a crowd called protesting ("the protesting farmers
// stormed the Red Fort"), not an armed body.
bool CrowdStorming(const SentenceAnalysis& analysis, const ActorMention& source, uint32_t verb_begin) {
  if (!source.plural || source.person || source.np < 0) return false;
  const std::string_view lemma = analysis.lemma(verb_begin);
  if (lemma != "storm" && lemma != "attack" && lemma != "ransack" && lemma != "overrun" && lemma != "breach") {
    return false;
  }
  const std::string_view role = source.code.size() >= 6 ? std::string_view(source.code).substr(3, 3) : "";
  if (role == "OPP") return true;
  if (IsForceRole(role)) return false;
  const NounPhrase& np = analysis.nps[source.np];
  // ("Trump supporters stormed the Capitol": a leader's crowd.)
  if (SameTextAsAny(analysis.lemma(np.head), "supporter", "follower")) return true;
  for (uint32_t k = np.full_begin; k < np.end; ++k) {
    if (analysis.words[k] == "protesting" || analysis.words[k] == "demonstrating") return true;
  }
  return false;
}

// The last verb of `event`'s verb group: "was shot dead", "had killed".
uint32_t MainVerbOf(const SentenceAnalysis& analysis, const CandidateEvent& event) {
  uint32_t main = event.verb_begin;
  for (uint32_t k = event.verb_begin; k < event.verb_end && k < analysis.size(); ++k) {
    if (IsVerb(analysis.tags[k])) main = k;
  }
  return main;
}

// Whether the words after `event`'s verb, to its clause's end, name people's deaths or killing ("over the
// deaths of dozens of protesters") or abuse, torture or a massacre.
bool NamesDeathsOrAbuse(const SentenceAnalysis& analysis, const CandidateEvent& event) {
  if (event.clause < 0) return false;
  const uint32_t end = std::min<uint32_t>(analysis.clauses[static_cast<size_t>(event.clause)].end, analysis.size());
  for (uint32_t k = event.verb_end; k < end; ++k) {
    const std::string_view lemma = analysis.lemma(k);
    if (SameTextAsAny(lemma, "abuse", "torture", "massacre")) return true;
    if (!SameTextAsAny(lemma, "death", "killing") || k + 2 >= end || analysis.lemma(k + 1) != "of") continue;
    for (uint32_t w = k + 2; w < end && w < k + 6; ++w) {
      if (analysis.tags[w] == PosTag::kNNS) return true;
      if (!IsAdjective(analysis.tags[w]) && analysis.tags[w] != PosTag::kCD && analysis.tags[w] != PosTag::kIN &&
          analysis.tags[w] != PosTag::kDT && analysis.tags[w] != PosTag::kNN) {
        break;
      }
    }
  }
  return false;
}

// Whether the words after `event`'s verb, to its clause's end, name an investigation, a probe, an inquiry
// or a warrant: "raided President Yoon's office as part of an investigation".
bool NamesAnInvestigation(const SentenceAnalysis& analysis, const CandidateEvent& event) {
  if (event.clause < 0) return false;
  const uint32_t end = std::min<uint32_t>(analysis.clauses[static_cast<size_t>(event.clause)].end, analysis.size());
  for (uint32_t k = event.verb_end; k < end; ++k) {
    if (SameTextAsAny(analysis.lemma(k), "investigation", "probe", "inquiry", "warrant")) return true;
  }
  return false;
}

// Whether a word of `event`'s clause, or of a clause hanging from it (at most two deep: "asked Wang Yi to
// help restructure the island nation's debt"), has a lemma `names` accepts.
template <typename Names>
bool ClauseOrItsChildrenName(const SentenceAnalysis& analysis, const CandidateEvent& event, Names names) {
  if (event.clause < 0) return false;
  for (size_t c = 0; c < analysis.clauses.size(); ++c) {
    const Clause& clause = analysis.clauses[c];
    const int32_t parent = clause.parent_clause;
    if (static_cast<int32_t>(c) != event.clause && parent != event.clause &&
        (parent == kNone || analysis.clauses[static_cast<size_t>(parent)].parent_clause != event.clause)) {
      continue;
    }
    const uint32_t end = std::min<uint32_t>(clause.end, analysis.size());
    for (uint32_t k = clause.begin; k < end; ++k) {
      if (names(analysis.lemma(k))) return true;
    }
  }
  return false;
}

// Whether `event`'s clause, or one hanging from it, names a natural disaster or a famine: "asked the United
// Nations for help after a massive landslide buried more than 2,000 people".
bool NamesADisaster(const SentenceAnalysis& analysis, const CandidateEvent& event) {
  return ClauseOrItsChildrenName(analysis, event, [](std::string_view lemma) {
    return SameTextAsAny(lemma, "earthquake", "quake", "landslide", "flood", "flooding", "cyclone", "hurricane",
                         "typhoon", "tsunami", "drought", "famine", "wildfire", "mudslide");
  });
}

// Whether `event`'s clause, or one hanging from it, names debt or money lent: "asked Wang Yi to help restructure
// the island nation's debt repayments".
bool NamesDebtOrCredit(const SentenceAnalysis& analysis, const CandidateEvent& event) {
  return ClauseOrItsChildrenName(analysis, event, [](std::string_view lemma) {
    return SameTextAsAny(lemma, "debt", "loan", "credit", "bailout", "financing", "repayment");
  });
}

// The number a phrase counts, when one of its words is a cardinal written
// in digits ("at least 110 farmers", "more than 1,000 people"), or 0.
long CountIn(const SentenceAnalysis& analysis, const NounPhrase& np) {
  for (uint32_t k = np.full_begin; k < np.end; ++k) {
    if (analysis.tags[k] != PosTag::kCD) continue;
    long count = 0;
    bool digits = false;
    for (const char c : analysis.words[k]) {
      if (c >= '0' && c <= '9') {
        count = count * 10 + (c - '0');
        digits = true;
        if (count > 10000000) break;
      } else if (c != ',') {
        digits = false;
        break;
      }
    }
    if (digits) return count;
  }
  return 0;
}

}  // namespace

void RefineDefaultCode(const SentenceAnalysis& analysis, const Clause& clause,
                       const std::vector<ActorMention>& mentions, int32_t source, int32_t target,
                       CandidateEvent* event) {
  // (Also the subject of a passive: "Kandahar was seized".)
  if (SameText(event->code, "171") && target >= 0 && SameText(mentions[target].how, "place") &&
      (IsObjectOf(analysis, clause, mentions[target].np) ||
       (clause.verb.passive && clause.subject_np >= 0 && clause.subject_np == mentions[target].np))) {
    event->notes.push_back("a place seized is territory: " + event->code + " -> 192");
    event->code = "192";
  }
  // ("Wagner fighters marched towards Moscow": armed men on the march show
  // force; they do not demonstrate for a cause.)
  if (SameText(event->code, "141") && source >= 0 && mentions[source].code.size() > 3 &&
      IsForceRole(std::string_view(mentions[source].code).substr(3))) {
    event->code = "150";
    event->notes.push_back("armed forces on the march show force: 141 -> 150");
  }
  // ("The Chinese embassy protested the Philippine president's remarks": a
  // state's government protesting to another state complains officially.)
  if (SameText(event->code, "140") && source >= 0 && target >= 0 && analysis.lemma(clause.verb.lemma) == "protest" &&
      (mentions[source].code.size() == 3 || std::string_view(mentions[source].code).substr(3) == "GOV") &&
      IsStateActor(mentions[target].code) && !OfOneState(mentions[source].code, mentions[target].code)) {
    event->code = "114";
    event->notes.push_back("a state protesting to another complains officially: 140 -> 114");
  }
  // ("North Korea blew up a liaison office": a state's charges set on the ground destroy property.)
  if (SameText(event->code, "183") && source >= 0 && IsStateActor(mentions[source].code) &&
      SameTextAsAny(analysis.lemma(clause.verb.lemma), "blow", "detonate", "dynamite", "demolish")) {
    event->code = "1712";
    event->notes.push_back("a state blowing something up destroys property: 183 -> 1712");
  }
  if (SameText(event->code, "183") && source >= 0 && IsStateActor(mentions[source].code)) {
    event->code = "195";
    event->notes.push_back("a state's bombing is aerial: 183 -> 195");
  }
}

void RefineByParties(const SentenceAnalysis& analysis, const std::vector<ActorMention>& mentions,
                     CandidateEvent* event) {
  if (event->source < 0 || event->target < 0) return;
  if (SameText(event->code, "190") && CrowdStorming(analysis, mentions[event->source], event->verb_begin)) {
    event->code = "145";
    event->notes.push_back("a crowd of protesters storming riots: 190 -> 145");
    return;
  }
  // ("shot dead Prime Minister Yitzhak Rabin": a named holder of political
  // office or standing killed is assassinated, and one shot, stabbed or
  // wounded without being killed the target of an attempt: "shot and
  // seriously wounded Prime Minister Robert Fico".)
  const ActorMention& taken = mentions[event->target];
  if (taken.person && taken.named && SameTextAsAny(taken.how, "actor", "pronoun") && taken.code.size() == 6 &&
      SameTextAsAny(std::string_view(taken.code).substr(3), "GOV", "LEG", "JUD", "ELI", "OPP") &&
      CodeRoot(event->code) >= std::string_view("18") && !SameTextAsAny(event->code, "185", "186")) {
    const uint32_t main = MainVerbOf(analysis, *event);
    const std::string_view lemma = analysis.lemma(main);
    // ("shot dead", "shot him dead", "gunned down".)
    bool dead = false;
    for (uint32_t k = main + 1; k < main + 6 && k < analysis.size() && !dead; ++k) {
      if (analysis.tags[k] == PosTag::kComma || analysis.tags[k] == PosTag::kPeriod) break;
      dead = SameTextAsAny(analysis.words[k], "dead", "down");
    }
    const char* code = SameTextAsAny(lemma, "kill", "assassinate", "murder", "slay") ? "186"
                       : SameTextAsAny(lemma, "shoot", "stab", "gun") && dead   ? "186"
                       : SameTextAsAny(lemma, "shoot", "stab", "wound", "injure") ? "185"
                                                                                  : nullptr;
    if (code != nullptr) {
      event->notes.push_back(std::string("a named office-holder ") + (code[2] == '6' ? "killed" : "attacked") +
                             ": " + event->code + " -> " + code);
      event->code = code;
      return;
    }
  }
  // ("Boko Haram militants killed at least 110 farmers": a hundred or more
  // people without arms killed in one deed is a mass killing.)
  // (So by gunmen, whose killing the dictionaries code as small arms: "Gunmen killed more than 100 people".)
  if (SameTextAsAny(event->code, "180", "186", "190", "193", "1823") && taken.np >= 0 && !taken.person &&
      !(taken.code.size() > 3 && IsForceRole(std::string_view(taken.code).substr(3))) &&
      SameTextAsAny(analysis.lemma(MainVerbOf(analysis, *event)), "kill", "massacre", "slaughter", "execute",
                    "murder") &&
      CountIn(analysis, analysis.nps[taken.np]) >= 100) {
    event->notes.push_back("a hundred or more unarmed people killed: " + event->code + " -> 202");
    event->code = "202";
    return;
  }
  if (SameText(event->code, "190") && mentions[event->source].person && mentions[event->target].person) {
    // "Harris and Trump clashed over immigration in a debate": two people
    // who command no force, clashing, trade words.
    auto armed = [&](const std::string& code) { return code.size() > 3 && IsForceRole(std::string_view(code).substr(3)); };
    const std::string_view lemma = analysis.lemma(event->verb_begin);
    if (!armed(mentions[event->source].code) && !armed(mentions[event->target].code) &&
        (lemma == "clash" || lemma == "spar" || lemma == "battle")) {
      event->code = "111";
      event->notes.push_back("two people clashing trade words: 190 -> 111");
    }
    return;
  }
  // ("U.S. troops captured Saddam Hussein", "soldiers seized President
  // Manuel Zelaya": a person taken is detained, not territory occupied nor
  // property seized. A named person, not a role's holder ("the army's
  // garrison"), nor a de facto state, coded as its separatists: "rolled
  // into South Ossetia".)
  if (SameTextAsAny(event->code, "192", "171") && taken.person && SameText(taken.how, "actor") &&
      !taken.code.ends_with("SEP")) {
    event->notes.push_back("a person taken is detained: " + event->code + " -> 173");
    event->code = "173";
    return;
  }
  // ("Doctors Without Borders suspended its operations in Port-au-Prince":
  // an aid body standing down stops its aid; it has no fighting to calm.)
  if (SameText(event->code, "087") && !event->paired) {
    const std::string& body = mentions[event->source].code;
    // (The UN's agencies, not an alliance: "NATO suspended operations".)
    if ((body.starts_with("NGO") || body.starts_with("IGOUNO")) &&
        !IsForceRole(std::string_view(body).substr(body.size() - 3))) {
      event->code = "1623";
      event->notes.push_back("an aid body standing down stops its aid: 087 -> 1623");
      return;
    }
  }
  // ("The International Criminal Court authorised an investigation into crimes against the Rohingya": what
  // the ICC investigates are the crimes it tries, war crimes and crimes against humanity.)
  if (SameTextAsAny(event->code, "090", "091") && !event->paired &&
      StartsWithText(mentions[event->source].code, "IGOJUDICC")) {
    event->notes.push_back("the International Criminal Court investigates war crimes: " + event->code + " -> 094");
    event->code = "094";
    return;
  }
  // ("asked the United Nations for international help after a massive landslide": aid for a disaster's
  // victims is humanitarian.)
  if (SameTextAsAny(event->code, "023", "070", "033") && !event->paired && NamesADisaster(analysis, *event)) {
    const std::string humanitarian = SameText(event->code, "070") ? "073" : event->code + "3";  // 0233, 0333
    event->notes.push_back("aid after a disaster is humanitarian: " + event->code + " -> " + humanitarian);
    event->code = humanitarian;
    return;
  }
  // ("asked Chinese Foreign Minister Wang Yi to help restructure the island nation's debt repayments": help
  // with debt or credit asked for is economic aid.)
  if (SameTextAsAny(event->code, "023", "070") && !event->paired && NamesDebtOrCredit(analysis, *event)) {
    const std::string economic = SameText(event->code, "070") ? "071" : "0231";
    event->notes.push_back("help with debt or credit is economic aid: " + event->code + " -> " + economic);
    event->code = economic;
    return;
  }
  // ("opened an investigation into President Dina Boluarte over the deaths of dozens of protesters": an
  // investigation of people's deaths or abuse is one of human rights abuses.)
  if (SameText(event->code, "090") && !event->paired && NamesDeathsOrAbuse(analysis, *event)) {
    event->code = "092";
    event->notes.push_back("an investigation of people's deaths or abuse: 090 -> 092");
    return;
  }
  // ("Police launched an investigation into President Yoon": what police, prosecutors or courts investigate is
  // a crime.)
  if (SameText(event->code, "090") && !event->paired) {
    const std::string_view investigator = mentions[event->source].code;
    if (investigator.size() > 3 && (investigator.ends_with("COP") || investigator.ends_with("JUD"))) {
      event->code = "091";
      event->notes.push_back("police, prosecutors or courts investigate a crime: 090 -> 091");
      return;
    }
  }
  // ("Egypt asked the International Monetary Fund for support": what a lender is asked to support with, or
  // to aid with, is money.)
  if (SameTextAsAny(event->code, "022", "023") && !event->paired && event->target >= 0) {
    const std::string_view lender = mentions[event->target].code;
    if (StartsWithText(lender, "IGO") && (lender.find("IMF") != std::string_view::npos ||
                                           lender.find("DEV") != std::string_view::npos)) {
      event->notes.push_back("a lender is asked for money: " + event->code + " -> 0231");
      event->code = "0231";
      return;
    }
  }
  // ("Japanese prosecutors raided the offices of the ruling party": a raid by prosecutors or a court is a
  // search for evidence of a crime, not force.)
  // (So is a police raid its clause says is part of an investigation: "police raided President Yoon's office
  // as part of an investigation into his declaration of martial law".)
  const std::string_view raider = mentions[event->source].code;
  if (SameText(event->code, "190") && !event->paired && event->verb_end > event->verb_begin &&
      analysis.lemma(event->verb_end - 1) == "raid" &&
      (EndsWithText(raider, "JUD") || (EndsWithText(raider, "COP") && NamesAnInvestigation(analysis, *event)))) {
    event->code = "091";
    event->notes.push_back("a raid by prosecutors, a court or investigating police searches for evidence: 190 -> 091");
    return;
  }
  // ("Brazilian and Paraguayan police carried out a joint operation": police working with police cooperate
  // in law enforcement, not militarily.)
  if (SameText(event->code, "062") && event->target >= 0 && EndsWithText(mentions[event->source].code, "COP") &&
      EndsWithText(mentions[event->target].code, "COP")) {
    event->code = "063";
    event->notes.push_back("police cooperating with police enforce the law together: 062 -> 063");
    return;
  }
  // ("Russia banned the BBC": a ban on the press, at home or abroad,
  // restricts political freedoms.)
  if (SameTextAsAny(event->code, "172", "132") && !event->paired &&
      EndsWithText(mentions[event->target].code, "MED")) {
    const char* restriction = SameText(event->code, "172") ? "1721" : "1321";
    event->notes.push_back("a ban on the press restricts political freedoms: " + event->code + " -> " + restriction);
    event->code = restriction;
    return;
  }
  // ("Canada banned Russian officials from entering", "travel bans against
  // Russian officials": a state's or a body's ban on another state's people
  // is a sanction on them, and so is the one it threatens; administrative
  // sanctions are a state's at home.)
  if (SameTextAsAny(event->code, "172", "132") && !event->paired) {
    const std::string_view banner = mentions[event->source].code;
    const std::string_view banned = mentions[event->target].code;
    if ((IsStateActor(banner) || StartsWithText(banner, "IGO")) && !CountryPart(banned).empty() &&
        !IsRegionCode(CountryPart(banned)) && !SameBytes(CountryPart(banner), CountryPart(banned))) {
      const char* sanction = SameText(event->code, "172") ? "163" : "1312";
      event->notes.push_back("a ban on another state's people is a sanction: " + event->code + " -> " + sanction);
      event->code = sanction;
      return;
    }
  }
  if (!SameText(event->code, "0874") || event->paired) return;
  const std::string& body = mentions[event->target].code;
  const std::string& leaver = mentions[event->source].code;
  if (!body.starts_with("IGO") || IsForceRole(std::string_view(body).substr(3)) ||
      (leaver.size() > 3 && IsForceRole(std::string_view(leaver).substr(3)))) {
    return;
  }
  event->code = "160";
  event->notes.push_back("leaving a body is reducing relations: 0874 -> 160");
}

}  // namespace khaldun::sentence_coding
