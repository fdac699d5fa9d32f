// CompiledDictionary: a Dictionary turned into indexes for matching.
//
// Actor, agent, discard and issue phrases go into PhraseIndexes; every form
// of every verb (given or generated) is keyed by its inflected word; synsets
// are expanded once. Built once per run, then only read.
#ifndef KHALDUN_CODE_COMPILED_DICTIONARY_H_
#define KHALDUN_CODE_COMPILED_DICTIONARY_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "code/gapped_phrases.h"
#include "code/pattern_first_words.h"
#include "code/phrase_index.h"
#include "code/word_key_table.h"
#include "dict/dictionary.h"

namespace khaldun {

// One form of one verb: "MET_WITH" is {words MET, WITH; head 0}.
struct VerbForm {
  uint32_t family = 0;  // index into Dictionary::verb_families
  uint32_t verb = 0;    // index into that family's verbs
  std::vector<std::string> words;  // word keys of the whole form
  uint32_t head = 0;    // which word inflects (is the clause's verb)
  // TABARI "BAN=": the text word itself must be the form, not its lemma.
  bool surface_only = false;
};

class CompiledDictionary {
 public:
  // Compiles `dictionary`, which must outlive this object.
  explicit CompiledDictionary(const dict::Dictionary& dictionary);
  // (Not copied: the verb form table views the keys of this object's map.)
  CompiledDictionary(const CompiledDictionary&) = delete;
  CompiledDictionary& operator=(const CompiledDictionary&) = delete;

  const dict::Dictionary& dictionary() const { return *dictionary_; }

  const PhraseIndex& actors() const { return actors_; }      // payload: actor index
  const PhraseIndex& agents() const { return agents_; }      // payload: agent index * 2 + (plural form)
  const PhraseIndex& discards() const { return discards_; }  // payload: discard index
  const PhraseIndex& issues() const { return issues_; }      // payload: issue index
  // The phrases of TABARI's <TIME> section ("KAN_WA_MA_KAN [###]",
  // "TOMORROW [+1]"), which are no verbs; payload: verb family index.
  const PhraseIndex& time_phrases() const { return time_phrases_; }
  // TABARI actor phrases with gaps between their words (empty otherwise).
  const GappedPhrases& gapped_actors() const { return gapped_actors_; }

  // The verb forms whose inflected word has key `word`; empty if none.
  const std::vector<VerbForm>& VerbFormsOf(std::string_view word) const;
  // The same for a word whose WordKeyHash is `hash`, known already for
  // every word and lemma of a sentence (MatchContext): no hashing again.
  const std::vector<VerbForm>& VerbFormsOf(std::string_view word, size_t hash) const {
    const uint32_t at = verb_form_table_.Find(word, hash);
    return at == WordKeyTable::kAbsent ? no_verb_forms_ : *verb_form_lists_[at];
  }
  // TABARI verbs are stems ("RESTOR" matches "restored"): the forms whose
  // stem begins `word` (at least 3 letters), longest stem first; empty when
  // the dictionaries hold no TABARI verbs.
  std::vector<const VerbForm*> VerbStemsOf(std::string_view word) const;
  // TABARI actors of one word are stems too ("KUWAIT" meets "Kuwaiti"): the
  // actors whose stem, at least 3 letters, is the longest that begins `word`
  // without being all of it (that is an ordinary match); empty if none.
  const std::vector<uint32_t>& ActorStemsOf(std::string_view word) const;

  // A synset's member phrases (word keys), indexed by their first word so
  // that matching at a text position costs one lookup, not one per member.
  struct SynsetIndex {
    // Members by the WordKeyHash of their first word (compare the words too:
    // hashes may collide).
    std::unordered_map<size_t, std::vector<uint32_t>, IdentityHash> by_first_word;
    std::vector<std::vector<std::string>> members;
    // Per member: for a TABARI synset's member of several words, as written
    // (through a nested synset only of one-word members), its joins
    // (dict::Phrase::joins), read by TabariMemberLength; "" for the others,
    // read as consecutive words.
    std::vector<std::string> tabari_joins;
    // A bit per first-word hash (modulo 256): most text words start no
    // member, and this says so without the map lookup.
    uint64_t first_word_bits[4] = {};
    bool MayStartWith(size_t hash) const { return (first_word_bits[(hash >> 1) % 256 / 64] >> ((hash >> 1) % 64)) & 1; }
  };

  // The synset named `name`, or nullptr if unknown.
  const SynsetIndex* Synset(std::string_view name) const;
  // The synset a `&NAME` token of one of the dictionary's patterns names
  // (resolved once when compiling), or nullptr.
  const SynsetIndex* SynsetOf(const dict::PatternToken& token) const;

