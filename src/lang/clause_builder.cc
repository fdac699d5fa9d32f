// Clauses from verb groups and phrases: who did what to whom.
// Deterministic and linear: each verb group becomes a clause; its kind comes from what introduces it (to, who/which,
// that, and/but, a subordinator, a preceding speech verb); its subject is the NP just left of the verb, climbing
// from a chunk to the phrase it belongs to ("the leader of the Taliban" -> leader) and skipping a relative clause or
// an apposition between subject and verb; its objects are the NPs after the verb up to the next clause or punctuation.
#include <algorithm>

#include "lang/phrase_builder.h"
#include "lang/clause_controllers.h"
#include "lang/clause_cycles.h"
#include "lang/clause_regions.h"
#include "lang/headline_subjects.h"
#include "lang/hedged_objects.h"
#include "lang/negative_subjects.h"
#include "lang/prep_attachment.h"
#include "lang/raised_objects.h"
#include "lang/reduced_relatives.h"
#include "lang/word_bits.h"
#include "lang/word_classes.h"

namespace khaldun::lang_internal {
namespace {

namespace wc = word_classes;
using T = PosTag;

class ClauseBuilder {
 public:
  explicit ClauseBuilder(SentenceAnalysis* a) : a_(*a), n_(a->size()) {}

  void Run() {
    AttachPrepPhrases(&a_);
    for (size_t k = 0; k < a_.clauses.size(); ++k) Classify(static_cast<int32_t>(k));
    FillClauseRegions(&a_);
    ShareRaisedObjects(&a_);
    GiveHedgedObjects(&a_);
    NegateByNegativeSubjects(&a_);
    MarkReducedRelatives(&a_);
    MarkContactRelativesOfTheSubject(&a_);
    MarkContactRelativesOfTheObject(&a_);
    ReadFirstOfTwoPastFormsAsParticiple(&a_);
    ReportPastTheSubjectsParticiples(&a_);
    GiveBeliefParticiplesTheirNoun(&a_);
    HangCasualtiesOnTheAssault(&a_);
    GivePhrasesPastAnAppositionToItsVerb(&a_);
    GivePhrasesPastAnAppositionsOfPhrase(&a_);
    ResolveControllers(&a_);
    GiveHeadlineSubjects(&a_);
    FillNounPhrasePps(&a_);
    BreakParentCycles(&a_);
  }

 private:
  NounPhrase& Np(int32_t i) { return a_.nps[static_cast<size_t>(i)]; }
  Clause& C(int32_t i) { return a_.clauses[static_cast<size_t>(i)]; }
  bool Word(uint32_t i, std::string_view lower) const { return wc::EqualsLower(a_.words[i], lower); }
  // A comma, closing quote or dash (tags, not strings: this runs often).
  bool IsComma(int64_t i) const {
    if (i < 0) return false;
    const PosTag t = a_.tags[static_cast<size_t>(i)];
    return t == T::kComma || t == T::kCloseQuote || (t == T::kColon && a_.words[static_cast<size_t>(i)] == "--");
  }

  // A subordinator, complementiser or relative pronoun at `i`.
  bool OpensClause(int64_t i) const { return i >= 0 && OpensClauseAt(a_, static_cast<uint32_t>(i)); }

  int32_t TopOfCoordination(int32_t np) {
    return Np(np).coordination != kNone ? Np(np).coordination : np;
  }

  // The phrase a chunk belongs to, as a subject: possessed noun,
  // coordination, the NP a PP modifies, the NP an apposition renames.
  int32_t TopUnit(int32_t np) {
    for (int guard = 0; guard < 64 && np != kNone; ++guard) {
      const NounPhrase& p = Np(np);
      if (p.possessed != kNone) {
        np = p.possessed;
      } else if (p.coordination != kNone) {
        np = p.coordination;
      } else if (p.pp_object_of != kNone && a_.pps[static_cast<size_t>(p.pp_object_of)].attached_np != kNone) {
        np = a_.pps[static_cast<size_t>(p.pp_object_of)].attached_np;
      } else if (p.appositive_of != kNone) {
        np = p.appositive_of;
      } else {
        break;
      }
    }
    return np;
  }

  // Left of `i`, skipping adverbs and a parenthetical ", however ,".
  int64_t SkipLeft(int64_t i) const {
    while (i >= 0) {
      const size_t u = static_cast<size_t>(i);
      if (IsAdverb(a_.tags[u]) && a_.np_of_word[u] == kNone) {
        --i;
      } else if (a_.tags[u] == T::kComma && i >= 2 && IsAdverb(a_.tags[u - 1]) && a_.tags[u - 2] == T::kComma) {
        i -= 3;
      } else if (i >= 2 && a_.tags[u - 1] == T::kIN && (a_.tags[u - 2] == T::kWDT || a_.tags[u - 2] == T::kWP) &&
                 a_.np_of_word[u] != kNone && a_.nps[a_.np_of_word[u]].begin == u &&
                 a_.nps[a_.np_of_word[u]].end == u + 1 && a_.nps[a_.np_of_word[u]].pp_object_of != kNone) {
        i -= 2;  // "which in return eased", "who in turn said": a bare phrase of manner
      } else {
        break;
      }
    }
    return i;
  }

