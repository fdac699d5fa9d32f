// Test helpers for the output formats: known events built by hand, the
// project's CAMEO code table, and a writer's output captured as a string.
#ifndef KHALDUN_OUT_TEST_EVENTS_H_
#define KHALDUN_OUT_TEST_EVENTS_H_

#include <functional>
#include <string>
#include <vector>

#include "code/event.h"
#include "dict/event_codes.h"
#include "out/event_writer.h"

namespace khaldun::out_test {

// dictionaries/cameo/event-codes.tsv of this source tree, loaded once
// (project data, so a failure to load it fails the test).
const dict::EventCodeTable& CameoCodes();

// "U.S. envoy Zalmay Khalilzad" (USAGOV) visits (042) "Pakistan" (PAKGOV),
// sentence 3 of document "kabul-talks", dated 2019-06-02 by the document,
// located in Islamabad (capital, PAK/PK, FIPS PK, ADM1 PK08, 33.7215,
// 73.0433, GeoNames 1176615) by "in Islamabad". The envoy is located in his
// code's country (United States, 38, -97), Pakistan by its own name (30, 70).
Event KhalilzadVisit();
// "UN, investigators" (IGOUNO) accuse (1121, contexts crime;corruption) the
// Islamic State (IMGMUSISI) in Helmand province (admin1, AFG, ADM1 AF10),
// sentence 5 of "kabul-talks"; fields with commas, quotes and a line break.
// Neither actor is located (no country in their codes).
Event UnAccusation();
// "Taliban fighters" (AFGINS) use force (190) with no target, no date and no
// location, sentence 1 of document "doc-2"; the fighters are located in
// Afghanistan (their code's country, 33, 65).
Event TalibanAttack();

// What `format` writes for `events` (Begin, Write each, End).
std::string WriteAll(out::EventFormat format, const std::vector<Event>& events, out::WriterOptions options);

// `text` split at `separator` (empty fields kept; a trailing separator gives
// a trailing empty field).
std::vector<std::string> Split(const std::string& text, char separator);

}  // namespace khaldun::out_test

#endif  // KHALDUN_OUT_TEST_EVENTS_H_
