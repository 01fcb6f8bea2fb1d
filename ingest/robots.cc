// robots.txt parsing and matching, after RFC 9309.

#include "ingest/robots.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "nlp/ascii.h"

namespace whosaid::ingest {
namespace {

constexpr size_t kMaxRobotsBytes = 500 * 1024;

// One "key: value" line with comments and whitespace removed.
struct Line {
  std::string key;  // lower case
  std::string_view value;
};

std::optional<Line> SplitLine(std::string_view raw) {
  if (size_t hash = raw.find('#'); hash != std::string_view::npos) raw = raw.substr(0, hash);
  const size_t colon = raw.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  Line line{nlp::LowerAscii(nlp::TrimAscii(raw.substr(0, colon))), nlp::TrimAscii(raw.substr(colon + 1))};
  if (line.key.empty()) return std::nullopt;
  return line;
}

// A group as parsed: its agents, then its rules and crawl delay.
struct Group {
  std::vector<std::string> agents;  // lower case
  std::vector<std::pair<std::string, bool>> rules;
  std::optional<int64_t> crawl_delay_ms;
};

std::vector<Group> ParseGroups(std::string_view body) {
  std::vector<Group> groups;
  bool in_agents = false;  // the previous meaningful line was User-agent
  size_t pos = 0;
  while (pos < body.size()) {
    size_t end = body.find_first_of("\r\n", pos);
    if (end == std::string_view::npos) end = body.size();
    std::optional<Line> line = SplitLine(body.substr(pos, end - pos));
    pos = end + 1;
    if (!line) continue;
    if (line->key == "user-agent") {
      if (!in_agents) groups.emplace_back();
      in_agents = true;
      groups.back().agents.push_back(nlp::LowerAscii(line->value));
      continue;
    }
    if (groups.empty()) continue;  // rules before any group are ignored
    in_agents = false;
    Group& g = groups.back();
    if (line->key == "allow" || line->key == "disallow") {
      // An empty Disallow means "nothing disallowed": no rule.
      if (!line->value.empty()) {
        g.rules.emplace_back(std::string(line->value), line->key == "allow");
      }
    } else if (line->key == "crawl-delay") {
      std::string v(line->value);
      char* stop = nullptr;
      const double seconds = std::strtod(v.c_str(), &stop);
      if (stop != v.c_str() && *stop == '\0' && seconds >= 0 && seconds < 86400) {
        g.crawl_delay_ms = static_cast<int64_t>(seconds * 1000);
      }
    }
  }
  return groups;
}

}  // namespace

bool RobotsPatternMatches(std::string_view pattern, std::string_view path) {
  bool anchored = false;
  if (!pattern.empty() && pattern.back() == '$') {
    anchored = true;
    pattern.remove_suffix(1);
  }
  // Glob matching with '*' by backtracking to the last star only: linear in
  // practice and never exponential.
  size_t p = 0, s = 0;
  size_t star = std::string_view::npos, star_s = 0;
  while (s < path.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      star_s = s;
    } else if (p < pattern.size() && pattern[p] == path[s]) {
      ++p;
      ++s;
    } else if (p == pattern.size() && !anchored) {
      return true;  // the pattern is a prefix of the rest
    } else if (star != std::string_view::npos) {
      p = star + 1;
      s = ++star_s;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

RobotsRules RobotsRules::DisallowAll() {
  RobotsRules rules;
  rules.disallow_all_ = true;
  return rules;
}

RobotsRules RobotsRules::Parse(std::string_view body,
                               std::string_view product_token) {
  if (body.size() > kMaxRobotsBytes) body = body.substr(0, kMaxRobotsBytes);
  const std::string token = nlp::LowerAscii(product_token);
  std::vector<Group> groups = ParseGroups(body);
  // The most specific agent value that names us; "*" is the fallback.
  size_t best = 0;
  for (const Group& g : groups) {
    for (const std::string& a : g.agents) {
      if (a != "*" && !a.empty() && token.rfind(a, 0) == 0) best = std::max(best, a.size());
    }
  }
  RobotsRules rules;
  for (const Group& g : groups) {
    const bool applies = std::any_of(g.agents.begin(), g.agents.end(), [&](const std::string& a) {
      return best > 0 ? (a.size() == best && token.rfind(a, 0) == 0) : a == "*";
    });
    if (!applies) continue;
    for (const auto& [pattern, allow] : g.rules) rules.rules_.push_back({pattern, allow});
    if (g.crawl_delay_ms && !rules.crawl_delay_ms_) rules.crawl_delay_ms_ = g.crawl_delay_ms;
  }
  return rules;
}

bool RobotsRules::IsAllowed(std::string_view path) const {
  if (path == "/robots.txt") return true;
  if (disallow_all_) return false;
  size_t best_len = 0;
  bool allowed = true;
  bool matched = false;
  for (const Rule& r : rules_) {
    if (!RobotsPatternMatches(r.pattern, path)) continue;
    const size_t len = r.pattern.size();
    if (!matched || len > best_len || (len == best_len && r.allow)) {
      allowed = len > best_len || !matched ? r.allow : (allowed || r.allow);
      best_len = len;
      matched = true;
    }
  }
  return allowed;
}

}  // namespace whosaid::ingest
