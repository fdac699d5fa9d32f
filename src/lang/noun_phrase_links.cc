// Links over the noun-phrase chunks: prepositional phrases, coordination
// ("X and Y", appended to nps) and apposition ("X , the envoy ,").
#include <cctype>

#include "lang/phrase_builder.h"
#include "lang/word_bits.h"
#include "lang/word_classes.h"
#include "lang/word_set.h"

namespace khaldun::lang_internal {
namespace {

namespace wc = word_classes;
using T = PosTag;

// The last NP of the possessor chain starting with `np` ("the Taliban 's
// leader" -> leader).
int32_t ChainEnd(const SentenceAnalysis& a, int32_t np) {
  while (np != kNone && a.nps[static_cast<size_t>(np)].possessed != kNone) {
    np = a.nps[static_cast<size_t>(np)].possessed;
  }
  return np;
}

// True when a finite verb (after optional adverbs) follows position `i`:
// then the NP before it is a subject, not a prepositional object or a member.
bool FiniteVerbAt(const SentenceAnalysis& a, uint32_t i) {
  while (i < a.size() && IsAdverb(a.tags[i])) ++i;
  return i < a.size() && IsFiniteVerb(a.tags[i]);
}

void FindPrepPhrases(SentenceAnalysis& a) {
  const uint32_t n = a.size();
  for (uint32_t i = 0; i < n; ++i) {
    const PosTag t = a.tags[i];
    size_t length = a.preposition_length[i];  // (0 where none starts)
    if (length == 0 && (t == T::kIN || t == T::kTO)) length = 1;
    if (length == 0) continue;
    const uint32_t j = i + static_cast<uint32_t>(length);
    if (wc::EqualsLower(a.words[i], "that") && length == 1) continue;  // complementiser
    if (j >= n || a.np_of_word[j] == kNone) continue;
    const int32_t first = a.np_of_word[j];
    if (a.nps[static_cast<size_t>(first)].full_begin != j) continue;
    const int32_t object = ChainEnd(a, first);
    const uint32_t after = a.nps[static_cast<size_t>(object)].end;
    // "as the US leader prepared": a subordinate clause's subject.
    if (length == 1 && wc::HasBit(a.word_bits[i], wc::kSubordinatorBit) && FiniteVerbAt(a, after)) continue;
    PrepPhrase pp;
    pp.preposition = i;
    pp.preposition_end = j;
    pp.object_np = object;
    a.nps[static_cast<size_t>(object)].pp_object_of = static_cast<int32_t>(a.pps.size());
    a.pps.push_back(pp);
    i = j - 1;
  }
}

// The base NP chain (possessor included) starting exactly at token `i`.
int32_t ChainStartingAt(const SentenceAnalysis& a, uint32_t i) {
  if (i >= a.size() || a.np_of_word[i] == kNone) return kNone;
  const int32_t np = a.np_of_word[i];
  if (a.nps[static_cast<size_t>(np)].full_begin != i) return kNone;
  return ChainEnd(a, np);
}

// Where a phrase ending at token `end` ends with the "of" phrases that
// follow it: "thousands of Israelis".
uint32_t EndPastOfPhrases(const SentenceAnalysis& a, uint32_t end) {
  for (int guard = 0; guard < 4 && end + 1 < a.size() && wc::EqualsLower(a.words[end], "of"); ++guard) {
    const int32_t next = ChainStartingAt(a, end + 1);
    if (next == kNone) break;
    end = a.nps[static_cast<size_t>(next)].end;
  }
  return end;
}

bool IsCoordinator(std::string_view w) {
  return wc::EqualsLower(w, "and") || wc::EqualsLower(w, "or") || wc::EqualsLower(w, "nor");
}

// Where the phrase ending at token `end` ends with its "of" phrases and the
// phrases "and" or "or" join to it: ", and Hamas and Israel blamed"; and
// with a name's place phrase after them: ", and the Chinese embassy in
// Ottawa demanded".
uint32_t EndPastJoinedPhrases(const SentenceAnalysis& a, uint32_t end) {
  end = EndPastOfPhrases(a, end);
  for (int guard = 0; guard < 4 && end + 1 < a.size() && a.tags[end] == T::kCC && IsCoordinator(a.words[end]);
       ++guard) {
    const int32_t next = ChainStartingAt(a, end + 1);
    if (next == kNone) break;
    end = EndPastOfPhrases(a, a.nps[static_cast<size_t>(next)].end);
  }
  if (end + 1 < a.size() && (wc::EqualsLower(a.words[end], "in") || wc::EqualsLower(a.words[end], "at"))) {
    const int32_t place = ChainStartingAt(a, end + 1);
    if (place != kNone && a.nps[static_cast<size_t>(place)].proper) return a.nps[static_cast<size_t>(place)].end;
  }
  return end;
}

// Whether token i lies in a prepositional phrase opening the sentence
// ("After months of talks"): a preposition first (after a span, "Hours
// after"), then no comma or finite verb ("Hours after agreeing to a
// ceasefire brokered by Washington").
bool InOpeningPrepPhrase(const SentenceAnalysis& a, uint32_t i) {
  const uint32_t first = a.size() > 1 && a.tags[0] == T::kNNS && a.tags[1] == T::kIN ? 1 : 0;
  if (i <= first || i >= a.size() || a.tags[first] != T::kIN) return false;
  for (uint32_t k = first + 1; k < i; ++k) {
    if (a.tags[k] == T::kComma || IsFiniteVerb(a.tags[k])) return false;
  }
  return true;
}

// Whether a finite verb other than a speech or cognition verb comes before
// token `i`, with none of those after it.
bool ClauseVerbBefore(const SentenceAnalysis& a, uint32_t i) {
  for (uint32_t k = i; k-- > 0;) {
    if (!IsFiniteVerb(a.tags[k])) continue;
    const std::string_view lemma = a.lemma(k);
    return !wc::IsSpeechVerb(lemma) && !wc::IsCognitionVerb(lemma);
  }
  return false;
}

// "that", "whether", "after": words tagged as prepositions that may open a
// clause, whose subject the coordination then is.
bool OpensClauseWord(std::string_view w) {
  return wc::EqualsLower(w, "that") || wc::IsSubordinator(w) || (!w.empty() && w[0] >= 'A' && w[0] <= 'Z');
}

// Where a state's (or bank's) name whose head takes "of" ends: "the
// Democratic Republic of Congo", "the United States of America", "the Bank
// of England" end after their "of" phrase's name; other phrases where they
// do ("ministers of France" ends at "ministers").
uint32_t NameEnd(const SentenceAnalysis& a, const NounPhrase& np) {
  static constexpr auto kNameHeads =
      MakeSet("republic", "kingdom", "federation", "emirates", "emirate", "union", "states", "commonwealth",
              "sultanate", "principality", "bank");
  const uint32_t of = np.end;
  if (of + 1 >= a.size() || a.words[of] != "of" || !IsProperNoun(a.tags[np.head]) ||
      !kNameHeads.Contains(a.words[np.head])) {
    return np.end;
  }
  const int32_t name = a.np_of_word[of + 1];
  if (name == kNone || a.nps[static_cast<size_t>(name)].full_begin != of + 1 ||
      !IsProperNoun(a.tags[a.nps[static_cast<size_t>(name)].head])) {
    return np.end;
  }
  return a.nps[static_cast<size_t>(name)].end;
}

// Where an office's phrase ends when its "of" phrase names a state and an
// office of someone else follows "and": "The president of Cyprus and the
// Turkish Cypriot leader agreed" joins the two officeholders, not Cyprus
// and the leader, and so does a titled name after "and" (but "ministers of
// France and Germany" keeps the two states). np.end otherwise.
uint32_t OfficeOfNameEnd(const SentenceAnalysis& a, const NounPhrase& np) {
  const uint32_t of = np.end;
  if (of + 1 >= a.size() || a.words[of] != "of" || !wc::IsOfficeNoun(a.lemma(np.head))) return np.end;
  const int32_t name = a.np_of_word[of + 1];
  if (name == kNone) return np.end;
  const NounPhrase& state = a.nps[static_cast<size_t>(name)];
  if (state.full_begin != of + 1 || !IsProperNoun(a.tags[state.head]) || state.end + 1 >= a.size() ||
      !wc::EqualsLower(a.words[state.end], "and")) {
    return np.end;
  }
  const int32_t next = a.np_of_word[state.end + 1];
  if (next == kNone) return np.end;
  const NounPhrase& other = a.nps[static_cast<size_t>(next)];
  if (other.full_begin != state.end + 1) return np.end;
  // ... or an officeholder named with a title: "Secretary of State Marco
  // Rubio and Russian Foreign Minister Sergei Lavrov held talks".
  auto titled_name = [&](const NounPhrase& p) {
    if (!IsProperNoun(a.tags[p.head])) return false;
    for (uint32_t i = p.begin; i < p.head; ++i) {
      if (wc::IsOfficeNoun(a.lemma(i))) return true;
    }
    return false;
  };
  const bool office = other.determiner != kNone && wc::IsOfficeNoun(a.lemma(other.head));
  if (!office && !titled_name(other)) return np.end;
  return state.end;
}

bool IsIndefiniteArticle(const SentenceAnalysis& a, uint32_t i) {
  return i < a.size() && a.tags[i] == T::kDT && (wc::EqualsLower(a.words[i], "a") || wc::EqualsLower(a.words[i], "an"));
}

void FindCoordinations(SentenceAnalysis& a) {
  const uint32_t n = a.size();
  const size_t base_count = a.nps.size();
  for (size_t k = 0; k < base_count; ++k) {
    const int32_t first = static_cast<int32_t>(k);
    const NounPhrase& np = a.nps[k];
    if (np.possessed != kNone || np.temporal || np.coordination != kNone) continue;
    const size_t pool_begin = a.index_pool.size();
    a.index_pool.push_back(static_cast<uint32_t>(first));
    uint32_t pos = NameEnd(a, np);
    if (pos == np.end) pos = OfficeOfNameEnd(a, np);
    bool coordinated = false;
    while (pos + 1 < n) {
      if (a.tags[pos] == T::kComma && !IsCoordinator(a.words[pos + 1])) {
        const int32_t next = ChainStartingAt(a, pos + 1);
        if (next == kNone || a.nps[static_cast<size_t>(next)].temporal) break;
        // "Sali Berisha, a former prime minister and president,": after a
        // name, "a" opens an apposition, not a list's next member.
        if (np.proper && a.index_pool.size() - pool_begin == 1 && IsIndefiniteArticle(a, pos + 1)) break;
        a.index_pool.push_back(static_cast<uint32_t>(next));
        pos = a.nps[static_cast<size_t>(next)].end;
        continue;
      }
      uint32_t cc = pos;
      if (a.tags[cc] == T::kComma && IsCoordinator(a.words[cc + 1])) ++cc;  // Oxford comma
      if (a.tags[cc] != T::kCC || !IsCoordinator(a.words[cc])) break;
      const int32_t last = ChainStartingAt(a, cc + 1);
      if (last == kNone || a.nps[static_cast<size_t>(last)].temporal ||
          a.nps[static_cast<size_t>(last)].coordination != kNone) {
        break;
      }
      // "rejected the offer and the US said ...": clauses, not NPs. A
      // subject coordination ("Armenia and Azerbaijan exchanged") is not
      // preceded by a verb, unless a speech or cognition verb introduces it
      // as its report ("believes India and China can cope").
      // "fired missiles at an army base, and Israel responded": a comma
      // before the only "and" of two phrases joins clauses.
      // (Past its "of" phrases too: ", and thousands of Israelis protested";
      // and past the phrases joined to it: ", and Hamas and Israel blamed".)
      if (cc != pos && a.index_pool.size() - pool_begin == 1 &&
          FiniteVerbAt(a, EndPastJoinedPhrases(a, a.nps[static_cast<size_t>(last)].end))) {
        break;
      }
      if (FiniteVerbAt(a, a.nps[static_cast<size_t>(last)].end) && np.full_begin > 0 &&
          (IsVerb(a.tags[np.full_begin - 1]) || a.tags[np.full_begin - 1] == T::kRP) &&
          !(IsVerb(a.tags[np.full_begin - 1]) && (wc::IsSpeechVerb(a.lemma(np.full_begin - 1)) ||
                                                  wc::IsCognitionVerb(a.lemma(np.full_begin - 1))))) {
        break;
      }
      // "Trump met Zelensky in Paris and the Ukrainian leader left": after a
      // preposition of a clause whose verb came before (not a speech verb's:
      // "said leaders of France and Germany met"), "and" before a phrase
      // and its verb joins clauses. ("Between" takes two: "as fighting
      // between the army and the RSF raged".)
      if (FiniteVerbAt(a, a.nps[static_cast<size_t>(last)].end) && np.full_begin > 0 &&
          (a.tags[np.full_begin - 1] == T::kIN || a.tags[np.full_begin - 1] == T::kTO) &&
          !wc::EqualsLower(a.words[np.full_begin - 1], "between") &&
          !OpensClauseWord(a.words[np.full_begin - 1]) && ClauseVerbBefore(a, np.full_begin)) {
        break;
      }
      // "After months of negotiations, Armenia and Azerbaijan agreed": the
      // phrase of a sentence-opening preposition is no member of the
      // subject that follows its comma.
      if (a.index_pool.size() - pool_begin >= 2 && InOpeningPrepPhrase(a, np.full_begin) &&
          FiniteVerbAt(a, a.nps[static_cast<size_t>(last)].end)) {
        break;
      }
      a.index_pool.push_back(static_cast<uint32_t>(last));
      pos = a.nps[static_cast<size_t>(last)].end;
      coordinated = true;
      // "U.S. and British warplanes and warships struck": a subject opening
      // the sentence takes a last bare plural joined by a second "and"
      // before its verb.
      if (np.full_begin == 0 && pos + 2 < n && a.tags[pos] == T::kCC && wc::EqualsLower(a.words[pos], "and")) {
        const int32_t more = ChainStartingAt(a, pos + 1);
        if (more != kNone) {
          const NounPhrase& bare = a.nps[static_cast<size_t>(more)];
          if (bare.determiner == kNone && !bare.proper && !bare.temporal && bare.coordination == kNone &&
              bare.full_begin == pos + 1 && a.tags[bare.head] == T::kNNS && FiniteVerbAt(a, bare.end)) {
            a.index_pool.push_back(static_cast<uint32_t>(more));
            pos = bare.end;
          }
        }
      }
      break;
    }
    if (!coordinated) {
      a.index_pool.resize(pool_begin);
      continue;
    }
    const int32_t index = static_cast<int32_t>(a.nps.size());
    NounPhrase coordination;
    coordination.kind = NounPhraseKind::kCoordination;
    coordination.members = {static_cast<uint32_t>(pool_begin), static_cast<uint32_t>(a.index_pool.size())};
    coordination.full_begin = coordination.begin = a.nps[k].full_begin;
    coordination.modifiers_begin = coordination.name_begin = coordination.begin;
    coordination.end = pos;
    coordination.head = a.nps[k].head;
    coordination.proper = a.nps[k].proper;
    // A PP governs the whole coordination: "with Pakistan and the US".
    coordination.pp_object_of = a.nps[k].pp_object_of;
    if (coordination.pp_object_of != kNone) {
      a.pps[static_cast<size_t>(coordination.pp_object_of)].object_np = index;
      a.nps[k].pp_object_of = kNone;
    }
    for (size_t m = pool_begin; m < a.index_pool.size(); ++m) a.nps[a.index_pool[m]].coordination = index;
    a.nps.push_back(coordination);
  }
}

bool ClosesApposition(const SentenceAnalysis& a, uint32_t i) {
  if (i >= a.size()) return true;
  const PosTag t = a.tags[i];
  return t == T::kComma || t == T::kPeriod || t == T::kColon || t == T::kCloseQuote || t == T::kRRB ||
         a.tags[i] == T::kWDT || a.tags[i] == T::kWP;
}

// "The foreign ministers of Russia and Ukraine , Sergei Lavrov and Dmytro
// Kuleba , met": names joined by "and" between commas, right after the "of"
// phrase of a plural common noun, rename that noun (a list of places goes
// on with more of its own: "from Russia and Belarus , France and Germany
// ,").
void FindCoordinatedAppositions(SentenceAnalysis& a) {
  for (size_t k = 0; k < a.nps.size(); ++k) {
    const NounPhrase& x = a.nps[k];
    if (x.kind != NounPhraseKind::kCoordination || x.pp_object_of == kNone || x.end + 1 >= a.size() ||
        a.tags[x.end] != T::kComma) {
      continue;
    }
    const PrepPhrase& of = a.pps[static_cast<size_t>(x.pp_object_of)];
    if (!wc::EqualsLower(a.words[of.preposition], "of") || of.preposition == 0) continue;
    const int32_t head_np = a.np_of_word[of.preposition - 1];
    if (head_np == kNone || a.tags[a.nps[static_cast<size_t>(head_np)].head] != T::kNNS ||
        a.nps[static_cast<size_t>(head_np)].apposition != kNone) {
      continue;
    }
    const int32_t first = a.np_of_word[x.end + 1];
    if (first == kNone || a.nps[static_cast<size_t>(first)].coordination == kNone) continue;
    const int32_t y = a.nps[static_cast<size_t>(first)].coordination;
    const NounPhrase& names = a.nps[static_cast<size_t>(y)];
    if (names.begin != x.end + 1 || !names.proper || names.appositive_of != kNone ||
        names.end + 1 >= a.size() || a.tags[names.end] != T::kComma || !FiniteVerbAt(a, names.end + 1)) {
      continue;
    }
    a.nps[static_cast<size_t>(head_np)].apposition = y;
    a.nps[static_cast<size_t>(y)].appositive_of = head_np;
  }
}

void FindAppositions(SentenceAnalysis& a) {
  const size_t base_count = a.nps.size();
  for (size_t k = 0; k < base_count; ++k) {
    NounPhrase& x = a.nps[k];
    if (x.kind != NounPhraseKind::kBase || x.possessed != kNone || x.pronoun || x.temporal ||
        x.coordination != kNone || x.end + 1 >= a.size() || a.tags[x.end] != T::kComma) {
      continue;
    }
    int32_t y = ChainStartingAt(a, x.end + 1);
    if (y == kNone) continue;
    // ("Sali Berisha , a former prime minister and president ,": roles
    // joined by "and" that "a" opens rename the name together.)
    if (const int32_t joined = a.nps[static_cast<size_t>(y)].coordination;
        joined != kNone && x.proper && IsIndefiniteArticle(a, x.end + 1) &&
        a.nps[static_cast<size_t>(joined)].begin == a.nps[static_cast<size_t>(y)].begin) {
      y = joined;
    }
    const NounPhrase& second = a.nps[static_cast<size_t>(y)];
    if (second.pronoun || second.temporal || (second.coordination != kNone && second.kind != NounPhraseKind::kCoordination)) {
      continue;
    }
    // "in Makkah , Khalilzad ,": two bare names after a preposition are a
    // fronted place and the subject, not an apposition; but after a
    // common noun's phrase the name renames that noun ("The Russian
    // commander in Syria , General Sergei Surovikin ,": the commander).
    int32_t renamed = kNone;
    if (x.pp_object_of != kNone && x.proper && second.proper && second.determiner == kNone) {
      const uint32_t preposition = a.pps[static_cast<size_t>(x.pp_object_of)].preposition;
      const int32_t before = preposition > 0 ? a.np_of_word[preposition - 1] : kNone;
      if (before == kNone || a.nps[static_cast<size_t>(before)].proper ||
          a.nps[static_cast<size_t>(before)].pronoun || a.nps[static_cast<size_t>(before)].temporal ||
          (a.tags[a.nps[static_cast<size_t>(before)].head] != T::kNN &&
           a.tags[a.nps[static_cast<size_t>(before)].head] != T::kNNS)) {
        continue;
      }
      renamed = ChainEnd(a, before);
    }
    uint32_t after = second.end;
    // "Ashraf Ghani , the president of Afghanistan , said", "Abdullah
    // Abdullah , the chairman of the High Council for National
    // Reconciliation , visited", "the US envoy for peace in Afghanistan ,".
    // ("Olaf Scholz , the first Western leader to speak to Putin in two years , urged": so is one
    // infinitive of the role's, with its own phrases.)
    bool infinitive = false;
    for (int hops = 0; hops < 4 && after + 1 < a.size(); ++hops) {
      const bool preposition = wc::EqualsLower(a.words[after], "of") || wc::EqualsLower(a.words[after], "for") ||
                               wc::EqualsLower(a.words[after], "on") || wc::EqualsLower(a.words[after], "to") ||
                               wc::EqualsLower(a.words[after], "in");
      if (!infinitive && a.tags[after] == T::kTO && a.tags[after + 1] == T::kVB && !second.proper) {
        infinitive = true;
        after += 2;
        continue;
      }
      if (!preposition || ChainStartingAt(a, after + 1) == kNone) break;
      after = a.nps[static_cast<size_t>(ChainStartingAt(a, after + 1))].end;
    }
    // "Javier Milei , one of Donald Trump 's most vocal admirers abroad , congratulated": an adverb of place or
    // extent may close the role.
    if (after + 1 < a.size() && a.tags[after] == T::kRB && a.tags[after + 1] == T::kComma &&
        (wc::EqualsLower(a.words[after], "abroad") || wc::EqualsLower(a.words[after], "overseas") ||
         wc::EqualsLower(a.words[after], "worldwide") || wc::EqualsLower(a.words[after], "nationwide") ||
         wc::EqualsLower(a.words[after], "too"))) {
      ++after;
    }
    if (!ClosesApposition(a, after)) continue;
    // "to protect Salva Kiir , the Ugandan army chief , General Muhoozi
    // Kainerugaba , said": a role and a name between commas before a finite
    // verb are its subject, no renaming of the object before them.
    if (const int32_t z = a.tags[after] == T::kComma ? ChainStartingAt(a, after + 1) : kNone;
        z != kNone && x.full_begin > 0 && a.nps[static_cast<size_t>(z)].proper && IsVerb(a.tags[x.full_begin - 1]) &&
        a.nps[static_cast<size_t>(z)].end + 1 < a.size() && a.tags[a.nps[static_cast<size_t>(z)].end] == T::kComma &&
        FiniteVerbAt(a, a.nps[static_cast<size_t>(z)].end + 1)) {
      continue;
    }
    // Climb "the head of the UN": the apposition belongs to the head.
    int32_t anchor = renamed != kNone ? renamed : static_cast<int32_t>(k);
    while (a.nps[static_cast<size_t>(anchor)].pp_object_of != kNone) {
      const PrepPhrase& pp = a.pps[static_cast<size_t>(a.nps[static_cast<size_t>(anchor)].pp_object_of)];
      if (!wc::EqualsLower(a.words[pp.preposition], "of") || pp.preposition == 0 ||
          a.np_of_word[pp.preposition - 1] == kNone) {
        break;
      }
      anchor = ChainEnd(a, a.np_of_word[pp.preposition - 1]);
    }
    a.nps[static_cast<size_t>(anchor)].apposition = y;
    a.nps[static_cast<size_t>(y)].appositive_of = anchor;
  }
  FindCoordinatedAppositions(a);
}

}  // namespace

void LinkNounPhrases(SentenceAnalysis* analysis) {
  FindPrepPhrases(*analysis);
  FindCoordinations(*analysis);
  FindAppositions(*analysis);
}

}  // namespace khaldun::lang_internal
