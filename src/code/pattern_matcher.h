// PatternMatcher: does a verb pattern fit a clause, and where are its actors?
//
// A pattern's words after '*' must appear, in order, after the verb and
// inside the clause (words between them are allowed, except where '_' joins
// two: "NOTED_WOULD", "*_AND"); words before '*' must appear before the verb. '$' and '+' (and '%') take the next actor mention
// at that place; '^' skips one (in PETRARCH-1 patterns, after a word, the
// rest of that word's noun phrase: "THEIR ^ +"); '&NAME' matches any member of the synset;
// TABARI's "{ A | B }" any alternative. Text words match a pattern word by
// their key or by their lemma's key, so "talks" meets TALK and TALKS.
#ifndef KHALDUN_CODE_PATTERN_MATCHER_H_
#define KHALDUN_CODE_PATTERN_MATCHER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "code/actor_mention.h"
#include "code/compiled_dictionary.h"
#include "dict/verb_pattern.h"
#include "lang/pos_tag.h"
#include "lang/sentence_analysis.h"

namespace khaldun {

// The sentence as the matcher sees it.
struct MatchContext {
  const std::vector<std::string_view>* keys = nullptr;   // word keys
  const std::vector<std::string_view>* lemma_keys = nullptr;  // keys of the lemmas
  const std::vector<ActorMention>* mentions = nullptr;
  // Per token: the mention that starts there, or -1.
  const std::vector<int32_t>* mention_at = nullptr;
  // Per token: WordKeyHash of its key and of its lemma's key.
  const std::vector<size_t>* key_hashes = nullptr;
  const std::vector<size_t>* lemma_hashes = nullptr;
  // Per token: its part of speech (may be null: then no tag is consulted).
  const std::vector<PosTag>* tags = nullptr;
  // Per token: the base noun phrase holding it, or -1, and the phrases'
  // ends (may be null: then '^' only skips an actor).
  const std::vector<int32_t>* np_of_word = nullptr;
  const std::vector<uint32_t>* np_end = nullptr;
  // PETRARCH-1's '^' after a word skips the rest of that word's noun
  // phrase, actor or not ("WARN * THEIR ^ +": "warned their people about
  // X" aims at X). Set per family by the clause coder.
  bool skip_rest_of_phrase = false;
  // PETRARCH-2 reads a pattern's first noun after '*' in the verb's
  // phrase: its object, or one phrase on ("asked China for medical
  // supplies"); past a noun and then a second preposition other than "of"
  // it is in a phrase of its own ("made a statement in Cairo at the end of
  // a week-long trip" is no "* TRIP"). Set per family by the clause coder; needs
  // `tags`.
  bool first_word_in_verb_phrase = false;
  // Per token: one past the last word of the dictionary actor's name that
  // holds it, when it is not that last word, else 0 (may be null). A synset
  // word there is part of a name: "suspended its participation in the
  // Collective Security Treaty Organization" names no &AGREEMENT.
  const std::vector<uint32_t>* name_end = nullptr;
  // Per token: the word as written (may be null), for TABARI's reading of
  // capitals (code/tabari_noun_form.h).
  const std::vector<std::string_view>* words = nullptr;
  // With TABARI's verbs and no COMMA: switch, the sentence: '$' read back
  // from the verb skips an actor in a short comma aside that does not hold
  // the verb (sentence_coding::InShortCommaAside), as TABARI drops such
  // asides ("Faramir, son of the Steward of Gondor, pleaded with Rohan"
  // is Faramir's plea). Null otherwise.
  const SentenceAnalysis* tabari_asides = nullptr;
  // A passive whose subject holds the pattern's words ("new sanctions were
  // imposed on Iran"): the words read run from the subject on, and
  // [gap_begin, gap_end), the verb group between the subject and the verb's
  // complements ("were imposed"), is passed over, so that the subject reads
  // as the object it is in the active. Empty (equal) otherwise.
  uint32_t gap_begin = 0;
  uint32_t gap_end = 0;
};

struct PatternFit {
  bool matched = false;
  int score = 0;            // literal words matched, content words counting double (more is more specific)
  int32_t source = -1;      // mention index bound by '$' (or '%'), -1 if none
  int32_t target = -1;      // mention index bound by '+', -1 if none
  int32_t compound = -1;    // mention index bound by '%', -1 if none
  uint32_t last_token = 0;  // one past the last token the pattern used
};

class PatternMatcher {
 public:
  explicit PatternMatcher(const CompiledDictionary& dictionary) : dictionary_(&dictionary) {}

  // Fits `pattern` with the verb at token `verb`, the text after it being
  // [after_begin, after_end) and before it [before_begin, before_end)
  // (before_end <= verb; UINT32_MAX: up to the verb). With
  // `nearest_before` (TABARI, which reads back from the verb) an actor
  // before '*' is the one nearest the words after it that still fit
  // ("$ HOSTING": the actor right before "hosting"), else the first.
  PatternFit Fit(const dict::VerbPattern& pattern, const MatchContext& context, uint32_t before_begin,
                 uint32_t verb, uint32_t after_begin, uint32_t after_end, uint32_t before_end = UINT32_MAX,
                 bool nearest_before = false) const;

 private:
  // Where matching stands: token `index` of `tokens`, then whatever `next`
  // still has to match (an alternative continues with the tokens after it,
  // without copying them).
  struct Cursor {
    const std::vector<dict::PatternToken>* tokens;
    size_t index;
    const Cursor* next;
    bool tight_start;  // the first token must match at the position ('_' before it)
    bool nearest = false;  // actors are tried from the last position back
    bool first_after_verb = false;  // the first token after '*'
  };
  // Matches from `position` within `limit`; the match must end at `end_at`
  // unless that is kAnywhere.
  static constexpr uint32_t kAnywhere = UINT32_MAX;
  bool MatchSequence(const Cursor* cursor, const MatchContext& context, uint32_t position, uint32_t limit,
                     uint32_t end_at, PatternFit* fit, int depth) const;
  // Length of a word or synset member matching at `position`, or 0;
  // `synset` is the one a synset token names (SynsetOf), else unused.
  uint32_t WordAt(const dict::PatternToken& token, const CompiledDictionary::SynsetIndex* synset,
                  const MatchContext& context, uint32_t position, uint32_t limit) const;

  const CompiledDictionary* dictionary_;
};

}  // namespace khaldun

#endif  // KHALDUN_CODE_PATTERN_MATCHER_H_
