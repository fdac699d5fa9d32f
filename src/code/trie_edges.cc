#include "code/trie_edges.h"

#include <bit>
#include <utility>

namespace khaldun {

uint32_t TrieEdges::FindOrAdd(uint32_t node, size_t word_hash, uint32_t new_child, bool* added) {
  *added = false;
  if (4 * (size_ + 1) > 3 * slots_.size()) Grow();
  for (size_t i = SlotOf(node, word_hash);; i = (i + 1) & mask_) {
    Slot& slot = slots_[i];
    if (slot.word_hash == word_hash && slot.node == node) return slot.child;
    if (slot.word_hash == 0) {
      slot = Slot{word_hash, node, new_child};
      SetBit(Mix(node, word_hash));
      ++size_;
      *added = true;
      return new_child;
    }
  }
}

void TrieEdges::Grow() {
  std::vector<Slot> old = std::exchange(slots_, std::vector<Slot>(slots_.empty() ? 64 : 2 * slots_.size()));
  mask_ = slots_.size() - 1;
  shift_ = 64 - std::countr_zero(slots_.size());
  bits_.assign((slots_.size() << kBitsPerSlotLog2) / 64, 0);
  for (const Slot& slot : old) {
    if (slot.word_hash == 0) continue;
    SetBit(Mix(slot.node, slot.word_hash));
    size_t i = SlotOf(slot.node, slot.word_hash);
    while (slots_[i].word_hash != 0) i = (i + 1) & mask_;
    slots_[i] = slot;
  }
}

}  // namespace khaldun
