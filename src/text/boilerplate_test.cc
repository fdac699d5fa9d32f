#include "text/boilerplate.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace khaldun {
namespace {

// The quick rejections of ClassifyBoilerplate (by the first two bytes) and
// TrailingCreditLength (by the last byte) never change an answer: random
// paragraphs built from furniture-like pieces, news-like words and noise,
// in random case, get what walking the tables gives.
TEST(BoilerplateTest, QuickRejectionsAgreeWithTheTables) {
  const std::vector<std::string> openings = {
      "Share this", "share on Facebook", "Subscribe", "Sign up for", "Leave a reply", "Please enter your name",
      "Comments are closed", "Related:", "Copyright 2024", "\xC2\xA9 2024", "(c) ", "Tags:", "Loading", "x", "X:",
      "Twitter", "E-mail", "Menu", "AFP", "Agencies", "News desk", "Web Desk.", "Gondor", "The army of Rohan",
      "Police said", "Photo credit", "Skip to content", "Read more", "Also read", "P", "s", "", " ", "--", ":"};
  const std::vector<std::string> endings = {
      "", ".", " ", "!", ":", " -- AFP", "...Agencies", " / Reuters", ". AP", " (AFP)", " (Reporting by Eowyn; Editing by Faramir)",
      " said the agency", " told AFP.", "ap", " Xinhua", "(with input from PTI)", ")", "(", " wires", "online", " desk"};
  const std::string noise = "abcdeopsrtwxyAEPRSTWX .:!-()/'\xC2\xA9";
  std::mt19937 random(5);
  for (int trial = 0; trial < 40000; ++trial) {
    std::string paragraph = openings[random() % openings.size()];
    for (int k = random() % 4; k > 0; --k) paragraph += noise[random() % noise.size()];
    if (random() % 2) paragraph += " the rebels of Mordor agreed to talks";
    paragraph += endings[random() % endings.size()];
    for (char& c : paragraph) {
      if (random() % 3 == 0 && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    if (random() % 5 == 0 && !paragraph.empty()) paragraph.resize(random() % paragraph.size());
    ASSERT_EQ(ClassifyBoilerplate(paragraph), boilerplate_internal::ClassifyByTables(paragraph)) << paragraph;
    ASSERT_EQ(TrailingCreditLength(paragraph), boilerplate_internal::TrailingCreditByTables(paragraph)) << paragraph;
  }
}

}  // namespace
}  // namespace khaldun
