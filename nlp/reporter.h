// Where stages send bad-data reports instead of failing the run.
//
// Stages that meet damaged input (invalid UTF-8, broken markup, an
// unparseable date) repair or skip it and tell a Reporter the caller supplied:
// which item, where in it, and why. The caller decides whether to print,
// count or store the reports. Implementations must be safe to call from the
// thread that runs the stage; nlp never calls one concurrently.

#ifndef WHOSAID_NLP_REPORTER_H_
#define WHOSAID_NLP_REPORTER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid::nlp {

class Reporter {
 public:
  virtual ~Reporter() = default;
  // `item` names the document or URL, `offset` is a byte offset into that
  // item's input (0 when not meaningful), `reason` says what was wrong and
  // what was done about it.
  virtual void Report(std::string_view item, size_t offset,
                      std::string_view reason) = 0;
};

// A Reporter that keeps every report; handy for tests and summaries.
class CollectingReporter : public Reporter {
 public:
  struct Entry {
    std::string item;
    size_t offset;
    std::string reason;
  };
  void Report(std::string_view item, size_t offset,
              std::string_view reason) override {
    entries_.push_back({std::string(item), offset, std::string(reason)});
  }
  const std::vector<Entry>& entries() const { return entries_; }

 private:
  std::vector<Entry> entries_;
};

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_REPORTER_H_