  // Whether a comma and a coordinating conjunction come right before word `w`: what follows opens a clause
  // of its own ("held in Gaza, and Israel released").
  bool CommaConjunctionBefore(uint32_t w) const {
    return w >= 2 && a_.tags[w - 1] == T::kCC && IsComma(static_cast<int64_t>(w) - 2);
  }

  // Whether NP `np` is a pronoun only a subject can be: "he", "she", "we", "they", "I".
  bool NominativePronoun(int32_t np) {
    if (!Np(np).pronoun || Np(np).end != Np(np).begin + 1) return false;
    const std::string_view word = a_.words[Np(np).begin];
    return wc::EqualsLower(word, "he") || wc::EqualsLower(word, "she") || wc::EqualsLower(word, "we") ||
           wc::EqualsLower(word, "they") || word == "I";
  }

  // The subject left of position `l` (already adverb-skipped), or kNone.
  int32_t FindSubject(int64_t l, int32_t k) {
    if (l < 0) return kNone;
    const size_t u = static_cast<size_t>(l);
    // A date phrase before the verb is not its subject: "Khalilzad -- the
    // US diplomat tasked with ... -- on Friday left for".
    if (const int32_t date = a_.np_of_word[u];
        date != kNone && Np(date).temporal && Np(date).pp_object_of != kNone) {
      const uint32_t preposition = a_.pps[static_cast<size_t>(Np(date).pp_object_of)].preposition;
      if (preposition > 0 && IsComma(static_cast<int64_t>(preposition) - 1)) {
        return FindSubject(static_cast<int64_t>(preposition) - 1, k);
      }
      // (Nor after an adverb of its own: "Ali late on Tuesday denounced".)
      const int64_t left = SkipLeft(static_cast<int64_t>(preposition) - 1);
      if (left >= 0 && left + 1 < static_cast<int64_t>(preposition) &&
          a_.np_of_word[static_cast<size_t>(left)] != kNone) {
        return FindSubject(left, k);
      }
    }
    // "The European Union ( EU ) agreed": a bracketed aside ends the subject.
    if (a_.tags[u] == T::kRRB) {
      for (int64_t open = l - 1; open > 0 && open >= l - 6; --open) {
        if (a_.tags[static_cast<size_t>(open)] == T::kLRB) return FindSubject(open - 1, k);
      }
    }
    // "The minister , in a speech given on Friday , urged": a
    // parenthetical prepositional phrase between commas (with whatever
    // participle hangs from it) stands between the subject and the verb.
    if (IsComma(l) && l > 0) {
      int64_t open = l - 1;
      while (open > 0 && !IsComma(open) && !IsFiniteVerb(a_.tags[static_cast<size_t>(open)]) &&
             a_.tags[static_cast<size_t>(open)] != T::kMD) {
        --open;
      }
      if (open > 0 && open + 1 < l && IsComma(open) && a_.tags[static_cast<size_t>(open + 1)] == T::kIN &&
          !wc::HasBit(a_.word_bits[static_cast<size_t>(open + 1)], wc::kSubordinatorBit)) {
        const int32_t before = a_.np_of_word[static_cast<size_t>(open - 1)];
        if (before != kNone && !Np(before).temporal) {
          return FindSubject(open - 1, k);
        }
      }
    }
    // "Ukrainian lawmakers Tuesday endorsed": a bare day between the subject and the verb.
    if (const int32_t day = a_.np_of_word[u]; day != kNone && Np(day).temporal && Np(day).pp_object_of == kNone &&
                                              Np(day).full_begin > 0 &&
                                              a_.np_of_word[Np(day).full_begin - 1] != kNone &&
                                              !Np(a_.np_of_word[Np(day).full_begin - 1]).temporal) {
      return FindSubject(static_cast<int64_t>(Np(day).full_begin) - 1, k);
    }
    // "X , who has run the militia since 2019 , refused", "Rebels who control the east attacked", "the deal
    // that the sides signed collapsed": the words left of the verb end a relative clause, so the subject is
    // its antecedent.
    int32_t j = k - 1;
    while (j != kNone && C(j).antecedent_np == kNone) j = C(j).parent_clause;
    if (j != kNone && C(j).begin <= u &&
        (C(j).kind == ClauseKind::kRelative || C(j).kind == ClauseKind::kParticipial)) {
      const Clause& relative = C(j);
      const int32_t np = a_.np_of_word[u];
      // An NP that opens a clause of its own ("since his predecessor was killed", "said the bomb killed") is
      // that clause's subject; a preposition's object opens none ("imprisoned for acting against Moscow were
      // released"), nor, after a passive, one a verb of speech could report ("tanks promised by the US arrived").
      const bool np_ends_relative =
          np != kNone && (relative.complement_clause == kNone || Np(np).pp_object_of != kNone) &&
          !(TakesReport(j) && relative.kind == ClauseKind::kParticipial &&
            !(relative.verb.passive && Np(np).pp_object_of != kNone)) &&
          Np(np).full_begin >= relative.verb.end &&
          !OpensClause(static_cast<int64_t>(Np(np).full_begin) - 1) &&
          !IsComma(static_cast<int64_t>(Np(np).full_begin) - 1) &&  // ", his office said"
          !IsComma(static_cast<int64_t>(Np(TopUnit(np)).full_begin) - 1) &&  // ", India and Pakistan accused"
          !CommaConjunctionBefore(Np(np).full_begin) &&             // "..., and Israel released"
          !CommaConjunctionBefore(Np(TopUnit(np)).full_begin) &&    // "..., but Secretary of State Pompeo said"
          !NominativePronoun(np) &&  // "leaders who said he had no mandate": no object
          OpenedBySubordinator(np) == np;  // "..., hours after a drone strike near the border killed"
      if (IsComma(l) || (u >= relative.verb.begin && u < relative.verb.end) || np_ends_relative) {
        return TopUnit(relative.antecedent_np);
      }
    }
    // "Israel's decision to expand settlements sparked criticism": the words left of the verb end an
    // infinitive hanging from a noun, and that noun's phrase is the subject.
    if (k > 0 && C(k - 1).kind == ClauseKind::kInfinitival && C(k - 1).parent_clause == kNone &&
        u >= C(k - 1).verb.end && C(k - 1).verb.begin > 0) {
      const int32_t head = a_.np_of_word[C(k - 1).verb.begin - 1];
      if (head != kNone && !Np(head).temporal && Np(head).pp_object_of == kNone) return TopUnit(head);
    }
    if (a_.np_of_word[u] != kNone) return TopUnit(a_.np_of_word[u]);
    if (!IsComma(l) || l == 0) return kNone;
    // "Zalmay Khalilzad , the US envoy , said".
    const int32_t before = a_.np_of_word[u - 1];
    if (before != kNone && a_.tags[u] == T::kComma && Np(before).pp_object_of == kNone &&
        Np(before).appositive_of == kNone && !Np(before).temporal && !Np(before).pronoun &&
        Np(TopUnit(before)).full_begin == Np(before).full_begin &&
        (k == 0 || C(k - 1).verb.end <= Np(before).full_begin) && Np(before).proper) {
      return TopUnit(before);  // a stray comma: "... in Doha , Blinken , went on television"
    }
    // (An apposition may end in an adverb its links let close it: "one of Trump 's admirers abroad ,".)
    const int32_t renaming = before == kNone && u >= 2 && a_.tags[u - 1] == T::kRB ? a_.np_of_word[u - 2] : before;
    if (renaming != kNone) {
      const int32_t top = TopUnit(renaming);
      if (Np(renaming).appositive_of != kNone || top != TopOfCoordination(renaming)) {
        for (int32_t np = renaming; np != kNone && np != top; ) {
          if (Np(np).appositive_of != kNone) return top;
          const NounPhrase& p = Np(np);
          np = p.possessed != kNone ? p.possessed
               : p.coordination != kNone ? p.coordination
               : p.pp_object_of != kNone ? a_.pps[static_cast<size_t>(p.pp_object_of)].attached_np
                                         : p.appositive_of;
        }
      }
    }
    return kNone;
  }

