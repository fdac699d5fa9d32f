// ActorMatcher: the actors of a sentence's noun phrases.
//
// For each base noun phrase: the longest dictionary actor phrases inside it
// (dated codes resolved by the document date), role nouns (agents) attached
// to them ("Pakistani officials" -> PAK + GOV), actors borrowed from a
// possessor ("the Taliban's leader") or an attached place ("protesters in
// Kabul"), and references to earlier actors ("he", "the envoy", "the
// insurgents") resolved from the document's history. With a gazetteer,
// places the dictionary lacks stand for their country where a preposition
// names them as places ("in Texas" -> USA), and a capital named as
// a place is its country, not its government ("a rally in Beijing" -> CHN,
// "Kabul residents" -> AFGCVL; "Beijing said" stays CHNGOV).
// Match runs the steps in order; those that stand alone live in
// code/actor_places.h, code/actor_references.h, code/sentence_country.h and
// code/agent_accumulation.h, sharing code/actor_match_state.h.
#ifndef KHALDUN_CODE_ACTOR_MATCHER_H_
#define KHALDUN_CODE_ACTOR_MATCHER_H_

#include <string>
#include <string_view>
#include <vector>

#include "code/actor_mention.h"
#include "code/compiled_dictionary.h"
#include "dict/dated_code.h"
#include "lang/sentence_analysis.h"

namespace khaldun {

// What earlier sentences of the document said, for references.
struct ActorHistory {
  // Resolved mentions, oldest first. With TABARI's FORWARD, only the actor
  // forwarded from the previous sentence, marked how == "forwarded": then a
  // main clause's subject "it" is that actor too.
  std::vector<ActorMention> mentions;
  // The source and the target of the last event coded between two parties
  // (not one state and its own organ): whom "both sides" means next.
  // Empty before the first.
  std::vector<ActorMention> last_dyad;
  // The doer of the last deed coded: the last dyad's source, or a later
  // deed's aimed at no one named ("North Korea test-fired a missile"):
  // whom "the launch" means next. Unresolved before the first.
  ActorMention last_doer;
  void Clear() {
    mentions.clear();
    last_dyad.clear();
    last_doer = ActorMention();
  }
};

class Gazetteer;

// ActorMatcher::Match's per-NP working state, kept by the caller (one per
// thread, in its CoderWorkspace) so that its vectors keep their memory from
// sentence to sentence. Match resets every slot it uses.
// A dictionary actor or agent phrase found in an NP: its words, and the
// actor's index or the agent's payload.
struct ActorMatcherHit {
  uint32_t begin = 0, end = 0;
  uint32_t entry = 0;
};

struct ActorMatcherScratch {
  std::vector<const dict::Agent*> agent_only;
  std::vector<uint32_t> agent_payload;
  std::vector<bool> agent_is_head;
  // PETRARCH-1 only: the agents found inside each NP's main agent phrase.
  std::vector<std::vector<const dict::Agent*>> inner_agents;
  // PETRARCH-1 only: the agent combined with each NP's own actor, or null.
  std::vector<const dict::Agent*> actor_agent;
  std::vector<bool> as_place;
  std::vector<uint32_t> scan_begin;
  std::vector<int32_t> absorbed_by;
  // Roles read after the role they are "of" ("leaders of the Brotherhood").
  std::vector<uint32_t> deferred_roles;
  // Per NP: whether a verb takes it as object (MarkVerbObjects).
  std::vector<bool> object_of_verb;
  // The actor and agent phrases of the NP being read. (Kept here, as the
  // rest, so that a sentence allocates nothing once the buffers have grown.)
  std::vector<ActorMatcherHit> actors, agents;
};

class ActorMatcher {
 public:
  // `places` (may be null: no place rules) must outlive the matcher.
  explicit ActorMatcher(const CompiledDictionary& dictionary, const Gazetteer* places = nullptr)
      : dictionary_(&dictionary), places_(places) {}

  // Finds the actor of every NP of `analysis`. `keys` are the word keys of
  // the sentence's words. `mention_of_np` gets one entry per NP: an index
  // into `*mentions`, or -1. Coordinations get -1 here; their members carry
  // the mentions. An NP standing for several actors ("lawmakers in Kandahar
  // and Helmand") lists them all in `group_of_np` (empty for the others).
  // Resolved mentions are appended to `history` afterwards by the caller
  // (so a sentence cannot refer to itself). With `convert_agents` (TABARI's
  // SET: CONVERT AGENT), an agent naming no actor is one, coded "~" and its
  // own code ("~REB"). `scratch` is working space.
  void Match(const SentenceAnalysis& analysis, const std::vector<std::string_view>& keys,
             const std::vector<size_t>& key_hashes, dict::DateNumber date,
             const ActorHistory& history, bool convert_agents, std::vector<ActorMention>* mentions,
             std::vector<int32_t>* mention_of_np, std::vector<std::vector<int32_t>>* group_of_np,
             ActorMatcherScratch* scratch, std::vector<std::string>* trace) const;

 private:
  const CompiledDictionary* dictionary_;
  const Gazetteer* places_;
};

// Combines an actor code with an agent code: "PAK" + ~GOV -> "PAKGOV",
// "PAK" + NGO~ -> "NGOPAK". An actor code longer than a country code keeps
// its own roles ("AFGINS" + ~GOV -> "AFGINS"), and an actor whose code is
// the agent's takes nothing ("NGM" + NGM~ -> "NGM").
std::string CombineCodes(const std::string& actor, const dict::Agent& agent);

}  // namespace khaldun

#endif  // KHALDUN_CODE_ACTOR_MATCHER_H_
