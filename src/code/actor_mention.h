// ActorMention: an actor found in a sentence, with its code and its story.
#ifndef KHALDUN_CODE_ACTOR_MENTION_H_
#define KHALDUN_CODE_ACTOR_MENTION_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/same_text.h"
#include "code/source_refs.h"
#include "dict/source_ref.h"

namespace khaldun {

// The entry of a place the gazetteer gave ("in Texas" -> USA), among an
// ActorMention's dictionary entries. (SourceRef's == ignores provenance:
// test with IsGazetteerEntry.)
inline constexpr dict::SourceRef kGazetteerEntry{UINT32_MAX, 0};
inline bool IsGazetteerEntry(const dict::SourceRef& entry) { return entry.file == kGazetteerEntry.file; }

struct ActorMention {
  int32_t np = -1;          // base NP index in the SentenceAnalysis, -1 for none
  uint32_t begin = 0;       // sentence token range of the words that named the actor
  uint32_t end = 0;
  std::string code;         // resolved CAMEO code ("PAKGOV", "---LEG")
  // How the actor was found: "actor", "actor+agent", "agent", "pronoun",
  // "reference", ... Always a string literal (a view of it: mentions are
  // made, copied and moved many times a sentence, a std::string each time).
  std::string_view how;
  // Dictionary entries used; spelt out ("file:line") only for the events
  // that reach the output.
  SourceRefs entries;
  bool named = false;       // a dictionary actor (not only an agent) gave the code
  bool person = false;      // looks like one person (a multi-word name, or a title)
  bool plural = false;      // a plural agent or a group
  std::string surname;      // a named person's last word key ("GHANI"): a later "Ghani" is them
  bool resolved() const { return !code.empty() && !StartsWithText(code, "---"); }
};

}  // namespace khaldun

#endif  // KHALDUN_CODE_ACTOR_MENTION_H_
