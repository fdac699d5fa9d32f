#include "out/field_text.h"

#include <gtest/gtest.h>

#include <cstdio>

namespace khaldun::out {
namespace {

// FormatDecimal promises printf's "%.*f" text (less a "-0"); it is built
// another way, so it is checked against printf itself.
std::string Printf(double value, int digits) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", digits, value);
  return buffer;
}

TEST(FieldTextTest, DecimalsAsPrintf) {
  for (double value : {0.0, 1.9, 33.7215, 73.04335, -12.5, 0.03125, 0.09375, 1e-9, 179.99995, -0.00004999, 2.5e15,
                       123456.123456789}) {
    for (int digits : {0, 1, 4}) {
      std::string expected = Printf(value, digits);
      if (expected.find_first_not_of("-0.") == std::string::npos && expected[0] == '-') expected.erase(0, 1);
      EXPECT_EQ(FormatDecimal(value, digits), expected) << value << " " << digits;
    }
  }
  EXPECT_EQ(FormatDecimal(-0.00001, 4), "0.0000");
  EXPECT_EQ(FormatDecimal(1.9, 1), "1.9");
  EXPECT_EQ(FormatDecimal(1e300, 4).size(), 63u);  // longer than the buffer: cut as printf's text was
}

TEST(FieldTextTest, AppendsInPlace) {
  std::string line = "a";
  AppendOneLine("b\tc\nd\re", &line);
  AppendUnsigned(1234567890123ull, &line);
  AppendDecimal(-3.14159, 2, &line);
  EXPECT_EQ(line, "ab c d e1234567890123-3.14");
  EXPECT_EQ(OneLine("x\ty"), "x y");
}

}  // namespace
}  // namespace khaldun::out
