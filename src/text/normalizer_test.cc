#include "text/normalizer.h"

#include <gtest/gtest.h>

#include <string>

namespace khaldun {
namespace {

struct Normalized {
  std::string text;
  OffsetMap offsets;
};

Normalized NormalizeText(std::string_view input) {
  Result<Normalizer> normalizer = Normalizer::Create();
  EXPECT_TRUE(normalizer.ok());
  Normalized out;
  normalizer.value().Normalize(input, &out.text, &out.offsets);
  return out;
}

TEST(NormalizerTest, AsciiIsUntouched) {
  Normalized n = NormalizeText("The Taliban rejected the offer.\nKabul, 2019.");
  EXPECT_EQ(n.text, "The Taliban rejected the offer.\nKabul, 2019.");
  EXPECT_TRUE(n.offsets.identity());
}

TEST(NormalizerTest, TypographyBecomesAscii) {
  EXPECT_EQ(NormalizeText("\xE2\x80\x9CGo\xE2\x80\x9D").text, "\"Go\"");                      // “Go”
  EXPECT_EQ(NormalizeText("Taliban\xE2\x80\x99s").text, "Taliban's");                         // ’
  EXPECT_EQ(NormalizeText("war \xE2\x80\x94 and").text, "war -- and");                        // em dash
  EXPECT_EQ(NormalizeText("1990\xE2\x80\x93" "2001").text, "1990-2001");                      // en dash joining
  EXPECT_EQ(NormalizeText("Khalilzad \xE2\x80\x93 the").text, "Khalilzad -- the");            // en dash apart
  EXPECT_EQ(NormalizeText("truce. \xE2\x80\xA6" "Agencies").text, "truce. ...Agencies");      // ellipsis
  EXPECT_EQ(NormalizeText("150\xC2\xA0km").text, "150 km");                                   // no-break space
  EXPECT_EQ(NormalizeText("in\xC2\xAD" "surgents").text, "insurgents");                       // soft hyphen
  EXPECT_EQ(NormalizeText("\xEF\xBB\xBFKabul").text, "Kabul");                                // BOM
  EXPECT_EQ(NormalizeText("a\r\nb\rc").text, "a\nb\nc");
  EXPECT_EQ(NormalizeText("a\tb\x01" "c").text, "a b c");
}

TEST(NormalizerTest, ComposesToNfc) {
  // "Mu" + "s" + a + combining acute -> "Musá" with a precomposed á.
  Normalized n = NormalizeText("Musa\xCC\x81 Qala");
  EXPECT_EQ(n.text, "Mus\xC3\xA1 Qala");
  // Already composed text stays as it is.
  EXPECT_EQ(NormalizeText("Lashkar G\xC4\x81h").text, "Lashkar G\xC4\x81h");
}

TEST(NormalizerTest, OffsetsPointIntoTheOriginal) {
  std::string original = "He said \xE2\x80\x9Cno\xE2\x80\x9D \xE2\x80\x94 twice.";
  Normalized n = NormalizeText(original);
  ASSERT_EQ(n.text, "He said \"no\" -- twice.");
  size_t no = n.text.find("no");
  Span span = n.offsets.ToOriginal(Span{static_cast<uint32_t>(no), static_cast<uint32_t>(no + 2)});
  EXPECT_EQ(span.of(original), "no");
  size_t quote = n.text.find('"');
  EXPECT_EQ(n.offsets.ToOriginal(Span{static_cast<uint32_t>(quote), static_cast<uint32_t>(quote + 1)}).of(original),
            "\xE2\x80\x9C");
  size_t twice = n.text.find("twice.");
  EXPECT_EQ(n.offsets.ToOriginal(Span{static_cast<uint32_t>(twice), static_cast<uint32_t>(n.text.size())}).of(original),
            "twice.");
  Span all = n.offsets.ToOriginal(Span{0, static_cast<uint32_t>(n.text.size())});
  EXPECT_EQ(all.of(original), original);
}

}  // namespace
}  // namespace khaldun
