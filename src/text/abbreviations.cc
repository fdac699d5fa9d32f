#include "text/abbreviations.h"

#include <algorithm>
#include <array>
#include <string>

namespace khaldun {
namespace {

struct Entry {
  std::string_view word;
  AbbreviationKind kind;
};

using K = AbbreviationKind;

// Sorted by word (byte order) for binary search; checked by a test.
// Dotted initialisms listed here are the ones that name places and bodies
// and so may end a sentence; unlisted ones made of single capitals are a
// person's initials ("J.R.R.", "A.Q.").
constexpr Entry kAbbreviations[] = {
    {"Adm", K::kTitle}, {"Ald", K::kTitle}, {"Amb", K::kTitle},
    {"Apr", K::kMonth}, {"Art", K::kBeforeNumber}, {"Assn", K::kGeneral},
    {"Aug", K::kMonth}, {"Ave", K::kGeneral}, {"Bde", K::kGeneral},
    {"Bhd", K::kGeneral}, {"Bn", K::kGeneral}, {"Brig", K::kTitle},
    {"Bros", K::kTitle}, {"Capt", K::kTitle}, {"Cdr", K::kTitle},
    {"Ch", K::kBeforeNumber}, {"Cmdr", K::kTitle}, {"Co", K::kGeneral},
    {"Col", K::kTitle}, {"Comdr", K::kTitle}, {"Corp", K::kGeneral},
    {"Cpl", K::kTitle}, {"Cpt", K::kTitle}, {"D.C", K::kGeneral},
    {"Dec", K::kMonth}, {"Dept", K::kGeneral}, {"Div", K::kGeneral},
    {"Dr", K::kTitle}, {"Drs", K::kTitle}, {"E.U", K::kGeneral},
    {"Esq", K::kGeneral}, {"Feb", K::kMonth}, {"Fig", K::kBeforeNumber},
    {"Fr", K::kTitle}, {"Ft", K::kTitle}, {"Gen", K::kTitle},
    {"Gens", K::kTitle}, {"Gov", K::kTitle}, {"Govt", K::kGeneral},
    {"Hon", K::kTitle}, {"Hosp", K::kGeneral}, {"Inc", K::kGeneral},
    {"Inf", K::kTitle}, {"Insp", K::kTitle}, {"Intl", K::kTitle},
    {"Jan", K::kMonth}, {"Jr", K::kGeneral}, {"Jul", K::kMonth},
    {"Jun", K::kMonth}, {"Lt", K::kTitle}, {"Lt-Gen", K::kTitle},
    {"Ltd", K::kGeneral}, {"Maj", K::kTitle}, {"Maj-Gen", K::kTitle},
    {"Mar", K::kMonth}, {"Md", K::kTitle}, {"Mech", K::kTitle},
    {"Messrs", K::kTitle}, {"Mme", K::kTitle}, {"Mr", K::kTitle},
    {"Mrs", K::kTitle}, {"Ms", K::kTitle}, {"Msgr", K::kTitle},
    {"Mt", K::kTitle}, {"Mtn", K::kTitle}, {"N.Y", K::kGeneral},
    {"Natl", K::kTitle}, {"No", K::kBeforeNumber}, {"Nos", K::kBeforeNumber},
    {"Nov", K::kMonth}, {"Oct", K::kMonth}, {"Op", K::kBeforeNumber},
    {"Pfc", K::kTitle}, {"Ph", K::kGeneral}, {"Plc", K::kGeneral},
    {"Pres", K::kTitle}, {"Prof", K::kTitle}, {"Pte", K::kGeneral},
    {"Pty", K::kGeneral}, {"Pvt", K::kTitle}, {"Rd", K::kGeneral},
    {"Regt", K::kGeneral}, {"Rep", K::kTitle}, {"Reps", K::kTitle},
    {"Rev", K::kTitle}, {"Rs", K::kBeforeNumber}, {"Rt", K::kTitle},
    {"Sec", K::kBeforeNumber}, {"Sen", K::kTitle}, {"Sens", K::kTitle},
    {"Sep", K::kMonth}, {"Sept", K::kMonth}, {"Sgt", K::kTitle},
    {"Sr", K::kGeneral}, {"St", K::kTitle}, {"Ste", K::kTitle},
    {"Supt", K::kTitle}, {"U.A.E", K::kGeneral}, {"U.K", K::kGeneral},
    {"U.N", K::kGeneral}, {"U.S", K::kGeneral}, {"U.S.A", K::kGeneral},
    {"U.S.S.R", K::kGeneral}, {"Univ", K::kTitle}, {"Vol", K::kBeforeNumber},
    {"Yahoo", K::kGeneral}, {"a.k.a", K::kTitle}, {"approx", K::kGeneral},
    {"cf", K::kGeneral}, {"e.g", K::kTitle}, {"ed", K::kGeneral},
    {"est", K::kGeneral}, {"etc", K::kGeneral}, {"govt", K::kGeneral},
    {"i.e", K::kTitle}, {"no", K::kBeforeNumber}, {"nos", K::kBeforeNumber},
    {"pp", K::kBeforeNumber}, {"viz", K::kTitle}, {"vol", K::kBeforeNumber},
    {"vs", K::kTitle},
};

// Capitalised words that open sentences far more often than they continue
// a proper name. Sorted for binary search; checked by a test.
constexpr std::string_view kSentenceStarters[] = {
    "A",         "About",     "According", "Additionally", "After",    "Afterwards",
    "Again",     "Ahead",     "All",       "Almost",    "Also",       "Although",
    "Among",     "An",        "And",       "Another",   "Any",        "Anyone",
    "As",        "At",        "Authorities", "Because", "Before",     "Behind",
    "Besides",   "Both",      "But",       "By",        "Critics",    "Despite",
    "During",    "Each",      "Earlier",   "Either",    "Even",       "Every",
    "Everyone",  "Few",       "Finally",   "First",     "Five",       "Following",
    "For",       "Four",      "From",      "Further",   "Furthermore", "Half",
    "He",        "Her",       "Here",      "Hers",      "His",        "How",
    "However",   "I",         "If",        "In",        "Indeed",     "Instead",
    "It",        "Its",       "Last",      "Later",     "Like",       "Many",
    "Meanwhile", "More",      "Moreover",  "Most",      "Much",       "My",
    "Neither",   "Nevertheless", "Next",   "Nine",      "No",         "Nobody",
    "None",      "Nor",       "Not",       "Nothing",   "Now",        "Officials",
    "On",        "Once",      "One",       "Only",      "Or",         "Other",
    "Others",    "Our",       "Over",      "Overall",   "People",     "Perhaps",
    "Police",    "Residents", "Several",   "She",       "Since",      "Six",
    "So",        "Some",      "Still",     "Such",      "Ten",        "Than",
    "That",      "The",       "Their",     "Then",      "There",      "These",
    "They",      "This",      "Those",     "Though",    "Three",      "Thus",
    "To",        "Today",     "Two",       "Under",     "Unlike",     "Until",
    "Upon",      "We",        "What",      "When",      "Where",      "Whether",
    "Which",     "While",     "Who",       "Why",       "With",       "Within",
    "Without",   "Witnesses", "Yesterday", "Yet",       "You",
};

// Capitalised words that continue a name or a time after an abbreviation:
// "U.S. Army", "U.N. Security Council", "Inc. Chief Executive", "9 a.m.
// Monday". Any other capitalised word after "U.S." or "Corp." starts a new
// sentence. Sorted for binary search; checked by a test.
constexpr std::string_view kNameContinuers[] = {
    "AST", "Administration", "Agency", "Agriculture", "Air", "Airstrike",
    "Ambassador", "Ambassadors", "Appeals", "April", "Army", "Assembly",
    "Assistant", "Attorney", "August", "BST", "Bank", "Border",
    "Bureau", "CDT", "CEO", "CEST", "CET", "CST",
    "Cabinet", "Capitol", "Census", "Central", "Chairman", "Chairwoman",
    "Chamber", "Charter", "Chief", "Circuit", "Coalition", "Coast",
    "Command", "Commander", "Commanders", "Commerce", "Commissioner", "Congress",
    "Congressional", "Consulate", "Council", "Court", "Customs", "December",
    "Defence", "Defense", "Delegation", "Democrat", "Democratic", "Democrats",
    "Department", "Deputy", "Development", "Diplomat", "Diplomats", "Director",
    "District", "Dollar", "Drone", "EDT", "EST", "ET",
    "Economy", "Education", "Election", "Elections", "Electoral", "Embassies",
    "Embassy", "Energy", "Environment", "Envoy", "Envoys", "February",
    "Fed", "Federal", "Finance", "Food", "Force", "Forces",
    "Foreign", "Friday", "GMT", "Gen", "General", "Generals",
    "Government", "Guard", "Health", "High", "Homeland", "House",
    "Human", "IST", "Institute", "Intelligence", "Interior", "January",
    "Joint", "July", "June", "Justice", "Labor", "Labour",
    "Lawmakers", "March", "Marine", "Marines", "May", "Military",
    "Minister", "Ministers", "Mission", "Monday", "National", "Naval",
    "Navy", "Negotiator", "Negotiators", "News", "November", "October",
    "Office", "Officials", "Open", "PDT", "PKT", "PST",
    "Parliament", "Parliamentary", "Patent", "Peacekeepers", "Peacekeeping", "Permanent",
    "Postal", "President", "Prime", "Refugee", "Relief", "Representative",
    "Representatives", "Republican", "Republicans", "Reserve", "Sanctions", "Saturday",
    "Sec", "Secretary", "Secretary-General", "Security", "Senate", "Senator",
    "Senators", "September", "Soldiers", "Special", "Spokesman", "Spokesperson",
    "Spokeswoman", "Staff", "State", "Steel", "Sunday", "Supreme",
    "Thursday", "Trade", "Transport", "Treasury", "Troops", "Tuesday",
    "UTC", "Under", "Vice", "Wednesday", "Women", "World",
};

bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// "U.S", "e.g", "Ph.D", "a.m": short letter groups joined by periods.
// Sets *initials when every group is one capital letter ("A.Q", "H.W").
bool IsDottedInitialism(std::string_view word, bool* initials) {
  *initials = true;
  size_t group = 0;
  bool has_dot = false;
  for (char c : word) {
    if (c == '.') {
      if (group == 0) return false;
      has_dot = true;
      group = 0;
    } else if (IsLetter(c)) {
      if (++group > 3) return false;
      if (group > 1 || c < 'A' || c > 'Z') *initials = false;
    } else {
      return false;
    }
  }
  return has_dot && group > 0;
}

// Where the listed abbreviations starting with each byte begin (and,
// at the next byte, end) in the sorted table: the search for a word looks
// only among those of its first byte, and most sentence-final words
// ("said", "talks") have none.
constexpr std::array<uint8_t, 257> MakeFirstByteStarts() {
  std::array<uint8_t, 257> starts{};
  size_t k = 0;
  for (size_t byte = 0; byte < 256; ++byte) {
    starts[byte] = static_cast<uint8_t>(k);
    while (k < std::size(kAbbreviations) && static_cast<unsigned char>(kAbbreviations[k].word[0]) == byte) ++k;
  }
  starts[256] = static_cast<uint8_t>(k);
  return starts;
}
constexpr std::array<uint8_t, 257> kFirstByteStarts = MakeFirstByteStarts();
static_assert(std::size(kAbbreviations) < 256 && kFirstByteStarts[256] == std::size(kAbbreviations),
              "every abbreviation has its first byte's range");

// The abbreviation kind the table lists for `word` (not empty), or kNone.
AbbreviationKind ListedKind(const Entry* begin, const Entry* end, std::string_view word) {
  const Entry* it = std::lower_bound(begin, end, word, [](const Entry& e, std::string_view w) { return e.word < w; });
  return it != end && it->word == word ? it->kind : K::kNone;
}

}  // namespace

namespace abbreviations_internal {

AbbreviationKind ClassifyBySearchingTheWholeTable(std::string_view word) {
  if (word.empty()) return K::kNone;
  if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') return K::kInitial;
  if (const K kind = ListedKind(std::begin(kAbbreviations), std::end(kAbbreviations), word); kind != K::kNone) {
    return kind;
  }
  bool initials = false;
  if (IsDottedInitialism(word, &initials)) return initials ? K::kInitial : K::kGeneral;
  return K::kNone;
}

}  // namespace abbreviations_internal

AbbreviationKind ClassifyAbbreviation(std::string_view word) {
  if (word.empty()) return K::kNone;
  if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') return K::kInitial;
  const unsigned char first = static_cast<unsigned char>(word[0]);
  if (const K kind = ListedKind(kAbbreviations + kFirstByteStarts[first], kAbbreviations + kFirstByteStarts[first + 1],
                                word);
      kind != K::kNone) {
    return kind;
  }
  bool initials = false;
  if (IsDottedInitialism(word, &initials)) return initials ? K::kInitial : K::kGeneral;
  return K::kNone;
}

bool IsSentenceStarter(std::string_view word) {
  return std::binary_search(std::begin(kSentenceStarters), std::end(kSentenceStarters), word);
}

bool IsNameContinuer(std::string_view word) {
  return std::binary_search(std::begin(kNameContinuers), std::end(kNameContinuers), word);
}

bool AbbreviationTablesAreSorted() {
  return std::is_sorted(std::begin(kAbbreviations), std::end(kAbbreviations),
                        [](const Entry& a, const Entry& b) { return a.word < b.word; }) &&
         std::is_sorted(std::begin(kSentenceStarters), std::end(kSentenceStarters)) &&
         std::is_sorted(std::begin(kNameContinuers), std::end(kNameContinuers));
}

}  // namespace khaldun
