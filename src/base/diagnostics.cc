#include "base/diagnostics.h"

namespace khaldun {

std::string Diagnostic::ToString() const {
  std::string out = file;
  if (line > 0) out += ":" + std::to_string(line);
  out += severity == Severity::kError ? ": error: " : ": warning: ";
  out += message;
  return out;
}

void Diagnostics::Warn(std::string_view file, uint64_t line, std::string message) {
  Add({Severity::kWarning, std::string(file), line, std::move(message)});
}

void Diagnostics::Error(std::string_view file, uint64_t line, std::string message) {
  Add({Severity::kError, std::string(file), line, std::move(message)});
}

void Diagnostics::Add(Diagnostic diagnostic) {
  if (diagnostic.severity == Severity::kError) ++errors_;
  if (listener_) listener_(diagnostic);
  all_.push_back(std::move(diagnostic));
}

}  // namespace khaldun