  // The clause a coordinated verb continues: the nearest one before it,
  // climbing out of non-finite clauses when this verb is finite, and, after a
  // comma (`after_comma`), out of a relative clause: "rejected accusations
  // that it was behind the attack, and warned that ..." is the rejecter's.
  int32_t CoordinationParent(int32_t k, bool after_comma) {
    int32_t j = k - 1;
    if (C(k).verb.tense != Tense::kNonFinite) {
      // (Nor, for a past form, a bare form's that-clause: "demanded that Washington stop the manipulation
      // and accused its agencies" is the demander's second deed.)
      const bool past = a_.tags[C(k).verb.main_verb] == T::kVBD;
      // After a comma, nor a present one's: "demanded that M23 rebels
      // withdraw from Goma, and condemned the group's capture".
      auto subjunctive = [&](const Clause& c) {
        const PosTag tag = a_.tags[c.verb.main_verb];
        const bool bare = tag == T::kVB || (after_comma && (tag == T::kVBP || tag == T::kVBZ));
        return past && c.verb.modal == kNone && !c.verb.infinitive && bare &&
               (c.kind == ClauseKind::kComplement || c.kind == ClauseKind::kReported);
      };
      // (", and" after a subordinate clause joins the clause it hangs from:
      // "seized power, minutes after the commission declared Bongo the
      // winner, and placed him under house arrest".)
      while (j != kNone && C(j).parent_clause != kNone &&
             (C(j).verb.tense == Tense::kNonFinite || C(j).kind == ClauseKind::kInfinitival ||
              (after_comma && (C(j).kind == ClauseKind::kRelative || C(j).kind == ClauseKind::kSubordinate)) ||
              subjunctive(C(j)))) {
        j = C(j).parent_clause;
      }
      // (A speech verb taking its own "that", or after a comma one of stance, speaks for the speaker of the
      // report before it: "told the assembly that South Korea was hostile and warned that Pyongyang would ...",
      // "said Russian warplanes had bombed Poti, and accused Moscow of ..."; so does a past one of stance after
      // a passive report: "denied that Afghan soil was being used against Pakistan and condemned ...".)
      const VerbGroup& verb = C(k).verb;
      const std::string_view lemma = a_.lemma(verb.lemma);
      const bool stance = j != kNone && wc::IsStanceSpeechVerb(lemma) &&
                          (after_comma || (C(j).verb.passive && a_.tags[verb.main_verb] == T::kVBD));
      if (j != kNone && C(j).kind == ClauseKind::kReported && C(j).parent_clause != kNone && verb.end < a_.size() &&
          ((wc::EqualsLower(a_.words[verb.end], "that") && wc::IsSpeechVerb(lemma)) || stance)) {
        j = C(j).parent_clause;
      }
    } else if (C(k).verb.infinitive) {
      // "prompting Putin to accuse Ankara of acting as an accomplice and to warn of consequences": a second
      // "to" continues the infinitive, not a gerund inside it.
      while (j != kNone && C(j).kind == ClauseKind::kParticipial && C(j).parent_clause != kNone) {
        j = C(j).parent_clause;
      }
    }
    return j;
  }

