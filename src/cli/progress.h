// Progress: a status line on stderr while a long batch runs, and the
// one-line summary at its end.
#ifndef KHALDUN_CLI_PROGRESS_H_
#define KHALDUN_CLI_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <string>

namespace khaldun::cli {

struct Counts {
  uint64_t documents = 0;
  uint64_t sentences = 0;
  uint64_t tokens = 0;
  uint64_t events = 0;
  uint64_t skipped = 0;
};

class Progress {
 public:
  // Shows a live line only when stderr is a terminal (and `enabled`).
  // `total_bytes` (0 if unknown) lets it estimate the time left.
  Progress(uint64_t total_bytes, bool enabled);

  // Call often; redraws at most four times a second.
  void Update(const Counts& counts, uint64_t bytes_done);

  // Clears the live line and prints "khaldun: <verb> N documents, ...".
  void Finish(const Counts& counts, const std::string& what, bool show_events);

  double elapsed_seconds() const;

 private:
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
  uint64_t total_bytes_;
  bool live_;
  bool drawn_ = false;
};

// "12,345".
std::string WithCommas(uint64_t n);

}  // namespace khaldun::cli

#endif  // KHALDUN_CLI_PROGRESS_H_
