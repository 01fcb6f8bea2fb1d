#include "nlp/rule_pack.h"

#include <sstream>

#include "absl/status/status.h"
#include "re2/re2.h"
#include "toml++/toml.h"

namespace whosaid::nlp {
namespace {

// Collects "FILE:LINE: reason: fragment" lines.
class Problems {
 public:
  void Add(const RuleFile& file, const toml::node* where,
           std::string_view reason, std::string_view fragment) {
    std::ostringstream line;
    line << file.name << ':'
         << (where ? where->source().begin.line : 0) << ": " << reason;
    if (!fragment.empty()) line << ": " << fragment;
    lines_.push_back(line.str());
  }
  bool empty() const { return lines_.empty(); }
  std::string Joined() const {
    std::string out;
    for (const auto& l : lines_) out += l + "\n";
    if (!out.empty()) out.pop_back();
    return out;
  }

 private:
  std::vector<std::string> lines_;
};

std::string StringOr(const toml::table& t, std::string_view key) {
  return std::string(t[key].value_or(std::string_view()));
}

std::vector<std::string> Strings(const toml::table& t, std::string_view key) {
  std::vector<std::string> out;
  if (const toml::array* a = t[key].as_array()) {
    for (const toml::node& n : *a) {
      if (auto s = n.value<std::string>()) out.push_back(*s);
    }
  }
  return out;
}

void LoadCues(const RuleFile& file, const toml::table& root, RulePack& pack,
              Problems& problems) {
  const toml::array* cues = root["cue"].as_array();
  if (!cues) return;
  for (const toml::node& node : *cues) {
    const toml::table* t = node.as_table();
    if (!t) {
      problems.Add(file, &node, "[[cue]] must be a table", "");
      continue;
    }
    const std::string lemma = StringOr(*t, "lemma");
    const std::vector<std::string> forms = Strings(*t, "forms");
    if (lemma.empty() || forms.empty()) {
      problems.Add(file, &node, "cue needs lemma and forms", lemma);
      continue;
    }
    for (const std::string& f : forms) pack.cues.push_back({f, lemma});
  }
}

void LoadActors(const RuleFile& file, const toml::table& root, RulePack& pack,
                Problems& problems) {
  const toml::array* actors = root["actor"].as_array();
  if (!actors) return;
  for (const toml::node& node : *actors) {
    const toml::table* t = node.as_table();
    if (!t) {
      problems.Add(file, &node, "[[actor]] must be a table", "");
      continue;
    }
    KnownActor actor;
    actor.name = StringOr(*t, "name");
    if (actor.name.empty()) {
      problems.Add(file, &node, "actor needs a name", "");
      continue;
    }
    const std::string kind = StringOr(*t, "kind");
    auto parsed = ParseActorKind(kind.empty() ? "person" : kind);
    if (!parsed) {
      problems.Add(file, &node, "unknown actor kind", kind);
      continue;
    }
    actor.kind = *parsed;
    actor.aliases = Strings(*t, "aliases");
    actor.role = StringOr(*t, "role");
    actor.affiliation = StringOr(*t, "affiliation");
    if (const toml::array* roles = (*t)["roles"].as_array()) {
      for (const toml::node& r : *roles) {
        const toml::table* rt = r.as_table();
        if (!rt || StringOr(*rt, "title").empty()) {
          problems.Add(file, &r, "a role needs a title", actor.name);
          continue;
        }
        actor.roles.push_back(
            {StringOr(*rt, "title"), StringOr(*rt, "from"), StringOr(*rt, "until")});
      }
    }
    pack.actors.push_back(std::move(actor));
  }
}

void LoadTopics(const RuleFile& file, const toml::table& root, RulePack& pack,
                Problems& problems) {
  const toml::array* topics = root["topic"].as_array();
  if (!topics) return;
  for (const toml::node& node : *topics) {
    const toml::table* t = node.as_table();
    if (!t) {
      problems.Add(file, &node, "[[topic]] must be a table", "");
      continue;
    }
    TopicRule rule{StringOr(*t, "id"), StringOr(*t, "topic"),
                   StringOr(*t, "pattern")};
    if (rule.id.empty() || rule.topic.empty() || rule.pattern.empty()) {
      problems.Add(file, &node, "topic needs id, topic and pattern", rule.id);
      continue;
    }
    RE2::Options options;
    options.set_case_sensitive(false);
    options.set_log_errors(false);
    RE2 re(rule.pattern, options);
    if (!re.ok()) {
      problems.Add(file, &node, "bad pattern (" + re.error() + ")",
                   re.error_arg());
      continue;
    }
    const std::string example = StringOr(*t, "example");
    if (!example.empty() && !RE2::PartialMatch(example, re)) {
      problems.Add(file, &node, "pattern does not match its example", example);
      continue;
    }
    pack.topics.push_back(std::move(rule));
  }
}

}  // namespace

absl::StatusOr<RulePack> LoadRulePack(const std::vector<RuleFile>& files) {
  RulePack pack;
  Problems problems;
  for (const RuleFile& file : files) {
    toml::table root;
    try {
      root = toml::parse(file.text, file.name);
    } catch (const toml::parse_error& e) {
      std::ostringstream line;
      line << file.name << ':' << e.source().begin.line << ": "
           << e.description();
      return absl::InvalidArgumentError(line.str());
    }
    LoadCues(file, root, pack, problems);
    LoadActors(file, root, pack, problems);
    LoadTopics(file, root, pack, problems);
  }
  if (!problems.empty()) return absl::InvalidArgumentError(problems.Joined());
  return pack;
}

}  // namespace whosaid::nlp
