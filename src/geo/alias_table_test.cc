#include "geo/alias_table.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace khaldun {
namespace {

TEST(AliasTableTest, ProjectTableHasNoErrors) {
  const std::string path = std::string(KHALDUN_SOURCE_DIR) + "/data/geo/aliases.tsv";
  Diagnostics diagnostics;
  Result<std::vector<AliasRow>> rows = ReadAliasTable(path, &diagnostics);
  ASSERT_TRUE(rows.ok()) << rows.status().message();
  for (const Diagnostic& d : diagnostics.all()) ADD_FAILURE() << d.ToString();
  EXPECT_GT(rows.value().size(), 100u);
  bool found = false;
  for (const AliasRow& row : rows.value()) {
    if (row.name == "Lashkar Gah") {
      found = true;
      EXPECT_EQ(row.canonical, "Lashkar Gāh");
      EXPECT_EQ(row.country_iso3, "AFG");
      EXPECT_EQ(row.type, FeatureType::kCity);
    }
  }
  EXPECT_TRUE(found);
}

TEST(AliasTableTest, BadRowsNameFileAndLineAndAreSkipped) {
  const std::string path = (std::filesystem::temp_directory_path() / "khaldun_alias_test.tsv").string();
  {
    std::ofstream out(path);
    out << "# header\n"
        << "Good\t-\tcity\tAFG\t\t31.5\t64.3\n"
        << "Bad type\t-\tvillage\tAFG\t\t31.5\t64.3\n"
        << "Bad country\t-\tcity\tAF\t\t31.5\t64.3\n"
        << "Bad lat\t-\tcity\tAFG\t\t91\t64.3\n"
        << "Too few\tcity\n";
  }
  Diagnostics diagnostics;
  Result<std::vector<AliasRow>> rows = ReadAliasTable(path, &diagnostics);
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows.value().size(), 1u);
  EXPECT_EQ(rows.value()[0].name, "Good");
  EXPECT_EQ(rows.value()[0].canonical, "Good");
  ASSERT_EQ(diagnostics.error_count(), 4u);
  EXPECT_EQ(diagnostics.all()[0].line, 3u);
  EXPECT_NE(diagnostics.all()[0].ToString().find(path + ":3:"), std::string::npos);
  std::remove(path.c_str());
}

TEST(AliasTableTest, MissingFileIsAnError) {
  Diagnostics diagnostics;
  Result<std::vector<AliasRow>> rows = ReadAliasTable("/nonexistent/aliases.tsv", &diagnostics);
  EXPECT_FALSE(rows.ok());
  EXPECT_NE(rows.status().message().find("/nonexistent/aliases.tsv"), std::string::npos);
}

}  // namespace
}  // namespace khaldun
