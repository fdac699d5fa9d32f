// What is said in a telephone call is said in a consultation too: "Putin
// apologised to Aliyev in a phone call" is an apology (055) and a call (041)
// between them (internal to src/code, for SentenceCoder::SettleEvents).
#ifndef KHALDUN_CODE_PHONE_CALLS_H_
#define KHALDUN_CODE_PHONE_CALLS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "code/actor_mention.h"
#include "code/sentence_coder.h"
#include "lang/sentence_analysis.h"

namespace khaldun::sentence_coding {

// Whether `clause` holds a phrase saying its act was done in a call: "in", "during" or "over" a phrase whose head
// is "call" or "conversation" with "phone", "telephone" or "video" before it ("in a phone call", "during an
// hour-long telephone conversation"), fronted before the sentence's first clause too; not a call "with"
// someone, which names whom it was with.
bool MadeInACall(const SentenceAnalysis& analysis, const Clause& clause);

// Appends to `*out`, for each event from `first` on that is kept, coded with PETRARCH-2 or native verbs (not
// `reads_words`), of a verbal act (01-13, not already a consultation, 04) between two actors (no place) of a
// clause MadeInACall, the call: 041 from its source to its target. Duplicates of events already there are left
// for the caller to drop. Notes each in `trace` when given.
void AddTheCallsActsWereMadeIn(const SentenceAnalysis& analysis, const std::vector<ActorMention>& mentions,
                               size_t first, std::vector<CandidateEvent>* out, std::vector<std::string>* trace);

}  // namespace khaldun::sentence_coding

#endif  // KHALDUN_CODE_PHONE_CALLS_H_