  void Complement(int32_t parent, int32_t k, ComplementKind kind) {
    C(k).parent_clause = parent;
    if (parent != kNone && C(parent).complement_clause == kNone) {
      C(parent).complement_clause = k;
      C(parent).complement_kind = kind;
    }
  }

  bool TakesReport(int32_t clause) const {
    const std::string_view lemma = a_.lemma(a_.clauses[static_cast<size_t>(clause)].verb.lemma);
    return wc::IsSpeechVerb(lemma) || wc::IsCognitionVerb(lemma);
  }
  ClauseKind ReportKind(int32_t parent) const {
    return wc::IsSpeechVerb(a_.lemma(a_.clauses[static_cast<size_t>(parent)].verb.lemma))
               ? ClauseKind::kReported : ClauseKind::kComplement;
  }

  // Between the previous clause's verb and `begin` only its indirect object
  // (an NP), punctuation opening a quote, or adverbs: "told AFP (that) ...".
  bool ZeroThatComplement(int32_t prev, uint32_t begin) {
    if (prev == kNone || !TakesReport(prev) || C(prev).complement_clause != kNone) return false;
    // Only speech verbs take an indirect object before the report ("told
    // AFP that"); "found the weapons that ..." is a relative clause.
    const bool speech = wc::IsSpeechVerb(a_.lemma(C(prev).verb.lemma));
    for (uint32_t i = C(prev).verb.end; i < begin; ++i) {
      const PosTag t = a_.tags[i];
      if ((speech && a_.np_of_word[i] != kNone) || IsAdverb(t) || t == T::kColon || t == T::kOpenQuote ||
          t == T::kComma) {
        continue;
      }
      // "said on Monday it had killed": a time phrase before the report.
      if (speech && t == T::kIN && i + 1 < begin && a_.np_of_word[i + 1] != kNone && Np(a_.np_of_word[i + 1]).temporal) {
        continue;
      }
      return false;
    }
    return true;
  }

  // "vowed revenge after an airstrike on its consulate in Damascus killed": a subject found as a preposition's
  // object, through the phrases that go back to one a subordinator opens, is that phrase ("an airstrike"); any
  // other `subject` is returned as it is.
  int32_t OpenedBySubordinator(int32_t subject) {
    int32_t np = subject;
    for (int steps = 0; steps < 6 && Np(np).pp_object_of != kNone; ++steps) {
      const uint32_t preposition = a_.pps[static_cast<size_t>(Np(np).pp_object_of)].preposition;
      if (wc::HasBit(a_.word_bits[preposition], wc::kSubordinatorBit) && a_.tags[preposition] == T::kIN) return np;
      const int32_t before = preposition > 0 ? a_.np_of_word[preposition - 1] : kNone;
      if (before == kNone) break;
      np = TopOfCoordination(before);
    }
    return subject;
  }

  // A base-form verb right after the object of "help", "make", "let", "see",
  // "watch" or "hear", with only that object between them; or right after
  // "help" itself ("pledged to help rebuild Ukraine").
  bool BareInfinitiveComplement(int32_t prev, const VerbGroup& g) {
    if (prev == kNone || g.modal != kNone || g.main_verb != g.begin || a_.tags[g.main_verb] != T::kVB) return false;
    const VerbGroup& p = C(prev).verb;
    const std::string_view lemma = a_.lemma(p.lemma);
    if (!wc::IsBareInfinitiveVerb(lemma) || p.end > g.begin || (p.end == g.begin && lemma != "help")) return false;
    for (uint32_t i = p.end; i < g.begin; ++i) {
      const int32_t np = a_.np_of_word[i];
      if (np == kNone || Np(np).pp_object_of != kNone) return false;
    }
    return true;
  }

