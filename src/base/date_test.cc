#include "base/date.h"

#include <gtest/gtest.h>

namespace khaldun {
namespace {

TEST(DateTest, ReadsMetadataFormats) {
  EXPECT_EQ(ParseDate("2019-06-02")->ToString(), "2019-06-02");
  EXPECT_EQ(ParseDate("2019-06-02T10:30:00Z")->ToString(), "2019-06-02");
  EXPECT_EQ(ParseDate("2019/06/02")->ToString(), "2019-06-02");
  EXPECT_EQ(ParseDate("20080804")->ToString(), "2008-08-04");
  EXPECT_EQ(ParseDate(" 2024-02-29 ")->ToString(), "2024-02-29");
}

TEST(DateTest, RejectsImpossibleDays) {
  EXPECT_FALSE(ParseDate("2019-02-29"));
  EXPECT_FALSE(ParseDate("2019-13-01"));
  EXPECT_FALSE(ParseDate("2019-06"));
  EXPECT_FALSE(ParseDate("June 2, 2019"));
  EXPECT_FALSE(ParseDate("2019-06/02"));
  EXPECT_FALSE(ParseDate(""));
}

TEST(DateTest, Orders) {
  EXPECT_LT(*ParseDate("2018-08-18"), *ParseDate("2019-06-02"));
  EXPECT_EQ(*ParseDate("20190602"), *ParseDate("2019-06-02"));
}

}  // namespace
}  // namespace khaldun
