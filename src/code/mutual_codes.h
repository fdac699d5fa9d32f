// What a CAMEO code says about its parties, as SentenceCoder reads it:
// whether several sources did it to each other, and whether a place can be
// what it is aimed at (internal to src/code).
#ifndef KHALDUN_CODE_MUTUAL_CODES_H_
#define KHALDUN_CODE_MUTUAL_CODES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "code/actor_mention.h"
#include "lang/sentence_analysis.h"

namespace khaldun::sentence_coding {

// Codes that "X and Y ..." with no other party gives both ways: they
// consulted, signed, cooperated, agreed a ceasefire, fought with each other,
// or agreed to do one of these ("agreed to a ceasefire", "agreed to meet").
bool IsMutual(const std::string& code);

// Whether the verb `lemma` makes its deed for others, so that "X and Y"
// doing it did not do it to each other: "Egypt and Qatar proposed a
// ceasefire plan", "offered to host talks", "brokered a truce".
bool MadeForOthers(std::string_view lemma);

// Whether an event coded `code` in `clause` that names no target may take
// one from another clause (borrowed_targets.h): a concession (08) or a deed
// of coercion or force (17-20) from the clause after it, and a demand,
// disapproval, rejection or threat (10-13) that a participle tells from the
// clause it hangs from, and praise or blame (05, 11) in a subordinate clause,
// which may label the deed of the clause it hangs from (JudgeTheLabelledDeed), and what an infinitive that a
// refusal may govern would code when refused (RefuseTheUnnamed).
bool MayBorrowATarget(const std::string& code, const Clause& clause);

// Whether an event coded `code` may be kept with no target: a protest (14);
// a rejection (12) a pattern or a negated verb gave ("rejected calls for a
// ceasefire"); owning up or denying (015, 016), but not in a bare participle
// no pattern read ("near a disputed shoal"); a show of force or a raised
// alert (15x) a pattern named ("fired missiles into the sea"); and a
// resignation (0831) of officeholders (`state_doers`: every source is a
// state's organ or a former officeholder): "Evo Morales resigned"; and a
// policy they drop (0832) that a pattern named: "Ruto withdrew a
// contentious finance bill"; and a truce (0871) a pattern named, by
// anyone: "Myanmar's junta declared a temporary ceasefire" (in the passive
// only with its "by" phrase: "a ceasefire was called with India" names no
// one who called it). Other
// events without one are too vague. `by_pattern`: a pattern, not the verb's
// default, gave the code.
bool StandsWithoutATarget(const std::string& code, bool by_pattern, const Clause& clause, bool state_doers);

// Whether a place can be the target of an event coded `code`: force,
// protest, visits, condolences and claims or denials of responsibility are
// aimed at one ("shelled Kherson", "drills in Texas", "claimed responsibility
// for an attack on Tel Aviv"); talk and meetings only happen there ("met in
// Geneva").
bool PlaceCanBeTarget(const std::string& code);

// Whether an event coded `code` by an actor coded `source` at one coded
// `target` is aimed at the doer's own: a threat (13) at its own state
// (OfOneState: "Tehran warned it would respond to any move against Iran"),
// a visit or a hosting (042, 043) at home (AtHome: "Ashraf Ghani returned
// to Afghanistan"), or aid (07) from one organ of a state to another
// ("deployed soldiers to help police quell the riots": no aid to the police).
bool AimedAtItsOwn(const std::string& code, std::string_view source, std::string_view target);

// Whether a threat (13) by any of `sources` at mention `target` is aimed at
// the threatener's own state (AimedAtItsOwn): "threatened to pull Brazil out
// of the WHO" threatens the WHO, not Brazil.
bool ThreatAtItsOwnState(const std::string& code, const std::vector<ActorMention>& mentions,
                         const std::vector<int32_t>& sources, uint32_t target);

// What a clause's objects say of the deed of several sources.
struct ObjectsOfTheDeed {
  // "X and Y postponed their summit": what they share, they did to each
  // other; "X and Y accused each other" says so.
  bool reciprocal = false;
  bool each_other = false;  // "each other", "one another"
  // "India and Pakistan attacked militants": an object naming people whose
  // country is unknown is whom the deed is aimed at, not each other, and
  // so is such a "with" or "against" phrase of the clause or its object
  // (fought_others); so is, for force (18-20), any object that names no
  // actor ("shot dead all the attackers").
  bool aimed_at_others = false;
  // "fought street battles with insurgents": even a deed done with each
  // other by its nature (a pattern pairing a code with itself) was done
  // with them.
  bool fought_others = false;
};

// Reads the objects of `clause`, coded `code`, whose verb is at `verb`; an
// object whose head lies in (verb, deed_end) is the deed a pattern reads
// ("began joint military exercises"), no one it is aimed at.
ObjectsOfTheDeed ReadObjectsOfTheDeed(const SentenceAnalysis& analysis, const Clause& clause, const std::string& code,
                                      uint32_t verb, uint32_t deed_end, const std::vector<int32_t>& mention_of_np,
                                      const std::vector<ActorMention>& mentions);

}  // namespace khaldun::sentence_coding

#endif  // KHALDUN_CODE_MUTUAL_CODES_H_