  // Whether family `f` holds nouns (a `section NOMINAL` block).
  bool IsNominal(uint32_t family) const { return family < nominal_.size() && nominal_[family]; }

  // What a pattern cannot match without, outside its alternatives: its
  // literal words (by WordKeyHash; those after the verb first, then those
  // before it, each side in order) and the synsets it names. Lets the coder
  // skip most patterns without trying them.
  struct PatternNeeds {
    size_t first_word = 0;  // 0: the pattern has no literal word
    std::vector<size_t> more_words;
    std::vector<const SynsetIndex*> synsets;  // never null
    // The pattern spells out a negation itself ("NOT", "N'T", "NEVER", or a
    // synset of such words), so its code already says what the negated
    // verb means.
    bool names_negation = false;
  };
  // For each pattern of family `f`, what it needs.
  const std::vector<PatternNeeds>& NeedsOf(uint32_t family) const { return needs_[family]; }
  // Family `f`'s patterns by their PatternNeeds::first_word.
  const PatternFirstWords& FirstWordsOf(uint32_t family) const { return first_words_[family]; }
  // Whether some family reads TABARI's syntax (TABARI or PETRARCH-1 files),
  // whose patterns may read words outside the verb's own clause.
  bool HasTabariSyntax() const { return has_tabari_syntax_; }
  // Whether some family comes from a TABARI verbs file (not PETRARCH-1):
  // TABARI has no tagger, and its own rules (a verb-dictionary word is a
  // verb wherever it stands) hold only for its files.
  bool HasTabariVerbs() const { return has_tabari_verbs_; }
  // Whether every verb family comes from a TABARI verbs file: TABARI's rules
  // about actors (its pronouns) hold only then, not beside other verbs.
  bool HasOnlyTabariVerbs() const { return has_only_tabari_verbs_; }
  // Whether some family reads PETRARCH-1's verbs file, whose agents
  // accumulate (code/agent_accumulation.h).
  bool HasPetrarch1Syntax() const { return has_petrarch1_syntax_; }

  // Whether pattern `p` of family `f` names "TO" ("* + (TO SETTLE)"), or
  // "OF" before an "-ING" word ("* (OF KIDNAPPING)"), and so reads on into
  // the clause's infinitive or "of" gerund.
  bool ReadsInfinitive(uint32_t family, uint32_t pattern) const { return reads_infinitive_[family][pattern]; }

  // The code of verb `v` of family `f` when no pattern matches: the verb's
  // own, else the family's, else "---" (empty if that does not parse).
  const dict::PairedCode& DefaultCode(uint32_t family, uint32_t verb) const { return default_codes_[family][verb]; }

 private:
  const dict::Dictionary* dictionary_;
  PhraseIndex actors_, agents_, discards_, issues_, time_phrases_;
  GappedPhrases gapped_actors_;
  std::unordered_map<std::string, std::vector<VerbForm>, StringHash, std::equal_to<>> verb_forms_;
  // verb_forms_ for lookups by a known hash: its keys, each to its forms.
  WordKeyTable verb_form_table_;
  std::vector<const std::vector<VerbForm>*> verb_form_lists_;
  const std::vector<VerbForm> no_verb_forms_;
  std::unordered_map<std::string, std::vector<VerbForm>, StringHash, std::equal_to<>> verb_stems_;
  size_t longest_stem_ = 0;
  std::unordered_map<std::string, std::vector<uint32_t>, StringHash, std::equal_to<>> actor_stems_;
  size_t longest_actor_stem_ = 0;
  std::unordered_map<std::string, SynsetIndex, StringHash, std::equal_to<>> synsets_;
  std::unordered_map<const dict::PatternToken*, const SynsetIndex*> synset_of_token_;
  std::vector<bool> nominal_;
  std::vector<std::vector<PatternNeeds>> needs_;
  std::vector<PatternFirstWords> first_words_;
  bool has_tabari_syntax_ = false;
  bool has_tabari_verbs_ = false;
  bool has_only_tabari_verbs_ = false;
  bool has_petrarch1_syntax_ = false;
  std::vector<std::vector<bool>> reads_infinitive_;
  std::vector<std::vector<dict::PairedCode>> default_codes_;
};

// The word keys of a dictionary phrase.
std::vector<std::string> PhraseKeys(const dict::Phrase& phrase);

}  // namespace khaldun

#endif  // KHALDUN_CODE_COMPILED_DICTIONARY_H_
