// SourceRefs: the dictionary entries an ActorMention was found through.
//
// A mention has one entry or two (the actor, its agent), rarely more, and
// the matcher makes and copies tens of mentions a sentence: a std::vector
// cost a heap allocation for each (~4 a sentence, a tenth of them all). Up
// to kInline entries are kept in place; past that, all of them on the heap.
// The subset of std::vector's interface the coder uses, with its meaning.
#ifndef KHALDUN_CODE_SOURCE_REFS_H_
#define KHALDUN_CODE_SOURCE_REFS_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "dict/source_ref.h"

namespace khaldun {

class SourceRefs {
 public:
  using value_type = dict::SourceRef;
  using iterator = dict::SourceRef*;
  using const_iterator = const dict::SourceRef*;
  static constexpr uint32_t kInline = 3;

  SourceRefs() = default;
  SourceRefs(const SourceRefs& other) { Append(other.begin(), other.end()); }
  SourceRefs(SourceRefs&& other) noexcept : size_(other.size_), heap_(std::move(other.heap_)) {
    std::copy(other.inline_, other.inline_ + kInline, inline_);
    other.size_ = 0;
    other.heap_.clear();
  }
  SourceRefs& operator=(const SourceRefs& other) {
    if (this != &other) {
      clear();
      Append(other.begin(), other.end());
    }
    return *this;
  }
  SourceRefs& operator=(SourceRefs&& other) noexcept {
    if (this != &other) {
      size_ = other.size_;
      std::copy(other.inline_, other.inline_ + kInline, inline_);
      heap_ = std::move(other.heap_);
      other.size_ = 0;
      other.heap_.clear();
    }
    return *this;
  }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  dict::SourceRef* data() { return size_ <= kInline ? inline_ : heap_.data(); }
  const dict::SourceRef* data() const { return size_ <= kInline ? inline_ : heap_.data(); }
  iterator begin() { return data(); }
  iterator end() { return data() + size_; }
  const_iterator begin() const { return data(); }
  const_iterator end() const { return data() + size_; }
  dict::SourceRef& operator[](size_t i) { return data()[i]; }
  const dict::SourceRef& operator[](size_t i) const { return data()[i]; }
  dict::SourceRef& front() { return data()[0]; }
  const dict::SourceRef& front() const { return data()[0]; }
  dict::SourceRef& back() { return data()[size_ - 1]; }
  const dict::SourceRef& back() const { return data()[size_ - 1]; }

  void clear() {
    size_ = 0;
    heap_.clear();
  }

  void push_back(const dict::SourceRef& entry) {
    const dict::SourceRef copy = entry;  // (`entry` may be one of ours)
    if (size_ < kInline) {
      inline_[size_] = copy;
    } else {
      if (size_ == kInline) heap_.assign(inline_, inline_ + kInline);
      heap_.push_back(copy);
    }
    ++size_;
  }

  // Inserts `entry` before `at`; returns where it now is.
  iterator insert(const_iterator at, const dict::SourceRef& entry) {
    const size_t index = static_cast<size_t>(at - begin());
    push_back(entry);
    std::rotate(begin() + index, end() - 1, end());
    return begin() + index;
  }

  // Inserts [first, last) before `at` (the range may be our own).
  template <typename It>
  iterator insert(const_iterator at, It first, It last) {
    const size_t index = static_cast<size_t>(at - begin());
    const size_t old_size = size_;
    SourceRefs added;  // copied first: the range may be our own
    added.Append(first, last);
    Append(added.begin(), added.end());
    std::rotate(begin() + index, begin() + old_size, end());
    return begin() + index;
  }

 private:
  template <typename It>
  void Append(It first, It last) {
    for (; first != last; ++first) push_back(*first);
  }

  uint32_t size_ = 0;
  dict::SourceRef inline_[kInline];
  std::vector<dict::SourceRef> heap_;  // every entry, once there are more than kInline
};

}  // namespace khaldun

#endif  // KHALDUN_CODE_SOURCE_REFS_H_
