#include "cli/run_summary.h"

#include "cli/exit_codes.h"
#include "cli/time_text.h"

namespace whosaid::cli {

store::RunSourceStats& RunSummary::Source(const std::string& source) {
  auto [it, inserted] = index_.try_emplace(source, sources_.size());
  if (inserted) {
    sources_.emplace_back();
    sources_.back().source = source;
  }
  return sources_[it->second];
}

void RunSummary::Fetched(const std::string& source, int64_t n) {
  Source(source).fetched += n;
}

void RunSummary::Stored(const std::string& source, store::PutOutcome outcome,
                        int64_t quotes) {
  store::RunSourceStats& s = Source(source);
  switch (outcome) {
    case store::PutOutcome::kNew:
      ++s.added;
      quotes_ += quotes;
      break;
    case store::PutOutcome::kUpdated:
      ++s.updated;
      quotes_ += quotes;
      break;
    case store::PutOutcome::kUnchanged:
      ++s.unchanged;
      break;
  }
}

void RunSummary::Failed(const std::string& source, const std::string& failure) {
  store::RunSourceStats& s = Source(source);
  ++s.failed;
  if (s.failures.size() < 100) s.failures.push_back(failure);
}

void RunSummary::AddSeconds(const std::string& source, double seconds) {
  Source(source).seconds += seconds;
}

store::RunSourceStats RunSummary::Totals() const {
  store::RunSourceStats t;
  for (const store::RunSourceStats& s : sources_) {
    t.fetched += s.fetched;
    t.added += s.added;
    t.updated += s.updated;
    t.unchanged += s.unchanged;
    t.failed += s.failed;
    t.seconds += s.seconds;
  }
  return t;
}

int RunSummary::ExitCode() const {
  const store::RunSourceStats t = Totals();
  if (t.failed == 0) return kExitOk;
  return t.added + t.updated + t.unchanged > 0 ? kExitPartial : kExitFailure;
}

std::string RunSummary::Status() const {
  switch (ExitCode()) {
    case kExitOk: return "ok";
    case kExitPartial: return "partial";
    default: return "failed";
  }
}

std::string RunSummary::Line() const {
  const store::RunSourceStats t = Totals();
  return std::to_string(t.added) + " new, " + std::to_string(t.updated) +
         " updated, " + std::to_string(t.unchanged) + " unchanged, " +
         std::to_string(t.failed) + " failed; " + std::to_string(quotes_) +
         " quotes";
}

namespace {

nlohmann::json StatsToJson(const store::RunSourceStats& s) {
  return {{"fetched", s.fetched}, {"new", s.added},
          {"updated", s.updated}, {"unchanged", s.unchanged},
          {"failed", s.failed},   {"seconds", s.seconds}};
}

}  // namespace

nlohmann::json ReportToJson(const RunReport& report, const RunSummary& summary) {
  nlohmann::json j;
  j["run_id"] = report.run_id == 0 ? nlohmann::json() : nlohmann::json(report.run_id);
  j["command"] = report.command;
  j["db"] = report.db;
  j["started"] = UtcIso(report.started_at);
  j["finished"] = UtcIso(report.finished_at);
  j["seconds"] = report.seconds;
  j["status"] = report.status;
  j["exit_code"] = report.exit_code;
  if (!report.message.empty()) j["message"] = report.message;
  nlohmann::json totals = StatsToJson(summary.Totals());
  totals["seconds"] = report.seconds;
  totals["quotes"] = summary.quotes();
  j["totals"] = totals;
  nlohmann::json sources = nlohmann::json::array();
  for (const store::RunSourceStats& s : summary.sources()) {
    nlohmann::json js = StatsToJson(s);
    js["name"] = s.source;
    js["failures"] = s.failures;
    sources.push_back(std::move(js));
  }
  j["sources"] = std::move(sources);
  if (report.previous_died) {
    j["previous_run_died"] = {{"pid", report.previous_died->pid},
                              {"started", UtcIso(report.previous_died->started_at)},
                              {"command", report.previous_died->command}};
  } else {
    j["previous_run_died"] = nullptr;
  }
  j["interrupted_runs_recovered"] = report.interrupted_runs;
  return j;
}

}  // namespace whosaid::cli
