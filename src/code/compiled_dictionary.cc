#include "code/compiled_dictionary.h"

#include <algorithm>

#include <optional>
#include <set>

#include "code/tabari_noun_endings.h"

namespace khaldun {

std::vector<std::string> PhraseKeys(const dict::Phrase& phrase) {
  std::vector<std::string> keys;
  keys.reserve(phrase.words.size());
  for (const std::string& word : phrase.words) {
    std::string key = WordKey(word);
    if (key.empty()) continue;
    // The tokenizer splits the possessive off ("People 's", "Martyrs '"): so
    // do the keys.
    if (key.size() > 2 && key.compare(key.size() - 2, 2, "'S") == 0) {
      keys.push_back(key.substr(0, key.size() - 2));
      keys.push_back("'S");
      continue;
    }
    // And so it splits a negation off its auxiliary: "DIDN'T" is "did n't",
    // "WON'T" "wo n't", "CAN'T" "ca n't".
    if (key.size() > 4 && key.compare(key.size() - 3, 3, "N'T") == 0) {
      keys.push_back(key.substr(0, key.size() - 3));
      keys.push_back("N'T");
      continue;
    }
    if (key.size() > 2 && key.back() == '\'' && key[key.size() - 2] == 'S') {
      keys.push_back(key.substr(0, key.size() - 1));
      keys.push_back("'");
      continue;
    }
    keys.push_back(std::move(key));
  }
  return keys;
}

namespace {

// A negation as a pattern word: "NOT", "NEVER", "N'T" or a word ending so.
bool IsNegationKey(const std::string& word) {
  return word == "NOT" || word == "NEVER" || word.ends_with("N'T") || word.ends_with("_NOT");
}

// TABARI synset members may name other synsets ("+&TIETYPES_MEMOS"): such a
// word stands for every member of the synset it names, nested ones too (a
// cycle, or a name no synset has, matches nothing).
void ExpandNestedSynsets(const dict::Dictionary& dictionary, std::vector<std::string> keys, int depth,
                         std::vector<std::vector<std::string>>* out) {
  auto named = std::find_if(keys.begin(), keys.end(), [](const std::string& k) { return k.size() > 1 && k[0] == '&'; });
  if (named == keys.end()) {
    out->push_back(std::move(keys));
    return;
  }
  const dict::Synset* synset = depth < 4 ? dictionary.FindSynset(std::string_view(*named).substr(1)) : nullptr;
  if (synset == nullptr) return;
  const size_t at = static_cast<size_t>(named - keys.begin());
  for (const dict::Phrase& member : synset->Expansion()) {
    std::vector<std::string> expanded(keys.begin(), keys.begin() + at);
    for (std::string& key : PhraseKeys(member)) expanded.push_back(std::move(key));
    expanded.insert(expanded.end(), keys.begin() + at + 1, keys.end());
    ExpandNestedSynsets(dictionary, std::move(expanded), depth + 1, out);
  }
}

// "+CLEARED_UP" -> words {CLEARED, UP}, head 0.
void AddForm(std::string_view form, uint32_t family, uint32_t verb,
             std::unordered_map<std::string, std::vector<VerbForm>, StringHash, std::equal_to<>>* forms,
             std::set<std::string>* seen) {
  dict::VerbWords split = dict::SplitVerbForm(form);
  VerbForm entry;
  entry.family = family;
  entry.verb = verb;
  entry.words = PhraseKeys(split.phrase);
  if (entry.words.empty()) return;
  entry.head = static_cast<uint32_t>(std::min(split.head, entry.words.size() - 1));
  entry.surface_only = split.phrase.joins.back() == dict::kJoinExactForm;
  std::string signature = std::to_string(family) + ":" + std::to_string(verb) + ":";
  for (const std::string& w : entry.words) signature += w + " ";
  if (!seen->insert(signature).second) return;
  (*forms)[entry.words[entry.head]].push_back(std::move(entry));
}

}  // namespace

CompiledDictionary::CompiledDictionary(const dict::Dictionary& dictionary)
    : dictionary_(&dictionary), gapped_actors_(dictionary) {
  for (uint32_t a = 0; a < dictionary.actors.size(); ++a) {
    for (const dict::Phrase* phrase : dictionary.actors[a].Phrases()) {
      actors_.Add(PhraseKeys(*phrase), a);
      if (std::optional<std::vector<std::string>> ending = TabariNounEndingKeys(dictionary.actors[a], *phrase)) {
        actors_.Add(*ending, a);
      }
      if (dictionary.actors[a].stems && phrase->words.size() == 1 && !phrase->exact_end() &&
          phrase->words[0].size() >= 3) {
        std::string key = WordKey(phrase->words[0]);
        longest_actor_stem_ = std::max(longest_actor_stem_, key.size());
        actor_stems_[std::move(key)].push_back(a);
      }
    }
  }
  for (uint32_t a = 0; a < dictionary.agents.size(); ++a) {
    const dict::Agent& agent = dictionary.agents[a];
    agents_.Add(PhraseKeys(agent.phrase), a * 2);
    for (const dict::Phrase& plural : agent.plurals) agents_.Add(PhraseKeys(plural), a * 2 + 1);
  }
  for (uint32_t d = 0; d < dictionary.discards.size(); ++d) discards_.Add(PhraseKeys(dictionary.discards[d].phrase), d);
  for (uint32_t i = 0; i < dictionary.issues.size(); ++i) {
    for (const dict::Phrase& form : dictionary.issues[i].forms) issues_.Add(PhraseKeys(form), i);
  }
  for (uint32_t f = 0; f < dictionary.verb_families.size(); ++f) {
    const dict::VerbFamily& family = dictionary.verb_families[f];
    if (family.section != "TIME") continue;
    for (const dict::Verb& verb : family.verbs) time_phrases_.Add(PhraseKeys(dict::ParsePhrase(verb.text)), f);
  }
  actors_.Finish();
  agents_.Finish();
  discards_.Finish();
  issues_.Finish();
  time_phrases_.Finish();

  std::set<std::string> seen;
  nominal_.resize(dictionary.verb_families.size());
  for (uint32_t f = 0; f < dictionary.verb_families.size(); ++f) {
    const dict::VerbFamily& family = dictionary.verb_families[f];
    nominal_[f] = family.section == "NOMINAL";
    if (family.section == "TIME") continue;  // time phrases, not verbs
    for (uint32_t v = 0; v < family.verbs.size(); ++v) {
      const dict::Verb& verb = family.verbs[v];
      // A TABARI verb of one word without a closing '_' is a stem, and so
      // is such a form of it ("{ ACTING_ ACTUALITY }": "actualities").
      auto add_stem = [&](const std::string& text) {
        if (family.syntax != dict::PatternSyntax::kTabari || text.size() < 3 ||
            text.find_first_of("_+ =") != std::string::npos) {
          return;
        }
        VerbForm form;
        form.family = f;
        form.verb = v;
        form.words = {WordKey(text)};
        longest_stem_ = std::max(longest_stem_, form.words[0].size());
        verb_stems_[form.words[0]].push_back(std::move(form));
      };
      add_stem(verb.text);
      for (const std::string& form : verb.forms) add_stem(form);
      AddForm(verb.text, f, v, &verb_forms_, &seen);
      for (const std::string& form : verb.forms) AddForm(form, f, v, &verb_forms_, &seen);
      if (!verb.irregular) {
        for (const std::string& form : dict::RegularVerbForms(verb.text, family.syntax)) {
          AddForm(form, f, v, &verb_forms_, &seen);
        }
      }
    }
  }
  std::vector<std::string_view> form_keys;
  for (const auto& [key, forms] : verb_forms_) {
    form_keys.push_back(key);
    verb_form_lists_.push_back(&forms);
  }
  verb_form_table_ = WordKeyTable(form_keys);
  reads_infinitive_.resize(dictionary.verb_families.size());
  default_codes_.resize(dictionary.verb_families.size());
  for (uint32_t f = 0; f < dictionary.verb_families.size(); ++f) {
    const dict::VerbFamily& family = dictionary.verb_families[f];
    for (const dict::Verb& verb : family.verbs) {
      const std::string& code = verb.code.empty() ? family.code : verb.code;
      Result<dict::PairedCode> parsed = dict::ParsePairedCode(code.empty() ? "---" : code);
      default_codes_[f].push_back(parsed.ok() ? std::move(parsed).value() : dict::PairedCode());
    }
    for (const dict::VerbPattern& pattern : family.patterns) {
      bool reads = false;
      for (size_t t = 0; t < pattern.after.size() && !reads; ++t) {
        const dict::PatternToken& token = pattern.after[t];
        if (token.kind != dict::PatternToken::Kind::kWord) continue;
        reads = token.text == "TO" || (token.text == "OF" && t + 1 < pattern.after.size() &&
                                       pattern.after[t + 1].kind == dict::PatternToken::Kind::kWord &&
                                       pattern.after[t + 1].text.ends_with("ING"));
      }
      reads_infinitive_[f].push_back(reads);
    }
  }
  for (const dict::Synset& synset : dictionary.synsets) {
    SynsetIndex& index = synsets_[WordKey(synset.name)];
    index = SynsetIndex();  // the last definition wins, as in Dictionary::FindSynset
    std::vector<std::vector<std::string>> expanded;
    for (const dict::Phrase& phrase : synset.Expansion()) {
      expanded.clear();
      ExpandNestedSynsets(dictionary, PhraseKeys(phrase), 0, &expanded);
      for (std::vector<std::string>& keys : expanded) {
        if (keys.empty()) continue;
        // Word for word as written, a nested synset's one-word members
        // ("+&METAL CROWN": "copper crowns") included.
        const bool as_written = keys.size() == phrase.words.size();
        index.tabari_joins.push_back(
            synset.syntax == dict::PatternSyntax::kTabari && as_written && keys.size() > 1 ? phrase.joins : "");
        const size_t hash = WordKeyHash(keys[0]);
        index.by_first_word[hash].push_back(static_cast<uint32_t>(index.members.size()));
        index.first_word_bits[(hash >> 1) % 256 / 64] |= uint64_t{1} << ((hash >> 1) % 64);
        index.members.push_back(std::move(keys));
      }
    }
  }
  // What every pattern needs, once the synsets are known.
  needs_.resize(dictionary.verb_families.size());
  has_tabari_syntax_ = std::any_of(dictionary.verb_families.begin(), dictionary.verb_families.end(),
                                   [](const dict::VerbFamily& family) {
                                     return family.syntax == dict::PatternSyntax::kTabari ||
                                            family.syntax == dict::PatternSyntax::kPetrarch1;
                                   });
  has_only_tabari_verbs_ =
      !dictionary.verb_families.empty() &&
      std::all_of(dictionary.verb_families.begin(), dictionary.verb_families.end(),
                  [](const dict::VerbFamily& family) { return family.syntax == dict::PatternSyntax::kTabari; });
  has_tabari_verbs_ = std::any_of(dictionary.verb_families.begin(), dictionary.verb_families.end(),
                                  [](const dict::VerbFamily& family) { return family.syntax == dict::PatternSyntax::kTabari; });
  has_petrarch1_syntax_ = std::any_of(
      dictionary.verb_families.begin(), dictionary.verb_families.end(),
      [](const dict::VerbFamily& family) { return family.syntax == dict::PatternSyntax::kPetrarch1; });
  for (uint32_t f = 0; f < dictionary.verb_families.size(); ++f) {
    for (const dict::VerbPattern& pattern : dictionary.verb_families[f].patterns) {
      PatternNeeds& needs = needs_[f].emplace_back();
      for (const std::vector<dict::PatternToken>* side : {&pattern.after, &pattern.before}) {
        for (const dict::PatternToken& token : *side) {
          // A stem may meet a longer word: only a whole word can be required.
          if (token.kind == dict::PatternToken::Kind::kWord && !token.stem) {
            const size_t hash = WordKeyHash(WordKey(token.text));
            if (needs.first_word == 0) {
              needs.first_word = hash;
            } else {
              needs.more_words.push_back(hash);
            }
          }
          if (token.kind == dict::PatternToken::Kind::kWord && IsNegationKey(token.text)) needs.names_negation = true;
          if (token.kind != dict::PatternToken::Kind::kSynset) continue;
          const SynsetIndex* synset = Synset(token.text);
          if (synset == nullptr) continue;
          needs.synsets.push_back(synset);
          for (const std::vector<std::string>& member : synset->members) {
            if (std::any_of(member.begin(), member.end(), IsNegationKey)) needs.names_negation = true;
          }
        }
      }
    }
  }
  first_words_.reserve(needs_.size());
  for (const std::vector<PatternNeeds>& family : needs_) {
    std::vector<size_t> first_words;
    for (const PatternNeeds& needs : family) first_words.push_back(needs.first_word);
    first_words_.emplace_back(first_words);
  }
  // Every &NAME token of every pattern, resolved once.
  auto resolve = [&](const std::vector<dict::PatternToken>& tokens, auto& self) -> void {
    for (const dict::PatternToken& token : tokens) {
      if (token.kind == dict::PatternToken::Kind::kSynset) synset_of_token_[&token] = Synset(token.text);
      for (const std::vector<dict::PatternToken>& alternative : token.alternatives) self(alternative, self);
    }
  };
  for (const dict::VerbFamily& family : dictionary.verb_families) {
    for (const dict::VerbPattern& pattern : family.patterns) {
      resolve(pattern.before, resolve);
      resolve(pattern.after, resolve);
    }
  }
}

const CompiledDictionary::SynsetIndex* CompiledDictionary::SynsetOf(const dict::PatternToken& token) const {
  auto it = synset_of_token_.find(&token);
  return it != synset_of_token_.end() ? it->second : Synset(token.text);
}

const std::vector<VerbForm>& CompiledDictionary::VerbFormsOf(std::string_view word) const {
  static const std::vector<VerbForm> kNone;
  auto it = verb_forms_.find(word);
  return it == verb_forms_.end() ? kNone : it->second;
}

std::vector<const VerbForm*> CompiledDictionary::VerbStemsOf(std::string_view word) const {
  std::vector<const VerbForm*> forms;
  if (verb_stems_.empty()) return forms;
  for (size_t length = std::min(word.size(), longest_stem_); length >= 3; --length) {
    auto it = verb_stems_.find(word.substr(0, length));
    if (it == verb_stems_.end()) continue;
    for (const VerbForm& form : it->second) forms.push_back(&form);
  }
  return forms;
}

const std::vector<uint32_t>& CompiledDictionary::ActorStemsOf(std::string_view word) const {
  static const std::vector<uint32_t> kNone;
  if (actor_stems_.empty() || word.size() < 4) return kNone;
  for (size_t length = std::min(word.size() - 1, longest_actor_stem_); length >= 3; --length) {
    auto it = actor_stems_.find(word.substr(0, length));
    if (it != actor_stems_.end()) return it->second;
  }
  return kNone;
}

const CompiledDictionary::SynsetIndex* CompiledDictionary::Synset(std::string_view name) const {
  auto it = synsets_.find(name);
  return it == synsets_.end() ? nullptr : &it->second;
}


}  // namespace khaldun