  // After the verb: nothing but adverbs, time phrases and PPs to the end or
  // the next comma. A speech verb there reports the clause before it.
  bool NothingAfter(uint32_t i) {
    for (; i < n_; ++i) {
      if (a_.tags[i] == T::kPeriod || a_.tags[i] == T::kComma || a_.tags[i] == T::kCloseQuote) return true;
      const int32_t np = a_.np_of_word[i];
      if (np != kNone && (Np(np).temporal || Np(np).pp_object_of != kNone)) continue;
      if (IsAdverb(a_.tags[i]) || a_.tags[i] == T::kIN || a_.tags[i] == T::kTO) continue;
      if (np != kNone && Np(np).pp_object_of == kNone) return false;
      if (np == kNone) return false;
    }
    return true;
  }

  // "..., the president told reporters in Abuja.": "tell" names whom it
  // addresses before anything else; the report is still the clause before.
  uint32_t AfterAddressee(const VerbGroup& g) {
    if (g.end >= n_ || a_.lemma(g.lemma) != "tell") return g.end;
    const int32_t np = a_.np_of_word[g.end];
    if (np == kNone || Np(np).pp_object_of != kNone || Np(np).begin != g.end) return g.end;
    return Np(np).end;
  }

  void MakeReporting(int32_t k) {
    for (int32_t j = 0; j < k; ++j) {
      if (C(j).parent_clause != kNone) continue;
      C(j).parent_clause = k;
      if (C(j).kind == ClauseKind::kMain) C(j).kind = ClauseKind::kReported;
      C(k).complement_clause = j;
      C(k).complement_kind = ComplementKind::kThatClause;
      return;
    }
  }

  // Earlier subordinate or participial clauses still without a parent
  // ("As talks stalled, the Taliban ...") depend on the main clause `k`.
  void AdoptPending(int32_t k) {
    for (int32_t j = 0; j < k; ++j) {
      const ClauseKind kind = C(j).kind;
      if (C(j).parent_clause == kNone && (kind == ClauseKind::kSubordinate ||
                                          kind == ClauseKind::kParticipial ||
                                          kind == ClauseKind::kInfinitival)) {
        C(j).parent_clause = k;
      }
    }
  }

