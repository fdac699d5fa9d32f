// A passive clause whose subject holds its pattern's words: "new sanctions
// were imposed on Iran by the EU" is "the EU imposed new sanctions on Iran"
// (ClauseCode::reads_passive_subject). The subject is the active's object,
// the deed the pattern names, not its victim: whom the deed is aimed at is
// whom the active would aim it at (internal to src/code).
#ifndef KHALDUN_CODE_PASSIVE_OBJECT_H_
#define KHALDUN_CODE_PASSIVE_OBJECT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "code/target_search.h"

namespace khaldun::sentence_coding {

// The doers of passive `clause`, coded `code`, added to `sources` when it
// has none yet: its "by" agent (a band's members: "by a group of gunmen";
// the doer behind a weapon: "by a missile fired by rebels"), else the doer a
// locative phrase names ("killed in Israeli shelling", not "wanted in
// northern Peru"); with PETRARCH-2 or native verbs (`petrarch2`) and no "by"
// agent, then the actor the verb's other phrases name
// (PassiveDoerInPhrases), the place force came from (ForceFromPlace), and
// for a show of force (15) the forces of the subject it puts in place
// ("40,000 Polish troops have been deployed along the border"). Returns
// whether the doers are those forces; the caller then aims the event as
// AimPassiveObject does, never at the forces themselves.
bool FindPassiveDoers(const NpMentions& t, const std::vector<ActorMention>& mentions, const Clause& clause,
                      const std::string& code, bool petrarch2, std::vector<int32_t>* sources);

// The targets of passive `clause` whose pattern read its subject (or whose
// subject's forces FindPassiveDoers made the doers), when the pattern bound
// none (`targets` empty): the resolved actors the subject
// names, itself or through its phrases, as an active object's ("evidence of
// a plot against Ukraine was presented"; when the verb only carries out the
// deed its pattern names, a family that `carries_out_deed` ([---]), through
// its phrases only: "French troops were sent to Mali" is not aimed at the
// troops, as "sent French troops to Mali" is not; but coercion and force,
// 17-20, are aimed at whom the subject names: "two soldiers were captured"),
// else those of the first of the verb's own phrases after it that names
// one, its "by" agent and time phrases aside ("were imposed on Iran");
// places only when a `code` event may be aimed at one (PlaceCanBeTarget).
// A target is no doer: it leaves
// `sources` ("sanctions were imposed on Iran" is not Iran's deed though a
// phrase of the verb names it, PassiveDoerInPhrases).
void AimPassiveObject(const NpMentions& t, const std::vector<ActorMention>& mentions, const Clause& clause,
                      const std::string& code, bool carries_out_deed, std::vector<int32_t>* sources,
                      std::vector<int32_t>* targets);

// Whether the subject of `clause` opens with "no" ("no sanctions were
// imposed"): the deed its pattern names was not done, as if the verb were
// negated.
bool SubjectSaysNo(const SentenceAnalysis& analysis, const Clause& clause);

}  // namespace khaldun::sentence_coding

#endif  // KHALDUN_CODE_PASSIVE_OBJECT_H_
