// Diagnostics: problems found in input that did not stop the batch.
//
// Readers and loaders report a bad line, skip it and carry on; the caller
// decides what to print and what exit status to give. Every diagnostic names
// the file and (1-based) line it came from.
#ifndef KHALDUN_BASE_DIAGNOSTICS_H_
#define KHALDUN_BASE_DIAGNOSTICS_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace khaldun {

enum class Severity {
  kWarning,  // input was repaired; nothing was lost that mattered
  kError,    // input was skipped
};

struct Diagnostic {
  Severity severity = Severity::kError;
  std::string file;   // path as the user gave it, or "<stdin>"
  uint64_t line = 0;  // 1-based; 0 when the problem concerns the whole file
  std::string message;

  // "file:line: error: message" (line omitted when 0).
  std::string ToString() const;
};

// Collects diagnostics; optionally forwards each one as it arrives so a long
// batch shows problems immediately.
class Diagnostics {
 public:
  using Listener = std::function<void(const Diagnostic&)>;

  Diagnostics() = default;
  explicit Diagnostics(Listener listener) : listener_(std::move(listener)) {}

  void Warn(std::string_view file, uint64_t line, std::string message);
  void Error(std::string_view file, uint64_t line, std::string message);
  void Add(Diagnostic diagnostic);

  const std::vector<Diagnostic>& all() const { return all_; }
  size_t error_count() const { return errors_; }
  size_t warning_count() const { return all_.size() - errors_; }

 private:
  Listener listener_;
  std::vector<Diagnostic> all_;
  size_t errors_ = 0;
};

}  // namespace khaldun

#endif  // KHALDUN_BASE_DIAGNOSTICS_H_
