#include "code/source_refs.h"

#include <gtest/gtest.h>

#include <random>
#include <vector>

namespace khaldun {
namespace {

dict::SourceRef Ref(uint32_t file, uint32_t line) { return dict::SourceRef{file, line}; }

// SourceRef's == ignores provenance: compare the fields.
void ExpectSame(const SourceRefs& refs, const std::vector<dict::SourceRef>& expected) {
  ASSERT_EQ(refs.size(), expected.size());
  EXPECT_EQ(refs.empty(), expected.empty());
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(refs[i].file, expected[i].file) << i;
    EXPECT_EQ(refs[i].line, expected[i].line) << i;
    EXPECT_EQ((refs.begin() + i)->line, expected[i].line) << i;
  }
  EXPECT_EQ(refs.end() - refs.begin(), static_cast<std::ptrdiff_t>(expected.size()));
}

TEST(SourceRefs, KeepsEntriesInOrderInPlaceAndOnTheHeap) {
  SourceRefs refs;
  ExpectSame(refs, {});
  refs.push_back(Ref(1, 10));
  refs.push_back(Ref(2, 20));
  EXPECT_EQ(refs.front().line, 10u);
  refs.insert(refs.begin(), Ref(3, 30));
  ExpectSame(refs, {Ref(3, 30), Ref(1, 10), Ref(2, 20)});
  refs.push_back(Ref(4, 40));  // past kInline
  refs.insert(refs.begin() + 1, refs.begin(), refs.end());  // its own entries
  ExpectSame(refs, {Ref(3, 30), Ref(3, 30), Ref(1, 10), Ref(2, 20), Ref(4, 40), Ref(1, 10), Ref(2, 20), Ref(4, 40)});
  SourceRefs copy = refs;
  SourceRefs moved = std::move(refs);
  ExpectSame(moved, {Ref(3, 30), Ref(3, 30), Ref(1, 10), Ref(2, 20), Ref(4, 40), Ref(1, 10), Ref(2, 20), Ref(4, 40)});
  ExpectSame(refs, {});  // NOLINT: a moved-from list is empty
  copy.clear();
  ExpectSame(copy, {});
}

// Random sequences of the operations the coder uses agree with std::vector.
TEST(SourceRefs, AgreesWithStdVector) {
  std::mt19937 random(3);
  for (int trial = 0; trial < 3000; ++trial) {
    SourceRefs refs, other;
    std::vector<dict::SourceRef> expected, other_expected;
    for (int step = 0; step < 12; ++step) {
      const dict::SourceRef ref = Ref(random() % 5, random() % 1000);
      switch (random() % 8) {
        case 0:
        case 1:
        case 2:
          refs.push_back(ref);
          expected.push_back(ref);
          break;
        case 3: {
          const size_t at = random() % (expected.size() + 1);
          refs.insert(refs.begin() + at, ref);
          expected.insert(expected.begin() + static_cast<std::ptrdiff_t>(at), ref);
          break;
        }
        case 4: {
          const size_t at = random() % (expected.size() + 1);
          refs.insert(refs.begin() + at, other.begin(), other.end());
          expected.insert(expected.begin() + static_cast<std::ptrdiff_t>(at), other_expected.begin(),
                          other_expected.end());
          break;
        }
        case 5:
          other = refs;  // copy assignment
          other_expected = expected;
          break;
        case 6: {
          SourceRefs moved(std::move(refs));
          refs = std::move(moved);  // move construction and assignment
          break;
        }
        case 7:
          if (random() % 4 == 0) {
            refs.clear();
            expected.clear();
          } else {
            other.push_back(ref);
            other_expected.push_back(ref);
          }
          break;
      }
      ASSERT_NO_FATAL_FAILURE(ExpectSame(refs, expected));
      ASSERT_NO_FATAL_FAILURE(ExpectSame(other, other_expected));
    }
  }
}

}  // namespace
}  // namespace khaldun
