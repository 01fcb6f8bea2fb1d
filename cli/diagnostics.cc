#include "cli/diagnostics.h"

namespace whosaid::cli {

void Diagnostics::Print(const std::string& line) {
  if (progress_ != nullptr) progress_->Clear();
  err_ << line << '\n' << std::flush;
}

void Diagnostics::Error(std::string_view message) {
  ++errors_;
  Print("whosaid: error: " + std::string(message));
}

void Diagnostics::Warning(std::string_view message) {
  ++warnings_;
  std::string line = "whosaid: warning: " + std::string(message);
  if (quiet_) {
    held_.push_back(std::move(line));
  } else {
    Print(line);
  }
}

void Diagnostics::Note(std::string_view message) {
  if (!quiet_) Print(std::string(message));
}

void Diagnostics::FlushHeld() {
  for (const std::string& line : held_) Print(line);
  held_.clear();
}

void DiagnosticsReporter::Report(std::string_view item, size_t offset,
                                 std::string_view reason) {
  ++count_;
  std::string message(item);
  if (offset > 0) message += " (byte " + std::to_string(offset) + ")";
  message += ": ";
  message += reason;
  if (level_ == Level::kError) {
    diagnostics_.Error(message);
  } else {
    diagnostics_.Warning(message);
  }
  last_ = std::move(message);
}

}  // namespace whosaid::cli
