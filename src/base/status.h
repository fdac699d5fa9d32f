// Errors as values.
//
// Khaldun never throws across a module boundary: a function that can fail
// returns a Status (or a Result<T>), and the message names the file and line
// that caused the failure so a user can fix the input.
#ifndef KHALDUN_BASE_STATUS_H_
#define KHALDUN_BASE_STATUS_H_

#include <string>
#include <utility>
#include <variant>

namespace khaldun {

class Status {
 public:
  // An OK status carries no message.
  Status() = default;

  static Status Ok() { return Status(); }
  // An error; `message` should say what is wrong and where ("file:line: ...").
  static Status Error(std::string message) { return Status(std::move(message), true); }

  bool ok() const { return !failed_; }
  // Empty for an OK status.
  const std::string& message() const { return message_; }

 private:
  Status(std::string message, bool failed) : message_(std::move(message)), failed_(failed) {}
  std::string message_;
  bool failed_ = false;
};

// A value or the Status explaining why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}                      // NOLINT: implicit by design
  Result(Status error) : state_(std::move(error)) {}                 // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(state_); }
  // Requires ok().
  T& value() & { return std::get<T>(state_); }
  const T& value() const& { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  // The error; Status::Ok() when ok().
  Status status() const { return ok() ? Status::Ok() : std::get<Status>(state_); }

 private:
  std::variant<T, Status> state_;
};

}  // namespace khaldun

#endif  // KHALDUN_BASE_STATUS_H_
