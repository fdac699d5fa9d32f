#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>

namespace khaldun::cli {

std::string WithCommas(uint64_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

Progress::Progress(uint64_t total_bytes, bool enabled)
    : start_(std::chrono::steady_clock::now()),
      last_draw_(start_),
      total_bytes_(total_bytes),
      live_(enabled && isatty(STDERR_FILENO)) {}

double Progress::elapsed_seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void Progress::Update(const Counts& counts, uint64_t bytes_done) {
  if (!live_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(250)) return;
  last_draw_ = now;
  double seconds = elapsed_seconds();
  double rate = seconds > 0 ? counts.sentences / seconds : 0;
  std::string left = "?";
  if (total_bytes_ > 0 && bytes_done > 0 && bytes_done <= total_bytes_) {
    double remaining = seconds * (static_cast<double>(total_bytes_) / bytes_done - 1.0);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%d:%02d", static_cast<int>(remaining) / 60,
                  static_cast<int>(remaining) % 60);
    left = buffer;
  }
  std::fprintf(stderr, "\r\033[K%s documents, %s sentences, %s sentences/s, %s left",
               WithCommas(counts.documents).c_str(), WithCommas(counts.sentences).c_str(),
               WithCommas(static_cast<uint64_t>(rate)).c_str(), left.c_str());
  drawn_ = true;
}

void Progress::Finish(const Counts& counts, const std::string& what, bool show_events) {
  if (drawn_) std::fprintf(stderr, "\r\033[K");
  double seconds = elapsed_seconds();
  std::string events = show_events ? ", " + WithCommas(counts.events) + " events" : "";
  std::string tokens = counts.tokens > 0 ? ", " + WithCommas(counts.tokens) + " tokens" : "";
  std::fprintf(stderr, "khaldun: %s %s documents, %s sentences%s%s, %s skipped in %.2f s (%s sentences/s)\n",
               what.c_str(), WithCommas(counts.documents).c_str(), WithCommas(counts.sentences).c_str(),
               tokens.c_str(), events.c_str(), WithCommas(counts.skipped).c_str(), seconds,
               WithCommas(seconds > 0 ? static_cast<uint64_t>(counts.sentences / seconds) : 0).c_str());
}

}  // namespace khaldun::cli
