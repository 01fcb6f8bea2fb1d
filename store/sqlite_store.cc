// The SQLite engine behind Store: one file, WAL, FTS5, one transaction per
// document. This file wires the pieces; each lives in its own file:
// schema*.cc (tables, views, migrations), document_writer.cc (writes),
// quote_clusterer.cc, near_duplicates.cc, *_queries.cc, exporter.cc.

#include <memory>

#include "store/digest_queries.h"
#include "store/document_writer.h"
#include "store/exporter.h"
#include "store/queries.h"
#include "store/schema.h"
#include "store/sqlite_db.h"
#include "store/sqlite_fetch_tables.h"
#include "store/sqlite_run_log.h"
#include "store/store.h"

namespace whosaid::store {
namespace {

class SqliteStore : public Store {
 public:
  explicit SqliteStore(std::unique_ptr<Db> db) : db_(std::move(db)) {}

  absl::StatusOr<PutOutcome> Put(const nlp::Document& doc,
                                 const nlp::Analysis& analysis) override {
    Transaction txn(*db_);
    if (!txn.status().ok()) return txn.status();
    absl::StatusOr<PutOutcome> outcome = WriteDocument(*db_, doc, analysis);
    if (!outcome.ok()) return outcome;
    if (absl::Status s = txn.Commit(); !s.ok()) return s;
    return outcome;
  }

  absl::StatusOr<std::vector<QuoteRow>> Quotes(const QuoteQuery& query) override {
    return QueryQuotes(*db_, query);
  }
  absl::StatusOr<std::vector<ClaimRow>> Claims(const Query& query) override {
    return QueryClaims(*db_, query);
  }
  absl::StatusOr<std::vector<ActorRow>> Actors(const Query& query) override {
    return QueryActors(*db_, query);
  }
  absl::StatusOr<std::vector<SearchRow>> Search(const Query& query) override {
    return QuerySearch(*db_, query);
  }
  absl::StatusOr<std::vector<SourceRow>> Sources(const Query& query) override {
    return QuerySources(*db_, query);
  }
  absl::StatusOr<std::vector<StatRow>> Stats(const Query& query) override {
    return QueryStats(*db_, query);
  }
  absl::StatusOr<std::vector<DocumentRow>> Documents(const Query& query) override {
    return QueryDocuments(*db_, query);
  }
  absl::StatusOr<Coverage> CoverageFor(const Query& query) override {
    return QueryCoverage(*db_, query);
  }

  absl::Status RegisterSource(const SourceInfo& source) override {
    if (source.name.empty()) return absl::InvalidArgumentError("source without a name");
    Statement& st = db_->Cached(
        "INSERT INTO sources (name, url, kind, configured, added_at) "
        "VALUES (?1, ?2, ?3, 1, ?4) ON CONFLICT(name) DO UPDATE SET "
        "url = excluded.url, kind = excluded.kind, configured = 1");
    if (!st.ok()) return st.status();
    st.Bind(1, source.name).Bind(2, source.url).Bind(3, source.kind).Bind(4, UtcNow());
    return st.Run("registering a source");
  }

  absl::Status LogFetch(const FetchRecord& record) override {
    std::optional<nlp::Timestamp> at = nlp::ParseIso8601(record.fetched_at);
    if (!at) {
      return absl::InvalidArgumentError("fetch time \"" + record.fetched_at +
                                        "\" is not ISO 8601");
    }
    if (record.status != "ok" && record.status != "not_modified" &&
        record.status != "failed") {
      return absl::InvalidArgumentError("fetch status must be ok, not_modified "
                                        "or failed");
    }
    Statement& st = db_->Cached(
        "INSERT INTO fetch_log (source, url, fetched_at, status, http_status, "
        "error) VALUES (?,?,?,?,?,?)");
    if (!st.ok()) return st.status();
    st.Bind(1, record.source).Bind(2, record.url).Bind(3, at->ToUtcIso8601());
    st.Bind(4, record.status);
    if (record.http_status) {
      st.Bind(5, record.http_status);
    } else {
      st.BindNull(5);
    }
    st.Bind(6, record.error);
    return st.Run("logging a fetch");
  }

  absl::Status Export(ExportTable table, const ExportSink& sink) override {
    return ExportView(*db_, table, sink);
  }

  absl::StatusOr<std::optional<FetchStateRow>> GetFetchState(
      const std::string& url) override {
    return fetch_tables::GetState(db_->get(), url);
  }
  absl::Status PutFetchState(const std::string& url,
                             const FetchStateRow& row) override {
    return fetch_tables::PutState(db_->get(), url, row);
  }
  absl::StatusOr<bool> HasItem(const std::string& url) override {
    return fetch_tables::HasItem(db_->get(), url);
  }
  absl::Status AddItem(const std::string& url,
                       const std::string& source) override {
    return fetch_tables::AddItem(db_->get(), url, source);
  }
  absl::Status RecordFetch(const FetchLogRow& row) override {
    return fetch_tables::Record(db_->get(), row);
  }
  absl::StatusOr<std::vector<FetchLogRow>> FetchLog(int limit) override {
    return fetch_tables::Log(db_->get(), limit);
  }

  // ---- Run log (store/sqlite_run_log.cc)
  absl::StatusOr<bool> HasUnchanged(const nlp::Document& doc) override {
    Statement& st = db_->Cached("SELECT content_hash FROM documents WHERE doc_key = ?");
    if (!st.ok()) return st.status();
    st.Bind(1, doc.id);
    const int rc = st.Step();
    if (rc == SQLITE_DONE) return false;
    if (rc != SQLITE_ROW) return SqliteStatus(db_->get(), rc, "looking up a document");
    const bool same = st.Text(0) == ContentHash(doc);
    st.Reset();  // ends the read, so no snapshot lingers
    return same;
  }
  absl::StatusOr<int64_t> BeginRun(const RunRecord& run) override {
    return run_log::Begin(*db_, run);
  }
  absl::Status FinishRun(const RunRecord& run,
                         int64_t expected_interval_seconds) override {
    return run_log::Finish(*db_, run, expected_interval_seconds);
  }
  absl::StatusOr<int64_t> MarkInterruptedRuns() override {
    return run_log::MarkInterrupted(*db_);
  }
  absl::StatusOr<std::vector<RunRecord>> Runs(int limit) override {
    return run_log::Runs(*db_, limit);
  }
  absl::StatusOr<std::vector<SourceHealthRow>> SourceHealth() override {
    return run_log::Health(*db_);
  }
  // ---- end of run log

 private:
  std::unique_ptr<Db> db_;
};

}  // namespace

absl::StatusOr<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path) {
  sqlite3* handle = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &handle,
                                 SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  auto db = std::make_unique<Db>(handle);  // closes the handle in every case
  if (rc != SQLITE_OK) {
    return absl::UnavailableError("cannot open store " + path + ": " +
                                  (handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc)));
  }
  sqlite3_busy_timeout(handle, 10000);
  sqlite3_extended_result_codes(handle, 1);
  // journal_mode reads the header, so a foreign file fails here already.
  if (absl::Status s = db->Exec("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; "
                                "PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536;");
      !s.ok()) {
    return absl::FailedPreconditionError(path + " is not a usable whosaid store: " +
                                         std::string(s.message()));
  }
  if (absl::Status s = Migrate(*db); !s.ok()) {
    return absl::Status(s.code(), path + ": " + std::string(s.message()));
  }
  return std::make_unique<SqliteStore>(std::move(db));
}

}  // namespace whosaid::store