  void Classify(int32_t k) {
    Clause& c = C(k);
    const VerbGroup& g = c.verb;
    const int32_t prev = k - 1;
    const int64_t l = SkipLeft(static_cast<int64_t>(g.begin) - 1);
    const size_t lu = static_cast<size_t>(l);
    bool participle = g.tense == Tense::kNonFinite && !g.infinitive;
    // "The protesters , who demanded reforms , clashed with police": after a
    // comma that closes a non-restrictive relative clause, a past participle
    // is the main verb the tagger took for a participle.
    if (participle && a_.tags[g.main_verb] == T::kVBN && g.main_verb == g.begin && IsComma(l) &&
        prev != kNone) {
      int32_t j = prev;
      while (j != kNone && C(j).antecedent_np == kNone) j = C(j).parent_clause;
      if (j != kNone && C(j).kind == ClauseKind::kRelative && C(j).begin > 0 &&
          IsComma(static_cast<int64_t>(C(j).begin) - 1) && C(j).begin < lu) {
        c.verb.tense = Tense::kPast;
        participle = false;
      }
    }
    // "Rohan taken the fort": a past participle right after the noun phrase
    // that opens the sentence, with an object of its own, is that phrase's
    // verb (a reduced relative clause has no object: "a man killed by police").
    if (participle && prev == kNone && a_.tags[g.main_verb] == T::kVBN && g.main_verb == g.begin && l >= 0 &&
        a_.np_of_word[lu] != kNone && Np(TopUnit(a_.np_of_word[lu])).full_begin == 0 && g.end < n_ &&
        a_.np_of_word[g.end] != kNone && Np(a_.np_of_word[g.end]).pp_object_of == kNone &&
        !Np(a_.np_of_word[g.end]).temporal) {
      c.verb.tense = Tense::kPast;
      participle = false;
    }
    // "Witnesses said Sudanese soldiers fired on the crowd": so is one right after the noun phrase that a
    // speech verb's report opens with, unless a "by" phrase makes it a passive ("said civilians killed by
    // shelling were buried") or an infinitive may follow a reduced relative ("said a plan proposed to the council").
    if (participle && prev != kNone && a_.tags[g.main_verb] == T::kVBN && g.main_verb == g.begin && l >= 0 &&
        a_.np_of_word[lu] != kNone && g.end < n_ && !Word(g.end, "by") && !Word(g.end, "to") &&
        wc::IsSpeechVerb(a_.lemma(C(prev).verb.lemma))) {
      const uint32_t opens = Np(TopUnit(a_.np_of_word[lu])).full_begin;
      const uint32_t report = C(prev).verb.end + (Word(C(prev).verb.end, "that") ? 1 : 0);
      if (opens == report) {
        c.verb.tense = Tense::kPast;
        participle = false;
      }
    }

    // "a raid that health officials said killed 270 Palestinians": a past
    // form right after the speech verb of a relative clause is what was
    // said, and the relative's noun is its subject.
    if (prev != kNone && C(prev).kind == ClauseKind::kRelative && C(prev).antecedent_np != kNone &&
        C(prev).verb.end == g.begin && g.main_verb == g.begin && wc::IsSpeechVerb(a_.lemma(C(prev).verb.lemma)) &&
        (a_.tags[g.main_verb] == T::kVBD || a_.tags[g.main_verb] == T::kVBN) && !(g.end < n_ && Word(g.end, "by"))) {
      c.kind = ClauseKind::kReported;
      c.verb.tense = Tense::kPast;
      c.verb.passive = false;
      c.controller_np = C(prev).antecedent_np;
      Complement(prev, k, ComplementKind::kThatClause);
      return;
    }
    // "accused him of conspiracy and usurping the functions of public
    // office": a gerund after "and" that follows an "of" or "for" phrase of
    // the clause before continues that phrase, as "of usurping" would.
    if (l >= 1 && Word(lu, "and") && prev != kNone && a_.tags[g.main_verb] == T::kVBG && g.main_verb == g.begin &&
        a_.np_of_word[lu - 1] != kNone && Np(a_.np_of_word[lu - 1]).end == lu &&
        Np(a_.np_of_word[lu - 1]).pp_object_of != kNone) {
      const PrepPhrase& pp = a_.pps[static_cast<size_t>(Np(a_.np_of_word[lu - 1]).pp_object_of)];
      // (A phrase of the verb's, not of a noun: "killing hundreds of
      // civilians and taking dozens of hostages"; a pronoun or a name takes
      // no "of" phrase: "accused him of".)
      const bool verbs = pp.attached_np == kNone || Np(pp.attached_np).pronoun || Np(pp.attached_np).proper;
      if ((Word(pp.preposition, "of") || Word(pp.preposition, "for")) && verbs && pp.preposition > C(prev).verb.end) {
        c.kind = ClauseKind::kParticipial;
        c.verb.tense = Tense::kNonFinite;
        c.parent_clause = prev;
        return;
      }
    }
    if (l >= 0 && a_.tags[lu] == T::kCC && prev != kNone) {
      c.kind = ClauseKind::kCoordinated;
      c.begin = static_cast<uint32_t>(l);
      // "urged Pakistan to show restraint and protect civilians": a bare
      // form right after an infinitive's "and" is a second infinitive.
      if (a_.tags[g.main_verb] == T::kVB && g.main_verb == g.begin && C(prev).kind == ClauseKind::kInfinitival) {
        c.verb.tense = Tense::kNonFinite;
      }
      c.parent_clause = CoordinationParent(k, l >= 1 && a_.tags[lu - 1] == T::kComma);
      if (c.parent_clause != kNone) {
        const Clause& p = C(c.parent_clause);
        c.antecedent_np = p.antecedent_np;
        if (participle && p.verb.tense != Tense::kNonFinite) {
          c.verb.tense = p.verb.tense;  // "was arrested and charged"
          c.verb.passive = p.verb.passive && a_.tags[g.main_verb] == T::kVBN;
        }
      }
      return;
    }
    if (g.infinitive) {
      c.kind = ClauseKind::kInfinitival;
      if (prev != kNone) Complement(prev, k, ComplementKind::kInfinitive);
      return;
    }
    // "the country that hosts the summit": "that" after an NP, before a finite verb, is a relative pronoun.
    const bool relative_that = l > 0 && Word(static_cast<uint32_t>(lu), "that") && a_.np_of_word[lu] == kNone &&
                               a_.np_of_word[lu - 1] != kNone && g.tense != Tense::kNonFinite &&
                               !ZeroThatComplement(prev, static_cast<uint32_t>(lu));
    if (l >= 0 && (a_.tags[lu] == T::kWDT || a_.tags[lu] == T::kWP || relative_that)) {
      c.begin = static_cast<uint32_t>(l);
      const int64_t before = IsComma(l - 1) ? l - 2 : l - 1;
      if (before >= 0 && a_.np_of_word[static_cast<size_t>(before)] != kNone) {
        c.kind = ClauseKind::kRelative;
        c.antecedent_np = TopOfCoordination(RelativesNoun(
            a_, TopOfCoordination(a_.np_of_word[static_cast<size_t>(before)]), a_.lemma(g.lemma)));
        if (Np(c.antecedent_np).relative_clause == kNone) Np(c.antecedent_np).relative_clause = k;
        c.parent_clause = prev;
      } else {
        c.kind = ClauseKind::kComplement;  // "asked who would lead"
        if (prev != kNone) Complement(prev, k, ComplementKind::kThatClause);
      }
      return;
    }
    if (participle) {
      c.kind = ClauseKind::kParticipial;
      const int32_t place_pp = l >= 0 && a_.np_of_word[lu] != kNone && a_.tags[g.main_verb] == T::kVBG && prev != kNone
                                   ? WhereTheClauseHappens(a_, TopUnit(a_.np_of_word[lu]))
                                   : kNone;
      if (place_pp != kNone) {
        // "filed a case at the ICJ accusing Israel": a present participle after
        // where (or when) goes with the phrase before ("protested in Kabul
        // demanding": the clause's).
        const uint32_t preposition = a_.pps[static_cast<size_t>(place_pp)].preposition;
        const int32_t before = preposition > 0 ? a_.np_of_word[preposition - 1] : kNone;
        if (before != kNone && Np(before).pp_object_of == kNone) {
          c.antecedent_np = TopOfCoordination(before);
          c.parent_clause = prev;
        } else {
          c.begin = g.begin;
          Complement(prev, k, ComplementKind::kGerund);
        }
      } else if (l >= 0 && a_.np_of_word[lu] != kNone) {  // "a man killed by police", "talks in Doha mediated by"
        const int32_t np = a_.np_of_word[lu];
        c.antecedent_np = TopOfCoordination(a_.tags[g.main_verb] == T::kVBN ? ParticiplesNoun(a_, np) : np);
        c.parent_clause = prev;
        if (a_.tags[g.main_verb] == T::kVBN) c.verb.passive = true;
      } else if (IsComma(l) && l > 0 && a_.np_of_word[lu - 1] != kNone &&
                 (prev == kNone || Np(a_.np_of_word[lu - 1]).full_begin < C(prev).verb.begin)) {
        // "The insurgents , believing they have leverage , have rejected"
        c.antecedent_np = TopUnit(a_.np_of_word[lu - 1]);
        c.begin = static_cast<uint32_t>(l);
        c.parent_clause = prev;
      } else if (prev != kNone) {  // "by promoting", "continued fighting"
        c.begin = l >= 0 ? static_cast<uint32_t>(l) : g.begin;
        // "arrived stripped of their citizenship": a bare past participle
        // right after the verb tells what was done to its doer.
        if (a_.tags[g.main_verb] == T::kVBN && g.main_verb == g.begin && l >= 0 && lu + 1 == C(prev).verb.end) {
          c.verb.passive = true;
        }
        // "signed a deal with Gondor giving it a port, angering Rohan": after
        // a comma, a participle follows the clause that a participle
        // modifying a noun hangs from, not that participle (so does one after a comma and a preposition: "will
        // visit North Korea starting on Tuesday, before travelling on to Vietnam").
        const bool set_off = IsComma(l) || (a_.tags[lu] == T::kIN && IsComma(l - 1));
        int32_t host = prev;
        if (set_off && C(prev).kind == ClauseKind::kParticipial && C(prev).antecedent_np != kNone &&
            C(prev).parent_clause != kNone) {
          host = C(prev).parent_clause;
        }
        // "ordered his fighters to march on Moscow, accusing the army": nor an infinitive, whose doer may be
        // another; nor a gerund after a preposition, "banned women from speaking in public, drawing
        // condemnation". Nor a clause of what went on meanwhile: "opened fire as crowds rushed a convoy,
        // killing more than 100" is the firers' killing.
        auto hangs_lower = [&](const Clause& h) {
          uint32_t before = h.verb.begin;  // (past adverbs: "of ever sitting down")
          while (before > 0 && IsAdverb(a_.tags[before - 1])) --before;
          return h.kind == ClauseKind::kInfinitival ||
                 (h.kind == ClauseKind::kParticipial && h.antecedent_np == kNone && before > 0 &&
                  a_.tags[h.verb.begin] == T::kVBG && a_.tags[before - 1] == T::kIN) ||
                 (h.kind == ClauseKind::kSubordinate && (Word(h.begin, "as") || Word(h.begin, "while"))) ||
                 // Nor a relative clause that singles out its noun: "opened
                 // fire on protesters who marched on parliament, killing 19".
                 (h.kind == ClauseKind::kRelative && h.begin > 0 && !IsComma(static_cast<int64_t>(h.begin) - 1));
        };
        while (IsComma(l) && hangs_lower(C(host)) && C(host).parent_clause != kNone) host = C(host).parent_clause;
        Complement(host, k, ComplementKind::kGerund);
      }
      return;
    }

    if (BareInfinitiveComplement(prev, g)) {
      // "helping young militants join a group", "let the inspectors enter":
      // a bare infinitive after a causative or perception verb's object.
      c.kind = ClauseKind::kInfinitival;
      Complement(prev, k, ComplementKind::kInfinitive);
      return;
    }
    int32_t subject = FindSubject(l, k);
    if (subject == kNone) {
      // ", said the minister ." : the subject follows a postposed speech verb.
      const int32_t after = g.end < n_ ? a_.np_of_word[g.end] : kNone;
      if (after != kNone && (l < 0 || IsComma(l)) && wc::IsSpeechVerb(a_.lemma(g.lemma)) &&
          NothingAfter(Np(TopUnit(after)).end)) {
        c.subject_np = TopUnit(after);
        c.kind = ClauseKind::kMain;
        if (k > 0) MakeReporting(k);
        return;
      }
      if (l >= 0 && wc::HasBit(a_.word_bits[lu], wc::kSubordinatorBit)) {
        c.kind = ClauseKind::kSubordinate;
        c.begin = static_cast<uint32_t>(l);
        c.parent_clause = prev;
        return;
      }
      c.kind = ClauseKind::kMain;
      if (prev != kNone && ZeroThatComplement(prev, g.begin)) {
        c.kind = ReportKind(prev);
        Complement(prev, k, ComplementKind::kThatClause);
      }
      if (c.kind == ClauseKind::kMain) AdoptPending(k);
      return;
    }

    subject = OpenedBySubordinator(subject);
    c.subject_np = subject;
    const uint32_t subject_begin = Np(subject).full_begin;
    // "The senator , whose son was arrested ,": a relative clause.
    const int32_t determiner = Np(subject).determiner;
    if (determiner != kNone && a_.tags[static_cast<uint32_t>(determiner)] == T::kWPS) {
      int64_t before = static_cast<int64_t>(subject_begin) - 1;
      if (IsComma(before)) --before;
      if (before >= 0 && a_.np_of_word[static_cast<size_t>(before)] != kNone) {
        c.kind = ClauseKind::kRelative;
        c.begin = subject_begin;
        c.antecedent_np = TopOfCoordination(a_.np_of_word[static_cast<size_t>(before)]);
        if (Np(c.antecedent_np).relative_clause == kNone) Np(c.antecedent_np).relative_clause = k;
        c.parent_clause = prev;
        return;
      }
    }
    if (subject_begin < c.begin && (prev == kNone || subject_begin >= C(prev).verb.end)) c.begin = subject_begin;
    const int64_t r = SkipLeft(static_cast<int64_t>(subject_begin) - 1);
    const size_t ru = static_cast<size_t>(r);
    const bool that = r >= 0 && Word(static_cast<uint32_t>(r), "that") && a_.np_of_word[ru] == kNone;
    if (r >= 0 && (a_.tags[ru] == T::kWDT || a_.tags[ru] == T::kWP || that)) {
      int64_t before = r - 1;
      // "a pact under which ..." (not "in what X called"):
      if (!that && !Word(ru, "what") && before > 0 && a_.tags[static_cast<size_t>(before)] == T::kIN) --before;
      if (IsComma(before)) --before;
      const bool after_np = before >= 0 && a_.np_of_word[static_cast<size_t>(before)] != kNone;
      // "told AFP that ...": that after the indirect object of a speech verb;
      // "said on Friday that ...": after a time, not a relative clause.
      const bool after_time = after_np && prev != kNone && Np(a_.np_of_word[static_cast<size_t>(before)]).temporal;
      const bool complement =
          that && (!after_np || after_time || ZeroThatComplement(prev, static_cast<uint32_t>(r)));
      c.begin = static_cast<uint32_t>(r);
      if (!complement && after_np) {  // "the deal that the US signed"
        c.kind = ClauseKind::kRelative;
        c.antecedent_np = TopOfCoordination(RelativesNoun(
            a_, TopOfCoordination(a_.np_of_word[static_cast<size_t>(before)]), a_.lemma(g.lemma)));
        if (Np(c.antecedent_np).relative_clause == kNone) Np(c.antecedent_np).relative_clause = k;
        c.parent_clause = prev;
      } else {
        // "said he had met Putin and that both men agreed": after "and",
        // a second that-clause of the verb that took the first.
        int32_t taker = prev;
        if (that && r > 0 && a_.tags[ru - 1] == T::kCC) {
          for (int32_t j = prev; j != kNone; j = C(j).parent_clause) {
            if (C(j).complement_kind == ComplementKind::kThatClause && C(j).complement_clause != kNone) {
              taker = j;
              break;
            }
          }
        }
        c.kind = taker != kNone ? ReportKind(taker) : ClauseKind::kComplement;
        if (taker != kNone) Complement(taker, k, ComplementKind::kThatClause);
      }
      return;
    }
    if (r >= 0 && a_.np_of_word[ru] == kNone && wc::HasBit(a_.word_bits[ru], wc::kSubordinatorBit) &&
        (a_.tags[ru] == T::kIN || a_.tags[ru] == T::kWRB || a_.tags[ru] == T::kRB)) {
      c.kind = ClauseKind::kSubordinate;
      c.begin = static_cast<uint32_t>(r);
      c.parent_clause = prev;
      return;
    }
    // (Not with its subject before that verb after a comma, "rebels, who have pledged allegiance to IS, killed", nor
    // when it is a participle's noun: "tanks promised by the US arrived".)
    const bool participles_noun = prev != kNone && C(prev).kind == ClauseKind::kParticipial &&
                                  C(prev).antecedent_np != kNone && subject == TopUnit(C(prev).antecedent_np);
    if (prev != kNone && ZeroThatComplement(prev, subject_begin) &&
        !(subject_begin < C(prev).verb.begin && (IsComma(static_cast<int64_t>(g.begin) - 1) || participles_noun))) {
      c.kind = ReportKind(prev);
      Complement(prev, k, ComplementKind::kThatClause);
      return;
    }
    c.kind = ClauseKind::kMain;
    if (k > 0 && (r < 0 || IsComma(r)) && r >= 0 && wc::IsSpeechVerb(a_.lemma(g.lemma)) &&
        NothingAfter(AfterAddressee(g))) {
      MakeReporting(k);  // "..., US Deputy Secretary Jeffrey Kupfer said here Wednesday."
    }
    AdoptPending(k);
  }

  SentenceAnalysis& a_;
  const uint32_t n_;
};

}  // namespace

void BuildClauses(SentenceAnalysis* analysis) { ClauseBuilder(analysis).Run(); }

}  // namespace khaldun::lang_internal
