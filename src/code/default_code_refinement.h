// A verb's default code told more exactly by who did it to whom (internal
// to src/code): the default of a verb family names the usual deed, but the
// parties can say it was another one.
#ifndef KHALDUN_CODE_DEFAULT_CODE_REFINEMENT_H_
#define KHALDUN_CODE_DEFAULT_CODE_REFINEMENT_H_

#include <cstdint>
#include <vector>

#include "code/actor_mention.h"
#include "code/sentence_coder.h"
#include "lang/sentence_analysis.h"

namespace khaldun::sentence_coding {

// Recodes `event` (coded by its verb's default, no pattern, in `clause`
// with mentions `source` and `target`, -1 for none) when its parties tell
// the deed, and notes why:
// - a place seized outright (171, property) is territory occupied, 192:
//   "Rebels seized Aleppo", "seized most of Aleppo" (the object or a share
//   of it; a place after another preposition is only where);
// - a state's bombing (183, non-military) is aerial, 195: "The United
//   States bombed three Iranian nuclear sites";
// - armed forces' or armed groups' march or rally (141) is a show of force,
//   150: "Wagner fighters marched towards Moscow";
// - a state or its government protesting (140) at another state's organ
//   complains officially, 114: "The Chinese embassy in Manila protested
//   the Philippine president's remarks".
void RefineDefaultCode(const SentenceAnalysis& analysis, const Clause& clause,
                       const std::vector<ActorMention>& mentions, int32_t source, int32_t target,
                       CandidateEvent* event);

// Recodes `event`, however it was coded (clause or nominal, pattern or
// default), when its parties tell the deed, and notes why:
// - a retreat (0874) from an intergovernmental body by anyone but armed
//   forces is leaving it, reducing relations, 160: "Mali, Burkina Faso and
//   Niger withdrew from ECOWAS", "announced their withdrawal from ECOWAS".
// - two persons without an armed role clashing, sparring or battling (190)
//   trade words, 111: "Harris and Trump clashed over immigration".
// - a crowd of the opposition, or one called protesting, storming or
//   attacking (190) riots, 145: "Supporters of Bolsonaro stormed Congress".
// - a non-governmental body or a UN agency de-escalating (087) stops its
//   aid, 1623: "Doctors Without Borders suspended its operations".
// - a hundred or more people without arms (the count in digits in the
//   target's phrase; not a person, not armed forces) killed, massacred,
//   slaughtered, executed or murdered (180, 186, 190, 1823) is a mass killing,
//   202: "Boko Haram militants killed at least 110 farmers".
// - a person coded as territory occupied (192) or property seized (171) is
//   detained, 173: "U.S. troops captured Saddam Hussein", "Honduran
//   soldiers seized President Manuel Zelaya".
// - an investigation (090, 091) by the International Criminal Court is of
//   war crimes, 094: "the ICC authorised an investigation into crimes
//   against the Rohingya".
// - an investigation (090) by police, prosecutors or a court is of a crime,
//   091: "South Korean police launched an investigation into President Yoon
//   Suk Yeol".
// - an appeal for support or aid (022, 023) to a lender (the IMF, the World
//   Bank, a development bank: an IGO code with IMF or DEV) is an appeal
//   for economic aid, 0231: "Egypt asked the IMF for support".
// - a raid (190) by prosecutors or a court searches for evidence of a
//   crime, 091: "Japanese prosecutors raided the offices of the ruling
//   party's factions".
// - military cooperation (062) of police with police is cooperation in
//   law enforcement, 063: "Brazilian and Paraguayan police carried out a
//   joint operation against arms traffickers".
// - administrative sanctions (172) by a state or an intergovernmental body
//   on another state or its people are sanctions, 163: "Canada banned
//   Russian officials from entering the country"; threatened (132), 1312.
void RefineByParties(const SentenceAnalysis& analysis, const std::vector<ActorMention>& mentions,
                     CandidateEvent* event);

}  // namespace khaldun::sentence_coding

#endif  // KHALDUN_CODE_DEFAULT_CODE_REFINEMENT_H_
