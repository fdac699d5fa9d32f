#include "lang/word_classes.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

namespace khaldun::word_classes {
namespace {

static_assert(std::endian::native == std::endian::little, "WordSet packs keys little-endian");

// A closed word list, packed and sorted at compile time. Most tokens are not
// in a given list, so a lookup first rejects by length and first letter (two
// bit tests); only then is the word lower-cased into a 24-byte integer key
// and binary-searched with integer compares: a few ns per token, no
// allocation, no memcmp calls.
template <size_t N>
class WordSet {
 public:
  constexpr explicit WordSet(std::array<std::string_view, N> words) {
    for (size_t k = 0; k < N; ++k) {
      const std::string_view word = words[k];
      if (word.empty() || word.size() > kMaxLength) throw "WordSet: words must have 1-24 bytes";
      keys_[k] = Pack(word);
      lengths_ |= uint32_t{1} << word.size();
      initials_ |= uint64_t{1} << (static_cast<unsigned char>(word[0]) & 63);
    }
    std::sort(keys_.begin(), keys_.end());
  }
  bool Contains(std::string_view word) const {
    if (word.empty() || word.size() > kMaxLength || (lengths_ & (uint32_t{1} << word.size())) == 0) {
      return false;
    }
    const char first = Lower(word[0]);
    if ((initials_ & (uint64_t{1} << (static_cast<unsigned char>(first) & 63))) == 0) return false;
    // Packed and lower-cased eight bytes at a time (a byte loop cost ~10
    // instructions a byte); little-endian loads put byte i where Pack does.
    unsigned char bytes[kMaxLength] = {};
    std::memcpy(bytes, word.data(), word.size());
    Key key{};
    for (size_t w = 0; w * 8 < word.size(); ++w) {
      uint64_t v;
      std::memcpy(&v, bytes + w * 8, 8);
      key.w[w] = LowerEight(v);
    }
    return std::binary_search(keys_.begin(), keys_.end(), key);
  }

