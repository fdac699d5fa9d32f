// Phrases of one sentence: noun phrases and prepositional phrases.
//
// All token indices are positions within the sentence (0 = its first token),
// half-open [begin, end). Lists (coordination members, attached PPs) are
// IndexRange slices of SentenceAnalysis::index_pool, so analysing a sentence
// allocates nothing once the buffers have grown (see sentence_analysis.h).
#ifndef KHALDUN_LANG_PHRASE_H_
#define KHALDUN_LANG_PHRASE_H_

#include <cstdint>

namespace khaldun {

// "No such phrase/token/clause".
inline constexpr int32_t kNone = -1;

// A slice [begin, end) of SentenceAnalysis::index_pool.
struct IndexRange {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
};

enum class NounPhraseKind : uint8_t {
  // A chunk (CoNLL-2000 style): determiner, pre-modifiers and head, no
  // post-modifiers. "the Taliban 's" (possessor, ending in the POS token),
  // "leader", "the Beijing Olympics", "he", "Wednesday".
  kBase,
  // "Pakistan and the United States", "Russia, China and Iran": a phrase
  // over its members (base or nested), listed in `members`.
  kCoordination,
};

struct NounPhrase {
  NounPhraseKind kind = NounPhraseKind::kBase;
  uint32_t begin = 0, end = 0;  // tokens of the phrase itself, without possessor or post-modifiers
  // The head: the last noun of a chunk ("leader", "Khalilzad"), the pronoun,
  // or the last number/adjective of a noun-less chunk ("the two"). For a
  // coordination, the first member's head.
  uint32_t head = 0;
  int32_t determiner = kNone;  // "the", "a", "his", "this", "all": token index
  // Pre-modifiers are [modifiers_begin, name_begin): adjectives, noun
  // modifiers and titles ("Taliban chief" in "Taliban chief Haibatullah
  // Akhundzada"); the name or head noun group is [name_begin, end). With no
  // title before a proper name, name_begin is the first noun of the head run.
  uint32_t modifiers_begin = 0, name_begin = 0;
  // "the Taliban 's leader": `leader` has possessor = the NP "the Taliban 's".
  // full_begin is where the phrase starts including the possessor chain.
  int32_t possessor = kNone;
  uint32_t full_begin = 0;
  int32_t possessed = kNone;    // on the possessor: the NP it belongs to
  // "Zalmay Khalilzad , the US envoy ,": apposition = the second NP; the
  // second has appositive_of = the first.
  int32_t apposition = kNone;
  int32_t appositive_of = kNone;
  int32_t coordination = kNone; // on a member: the coordination NP it belongs to
  IndexRange members;           // kCoordination: member NP indices, in order
  IndexRange pps;               // PPs attached to this NP ("protesters in Kabul")
  int32_t pp_object_of = kNone; // this NP is the object of that PP
  int32_t relative_clause = kNone;  // "X , who has led ..." (clause index)
  bool pronoun = false;         // he, they, it, there ...
  bool proper = false;          // head is NNP/NNPS
  // A bare time expression ("Wednesday", "last week", "this year"): not an
  // object of the verb, so the clause builder lists it as neither subject nor object.
  bool temporal = false;
};

struct PrepPhrase {
  uint32_t preposition = 0;      // first token ("on" of "on behalf of")
  uint32_t preposition_end = 0;  // one past the last token of the preposition
  int32_t object_np = kNone;     // the NP it governs (a coordination if there is one)
  int32_t attached_np = kNone;   // the NP it modifies, or kNone when it belongs to a clause
  int32_t clause = kNone;        // the clause it belongs to (set for every PP inside a clause)
};

}  // namespace khaldun

#endif  // KHALDUN_LANG_PHRASE_H_
