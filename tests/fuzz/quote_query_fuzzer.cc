// Fuzzes the store's quote query: every QuoteQuery field (actor, dates,
// kind, FTS5 match expression, sort, limit) comes from the input and runs
// against a real SQLite store holding a few quotes. A query may fail with
// InvalidArgument; it must never crash or fail otherwise.

#include <fuzzer/FuzzedDataProvider.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "absl/status/status.h"
#include "store/store.h"

namespace {

whosaid::store::Store& TheStore() {
  static whosaid::store::Store* store = [] {
    char dir[] = "/tmp/whosaid-fuzz-XXXXXX";
    if (!mkdtemp(dir)) __builtin_trap();
    const std::string path = std::string(dir) + "/fuzz.db";
    auto s = whosaid::store::OpenSqliteStore(path);
    if (!s.ok()) __builtin_trap();
    // The file stays open; unlinking keeps /tmp clean when the run ends.
    for (int i = 0; i < 3; ++i) {
      whosaid::nlp::Document doc;
      doc.id = "doc" + std::to_string(i);
      doc.title = "Title " + std::to_string(i);
      doc.published = whosaid::nlp::ParseIso8601("2025-10-3" +
                                                 std::to_string(i));
      doc.text = "“Tariffs will fall,” Ann Lee said.";
      whosaid::nlp::Analysis a;
      a.text = doc.text;
      whosaid::nlp::Quote q;
      q.text = "Tariffs will fall";
      q.span = {3, 20};
      q.speaker = i == 2 ? "Bo Chen" : "Ann Lee";
      q.topics = {"tariffs"};
      a.quotes.push_back(q);
      if (!(*s)->Put(doc, a).ok()) __builtin_trap();
    }
    return s->release();
  }();
  return *store;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzedDataProvider in(data, size);
  whosaid::store::QuoteQuery q;
  q.actor = in.ConsumeRandomLengthString(64);
  q.since = in.ConsumeRandomLengthString(32);
  q.until = in.ConsumeRandomLengthString(32);
  q.kind = in.ConsumeRandomLengthString(16);
  q.topic = in.ConsumeRandomLengthString(32);
  q.source = in.ConsumeRandomLengthString(32);
  q.sort = in.ConsumeBool() ? "speaker" : in.ConsumeRandomLengthString(16);
  q.limit = in.ConsumeIntegral<int>();
  q.text_match = in.ConsumeRemainingBytesAsString();
  auto rows = TheStore().Quotes(q);
  if (!rows.ok() && rows.status().code() != absl::StatusCode::kInvalidArgument) {
    __builtin_trap();
  }
  return 0;
}
