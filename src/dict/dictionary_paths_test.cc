#include "dict/dictionary_paths.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace khaldun::dict {
namespace {

namespace fs = std::filesystem;

// A scratch tree: defaults/{agents.txt, actors/countries.txt, CMakeLists.txt,
// README.md} and overlay/mine.txt.
class DictionaryPathsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("khaldun_dict_paths_" + std::to_string(::getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_ / "defaults" / "actors");
    fs::create_directories(root_ / "overlay");
    for (const fs::path& file : {root_ / "defaults" / "agents.txt", root_ / "defaults" / "actors" / "countries.txt",
                                 root_ / "overlay" / "mine.txt"}) {
      std::ofstream(file) << "khaldun-dictionary 1\n";
    }
    std::ofstream(root_ / "defaults" / "CMakeLists.txt") << "install()\n";
    std::ofstream(root_ / "defaults" / "README.md") << "# readme\n";
  }
  void TearDown() override { fs::remove_all(root_); }

  std::string Path(const std::string& relative) const { return (root_ / relative).string(); }

  fs::path root_;
};

TEST_F(DictionaryPathsTest, NoArgumentMeansTheDefaults) {
  Result<std::vector<std::string>> paths = ExpandDictionaryPaths({}, Path("defaults"));
  ASSERT_TRUE(paths.ok()) << paths.status().message();
  EXPECT_EQ(paths.value(), (std::vector<std::string>{Path("defaults/actors/countries.txt"), Path("defaults/agents.txt")}));
}

TEST_F(DictionaryPathsTest, PlusMeansTheDefaultsFirstThenTheOverlay) {
  Result<std::vector<std::string>> paths = ExpandDictionaryPaths({"+" + Path("overlay")}, Path("defaults"));
  ASSERT_TRUE(paths.ok()) << paths.status().message();
  EXPECT_EQ(paths.value(), (std::vector<std::string>{Path("defaults/actors/countries.txt"),
                                                     Path("defaults/agents.txt"), Path("overlay")}));
}

TEST_F(DictionaryPathsTest, PlainPathsReplaceTheDefaults) {
  Result<std::vector<std::string>> paths = ExpandDictionaryPaths({Path("overlay")}, Path("defaults"));
  ASSERT_TRUE(paths.ok());
  EXPECT_EQ(paths.value(), (std::vector<std::string>{Path("overlay")}));
}

TEST_F(DictionaryPathsTest, KhaldunTreesAreExpandedAndReadOnce) {
  // `--dict "$(khaldun dict path)" --dict +overlay`: the tree is listed, and
  // the defaults the '+' adds are not read a second time.
  Result<std::vector<std::string>> paths =
      ExpandDictionaryPaths({Path("defaults"), "+" + Path("overlay")}, Path("defaults"));
  ASSERT_TRUE(paths.ok());
  EXPECT_EQ(paths.value(), (std::vector<std::string>{Path("defaults/actors/countries.txt"),
                                                     Path("defaults/agents.txt"), Path("overlay")}));
}

TEST_F(DictionaryPathsTest, MissingDefaultsFail) {
  EXPECT_FALSE(ExpandDictionaryPaths({"+" + Path("overlay")}, Path("nowhere")).ok());
  // Without '+' the defaults are not needed.
  EXPECT_TRUE(ExpandDictionaryPaths({Path("overlay")}, Path("nowhere")).ok());
}

}  // namespace
}  // namespace khaldun::dict