 private:
  static constexpr size_t kMaxLength = 24;
  // The bytes of a word, eight to an integer, zero padded.
  struct Key {
    uint64_t w[3] = {0, 0, 0};
    constexpr bool operator<(const Key& o) const {
      if (w[0] != o.w[0]) return w[0] < o.w[0];
      if (w[1] != o.w[1]) return w[1] < o.w[1];
      return w[2] < o.w[2];
    }
  };
  static constexpr Key Pack(std::string_view word) {
    Key key{};
    for (size_t i = 0; i < word.size(); ++i) {
      key.w[i >> 3] |= uint64_t{static_cast<unsigned char>(word[i])} << ((i & 7) * 8);
    }
    return key;
  }
  static constexpr char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
  // Lower() on each byte of `v` at once: a byte gets 0x20 when it is in
  // 'A'..'Z' (its top bit clear, >= 0x41 and not >= 0x5B); no carries cross
  // bytes, since every sum stays below 0x100.
  static uint64_t LowerEight(uint64_t v) {
    constexpr uint64_t kOnes = 0x0101010101010101ull;
    const uint64_t low7 = v & (0x7F * kOnes);
    const uint64_t at_least_a = low7 + (0x3F * kOnes);
    const uint64_t above_z = low7 + (0x25 * kOnes);
    const uint64_t upper = (at_least_a ^ above_z) & ~v & (0x80 * kOnes);
    return v | (upper >> 2);
  }
  std::array<Key, N> keys_{};
  uint32_t lengths_ = 0;
  uint64_t initials_ = 0;
};

template <typename... Words>
constexpr auto MakeSet(Words... words) {
  return WordSet<sizeof...(Words)>(std::array<std::string_view, sizeof...(Words)>{words...});
}

}  // namespace

Auxiliary AuxiliaryOf(std::string_view word) {
  static constexpr auto kBe = MakeSet("be", "is", "are", "was", "were", "been", "being", "am",
      "'s", "'re", "'m");
  if (kBe.Contains(word)) return Auxiliary::kBe;
  static constexpr auto kHave = MakeSet("have", "has", "had", "having", "'ve", "'d");
  if (kHave.Contains(word)) return Auxiliary::kHave;
  static constexpr auto kDo = MakeSet("do", "does", "did");
  if (kDo.Contains(word)) return Auxiliary::kDo;
  static constexpr auto kGet = MakeSet("get", "gets", "got", "gotten", "getting");
  if (kGet.Contains(word)) return Auxiliary::kGet;
  return Auxiliary::kNone;
}

bool IsNegation(std::string_view word) {
  static constexpr auto kNegations = MakeSet("not", "n't", "never", "cannot");
  return kNegations.Contains(word);
}

bool IsFutureModal(std::string_view word) {
  static constexpr auto kFutureModals = MakeSet("will", "'ll", "shall", "wo");
  return kFutureModals.Contains(word);
}

bool IsSubordinator(std::string_view word) {
  static constexpr auto kSubordinators = MakeSet("as", "because", "while", "after", "before",
      "since", "although", "though", "if", "until", "unless", "whereas", "once", "whether", "when",
      "where", "whenever", "so");
  return kSubordinators.Contains(word);
}

bool IsRelativePronoun(std::string_view word) {
  static constexpr auto kRelativePronouns = MakeSet("who", "whom", "which", "that", "whose");
  return kRelativePronouns.Contains(word);
}

bool IsSpeechVerb(std::string_view lemma) {
  static constexpr auto kSpeechVerbs = MakeSet("say", "tell", "announce", "state", "claim", "add",
      "report", "insist", "warn", "deny", "confirm", "declare", "note", "argue", "explain",
      "stress", "reiterate", "assert", "allege", "acknowledge", "admit", "reply", "write", "tweet",
      "quote", "emphasize", "emphasise", "told", "said", "charge", "complain", "predict",
      "promise", "pledge", "vow", "threaten", "urge", "suggest", "indicate", "reveal", "disclose",
      "concede", "maintain");
  return kSpeechVerbs.Contains(lemma);
}

bool IsCognitionVerb(std::string_view lemma) {
  static constexpr auto kCognitionVerbs = MakeSet("believe", "think", "hope", "fear", "expect",
      "know", "feel", "show", "agree", "decide", "understand", "hear", "learn", "realize",
      "realise", "ensure", "estimate", "doubt", "worry", "suspect", "conclude", "find", "assume",
      "accept", "recognize", "recognise", "mean", "demand", "ask", "request", "order", "recommend",
      "propose");
  return kCognitionVerbs.Contains(lemma);
}

bool IsObjectControlVerb(std::string_view lemma) {
  static constexpr auto kObjectControl = MakeSet("urge", "ask", "tell", "force", "order", "allow",
      "invite", "persuade", "encourage", "push", "press", "pressure", "want", "expect", "require",
      "enable", "help", "compel", "instruct", "authorize", "authorise", "permit", "warn", "advise",
      "remind", "get", "cause", "oblige", "call", "appeal", "convince", "beg", "challenge", "command",
      "direct", "empower", "forbid", "implore", "inspire", "lead", "mandate", "prompt", "recruit",
      "request", "task", "train", "trust", "need", "prefer", "like", "order", "pay", "choose", "elect",
      "appoint", "send", "use", "deploy", "mobilize", "mobilise");
  return kObjectControl.Contains(lemma);
}

bool IsDateWord(std::string_view word) {
  static constexpr auto kDateWords = MakeSet("monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "january", "february", "march", "april", "june", "july",
      "august", "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.",
      "sep.", "oct.", "nov.", "dec.", "today", "yesterday", "tomorrow", "tonight");
  return kDateWords.Contains(word);
}

bool IsPeriodWord(std::string_view word) {
  static constexpr auto kPeriodWords = MakeSet("week", "month", "year", "weekend", "morning",
      "afternoon", "evening", "night", "day", "decade", "summer", "winter", "spring", "autumn",
      "fall", "time", "weeks", "months", "years", "days", "hours", "minutes", "quarter", "century",
      "season");
  return kPeriodWords.Contains(word);
}

bool IsPeriodDeterminer(std::string_view word) {
  static constexpr auto kPeriodDeterminers = MakeSet("last", "next", "this", "that", "each",
      "every", "earlier", "later", "previous", "past", "coming", "same", "recent");
  return kPeriodDeterminers.Contains(word);
}

bool IsQuantityAdverb(std::string_view word) {
  static constexpr auto kQuantityAdverbs = MakeSet("about", "around", "nearly", "almost",
      "approximately", "roughly", "some", "only", "just", "over", "under", "up", "at", "more",
      "less", "fewer");
  return kQuantityAdverbs.Contains(word);
}

bool IsAdjectivalParticiple(std::string_view word) {
  static constexpr auto kParticiples = MakeSet("mounting", "growing", "increasing", "rising", "ongoing",
      "continuing", "escalating", "worsening", "deepening", "widening", "intensifying", "lingering",
      "looming", "unfolding", "spiralling", "spiraling", "deteriorating", "renewed", "sweeping",
      "unprecedented", "outgoing", "incoming", "upcoming", "existing", "remaining", "prevailing",
      "emerging", "leading", "ruling", "governing", "opposing", "neighbouring", "neighboring",
      "warring", "fighting", "sustained", "repeated", "stepped-up");
  return kParticiples.Contains(word);
}

bool IsPlaceNoun(std::string_view word) {
  static constexpr auto kPlaceNouns = MakeSet("port", "ports", "city", "cities", "town", "towns", "village",
      "villages", "district", "districts", "province", "provinces", "region", "regions", "capital", "outskirts",
      "suburb", "suburbs", "area", "areas", "county", "island", "islands", "enclave", "valley", "governorate",
      "prefecture", "municipality", "neighbourhood", "neighborhood", "state", "oblast", "commune");
  return kPlaceNouns.Contains(word);
}

bool IsPurposeNoun(std::string_view word) {
  static constexpr auto kPurposeNouns = MakeSet("mission", "missions", "effort", "efforts", "bid", "bids",
      "attempt", "attempts", "campaign", "drive", "push", "plan", "plans", "initiative", "initiatives", "strategy",
      "scheme", "programme", "program", "aim", "goal", "quest", "endeavour", "endeavor", "threat", "threats",
      "offer", "offers", "pledge", "pledges", "promise", "promises", "proposal", "proposals", "deadline",
      "ultimatum", "vow", "commitment", "readiness", "willingness", "intention", "decision", "order", "orders");
  return kPurposeNouns.Contains(word);
}

bool IsPronominalDeterminer(std::string_view word) {
  static constexpr auto kPronominalDeterminers = MakeSet("this", "that", "these", "those", "all",
      "both", "some", "each", "any", "another", "either", "neither", "none", "many", "much", "few",
      "several");
  return kPronominalDeterminers.Contains(word);
}

size_t MultiWordPrepositionLength(std::span<const std::string_view> words) {
  // Longest first within each opening word; closed class, so a table in code.
  static constexpr std::string_view kPrepositions[][4] = {
      {"on", "behalf", "of", ""},    {"in", "front", "of", ""},      {"in", "addition", "to", ""},
      {"in", "response", "to", ""},  {"in", "support", "of", ""},    {"in", "favor", "of", ""},
      {"in", "favour", "of", ""},    {"in", "charge", "of", ""},     {"in", "the", "wake", "of"},
      {"in", "spite", "of", ""},     {"by", "way", "of", ""},        {"with", "regard", "to", ""},
      {"with", "respect", "to", ""}, {"as", "well", "as", ""},       {"because", "of", "", ""},
      {"ahead", "of", "", ""},       {"according", "to", "", ""},    {"due", "to", "", ""},
      {"instead", "of", "", ""},     {"out", "of", "", ""},          {"prior", "to", "", ""},
      {"along", "with", "", ""},     {"such", "as", "", ""},         {"apart", "from", "", ""},
      {"close", "to", "", ""},       {"next", "to", "", ""},         {"regardless", "of", "", ""},
      {"together", "with", "", ""},  {"up", "to", "", ""},           {"thanks", "to", "", ""},
      {"away", "from", "", ""},      {"outside", "of", "", ""},      {"in", "front", "of", ""}};
  static constexpr auto kFirstWords =
      MakeSet("on", "in", "with", "as", "because", "ahead", "according", "due", "instead", "out", "prior",
              "along", "such", "apart", "close", "next", "regardless", "together", "up", "thanks", "away",
              "outside", "by");
  static constexpr auto kSecondWords =
      MakeSet("behalf", "front", "addition", "response", "support", "favor", "favour", "charge", "the",
              "spite", "way", "regard", "respect", "well", "of", "to", "with", "as", "from");
  if (words.size() < 2 || !kFirstWords.Contains(words[0]) || !kSecondWords.Contains(words[1])) return 0;
  for (const auto& entry : kPrepositions) {
    if (!EqualsLower(words[0], entry[0]) || !EqualsLower(words[1], entry[1])) continue;
    size_t length = 2;
    while (length < 4 && !entry[length].empty()) ++length;
    if (length > words.size()) continue;
    bool match = true;
    for (size_t k = 2; k < length && match; ++k) match = EqualsLower(words[k], entry[k]);
    if (match) return length;
  }
  return 0;
}

}  // namespace khaldun::word_classes
