// Objects named through a hedge: "struck what it called terrorist camps",
// "launched what it described as a special operation", "hit what the army
// said were militant hideouts". Internal to src/lang: the clause builder
// calls it once clauses have their objects and prepositional phrases.
#ifndef KHALDUN_LANG_HEDGED_OBJECTS_H_
#define KHALDUN_LANG_HEDGED_OBJECTS_H_

#include "lang/sentence_analysis.h"

namespace khaldun::lang_internal {

// The builder first reads the free relative after a verb ("what" right
// after it) as that verb's complement clause. When the relative's verb
// names ("called", "termed", "described as"; IsNamingVerb) or reports a
// being ("said were", "claimed was"), and the verb before it has no object
// of its own, what is named becomes that verb's object, with the
// prepositional phrases after it: the naming clause keeps its subject,
// turns into a relative clause of that object and names nothing itself.
void GiveHedgedObjects(SentenceAnalysis* analysis);

// "Russia began nuclear drills, in what the Kremlin called a response to Western threats": a free relative
// after "in" that names or reports (IsNamingVerb, IsSpeechVerb) labels the deed (after "on" or "at" it names
// what the deed struck: "launched strikes on what it said were militant hideouts"); it is no complement of the deed's verb, which reports nothing, but a subordinate clause of it.
// Called by GiveHedgedObjects.
void MarkLabelsOfTheDeed(SentenceAnalysis* analysis);

}  // namespace khaldun::lang_internal

#endif  // KHALDUN_LANG_HEDGED_OBJECTS_H_
