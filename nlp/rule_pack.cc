#include "nlp/rule_pack.h"

#include <algorithm>
#include <optional>
#include <sstream>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "absl/status/status.h"
#include "nlp/cjk_quotes.h"
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

std::optional<CueComplement> ParseCueComplement(std::string_view name) {
  static constexpr std::pair<std::string_view, CueComplement> kNames[] = {
      {"clause", CueComplement::kClause},
      {"noun", CueComplement::kNoun},
      {"infinitive", CueComplement::kInfinitive},
      {"label", CueComplement::kLabel},
      {"quotation", CueComplement::kQuotation}};
  for (const auto& [n, c] : kNames) {
    if (n == name) return c;
  }
  return std::nullopt;
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
    const std::string complement = StringOr(*t, "complement");
    const auto parsed =
        ParseCueComplement(complement.empty() ? "clause" : complement);
    if (lemma.empty() || forms.empty()) {
      problems.Add(file, &node, "cue needs lemma and forms", lemma);
      continue;
    }
    if (!parsed) {
      problems.Add(file, &node, "unknown cue complement", complement);
      continue;
    }
    for (const std::string& f : forms) {
      pack.cues.push_back({f, lemma, *parsed});
    }
  }
}

bool IsDateOrEmpty(std::string_view s) {
  if (s.empty()) return true;
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

// Merges an actor named again; refuses an alias that names another actor.
// `names` maps every name and alias loaded so far to its actor's index.
void AddActor(const RuleFile& file, const toml::node& node, KnownActor actor,
              RulePack& pack, std::unordered_map<std::string, size_t>& names,
              Problems& problems) {
  auto found = names.find(actor.name);
  KnownActor* same = found != names.end() &&
                             pack.actors[found->second].name == actor.name
                         ? &pack.actors[found->second]
                         : nullptr;
  const size_t index = same ? found->second : pack.actors.size();
  for (const std::string& alias : actor.aliases) {
    auto other = names.find(alias);
    if (other != names.end() && other->second != index) {
      problems.Add(file, &node,
                   "alias already names " + pack.actors[other->second].name,
                   alias);
    }
  }
  names.emplace(actor.name, index);
  for (const std::string& alias : actor.aliases) names.emplace(alias, index);
  if (!same) {
    pack.actors.push_back(std::move(actor));
    return;
  }
  for (std::string& alias : actor.aliases) same->aliases.push_back(alias);
  for (DatedRole& role : actor.roles) same->roles.push_back(role);
  if (!actor.role.empty()) same->role = actor.role;
  if (!actor.affiliation.empty()) same->affiliation = actor.affiliation;
}

void LoadActors(const RuleFile& file, const toml::table& root, RulePack& pack,
                std::unordered_map<std::string, size_t>& names,
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
        DatedRole role{StringOr(*rt, "title"), StringOr(*rt, "from"),
                       StringOr(*rt, "until")};
        if (!IsDateOrEmpty(role.from) || !IsDateOrEmpty(role.until)) {
          problems.Add(file, &r, "role dates must be YYYY-MM-DD",
                       role.from + " " + role.until);
          continue;
        }
        actor.roles.push_back(std::move(role));
      }
    }
    AddActor(file, node, std::move(actor), pack, names, problems);
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
                   StringOr(*t, "pattern"), StringOr(*t, "example")};
    if (rule.id.empty() || rule.topic.empty() || rule.pattern.empty()) {
      problems.Add(file, &node, "topic needs id, topic, pattern and example",
                   rule.id.empty() ? rule.pattern : rule.id);
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
    if (rule.example.empty()) {
      problems.Add(file, &node, "topic needs id, topic, pattern and example",
                   rule.id);
      continue;
    }
    if (!RE2::PartialMatch(rule.example, re)) {
      problems.Add(file, &node, "pattern does not match its example",
                   rule.example);
      continue;
    }
    pack.topics.push_back(std::move(rule));
  }
}

std::optional<Modality> ParseModality(std::string_view name) {
  for (Modality m : {Modality::kAsserted, Modality::kHedged,
                     Modality::kPlanned, Modality::kDenied}) {
    if (ModalityName(m) == name) return m;
  }
  return std::nullopt;
}

void LoadClaimCues(const RuleFile& file, const toml::table& root,
                   RulePack& pack, Problems& problems) {
  const toml::array* cues = root["claim_cue"].as_array();
  if (!cues) return;
  for (const toml::node& node : *cues) {
    const toml::table* t = node.as_table();
    if (!t) {
      problems.Add(file, &node, "[[claim_cue]] must be a table", "");
      continue;
    }
    const std::string lemma = StringOr(*t, "lemma");
    const std::vector<std::string> forms = Strings(*t, "forms");
    const std::string modality = StringOr(*t, "modality");
    auto parsed = ParseModality(modality.empty() ? "asserted" : modality);
    if (lemma.empty() || forms.empty()) {
      problems.Add(file, &node, "claim_cue needs lemma and forms", lemma);
      continue;
    }
    if (!parsed) {
      problems.Add(file, &node, "unknown modality", modality);
      continue;
    }
    const std::string complement = StringOr(*t, "complement");
    if (!complement.empty() && complement != "clause" && complement != "noun") {
      problems.Add(file, &node, "unknown claim cue complement", complement);
      continue;
    }
    for (const std::string& f : forms) {
      pack.claim_cues.push_back({f, lemma, *parsed, complement == "noun"});
    }
  }
}

void LoadQuantities(const RuleFile& file, const toml::table& root,
                    RulePack& pack, Problems& problems) {
  QuantityRules& q = pack.quantities;
  if (const toml::array* list = root["currency"].as_array()) {
    for (const toml::node& node : *list) {
      const toml::table* t = node.as_table();
      const std::string code = t ? StringOr(*t, "code") : "";
      if (code.empty()) {
        problems.Add(file, &node, "currency needs a code", "");
        continue;
      }
      const double factor = (*t)["factor"].value_or(1.0);
      for (const std::string& f : Strings(*t, "prefixes")) {
        q.currencies.push_back({f, code, factor, true});
      }
      for (const std::string& f : Strings(*t, "suffixes")) {
        q.currencies.push_back({f, code, factor, false});
      }
    }
  }
  if (const toml::array* list = root["scale"].as_array()) {
    for (const toml::node& node : *list) {
      const toml::table* t = node.as_table();
      const double factor = t ? (*t)["factor"].value_or(0.0) : 0.0;
      if (factor <= 0) {
        problems.Add(file, &node, "scale needs a positive factor", "");
        continue;
      }
      for (const std::string& f : Strings(*t, "forms")) {
        q.scales.push_back({f, factor});
      }
    }
  }
  if (const toml::array* list = root["unit"].as_array()) {
    for (const toml::node& node : *list) {
      const toml::table* t = node.as_table();
      const std::string unit = t ? StringOr(*t, "unit") : "";
      if (unit.empty()) {
        problems.Add(file, &node, "unit needs a unit name", "");
        continue;
      }
      q.units.push_back({unit, unit});
      for (const std::string& f : Strings(*t, "forms")) {
        q.units.push_back({f, unit});
      }
    }
  }
  if (const toml::table* t = root["quantity"].as_table()) {
    for (std::string& f : Strings(*t, "percent")) {
      q.percent_forms.push_back(std::move(f));
    }
    for (std::string& f : Strings(*t, "stop_words")) {
      q.stop_words.push_back(std::move(f));
    }
    for (std::string& f : Strings(*t, "date_words")) {
      q.date_words.push_back(std::move(f));
    }
  }
}

// A strictly checked word list under `key`: an array of strings, each
// passing `check` (which returns the reason it fails, or null). Anything
// else is a problem, not silently dropped, because a typo in these lists
// would go unnoticed: they are read by one stage each.
template <typename Check>
void LoadCheckedWords(const RuleFile& file, const toml::table& t,
                      std::string_view key, std::vector<std::string>& out,
                      Problems& problems, Check check) {
  const toml::node* node = t.get(key);
  if (!node) return;
  const toml::array* a = node->as_array();
  if (!a) {
    problems.Add(file, node, std::string(key) + " must be a list of strings",
                 key);
    return;
  }
  for (const toml::node& n : *a) {
    const std::optional<std::string> s = n.value<std::string>();
    if (!s) {
      problems.Add(file, &n, std::string(key) + " entries must be strings",
                   key);
    } else if (const char* reason = check(*s)) {
      problems.Add(file, &n, std::string(key) + " entry " + reason, *s);
    } else {
      out.push_back(*s);
    }
  }
}

// Chinese words: each must hold a CJK ideograph.
const char* CheckCjkWord(const std::string& s) {
  return HasCjkIdeograph(s) ? nullptr : "has no CJK ideograph";
}

// English words the speaker parser compares with lower-cased tokens: one
// word of lower-case ASCII letters (inner hyphens allowed).
const char* CheckLowerWord(const std::string& s) {
  if (s.empty() || s.front() == '-' || s.back() == '-') {
    return "must be one lower-case word";
  }
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || c == '-')) {
      return "must be one lower-case word";
    }
  }
  return nullptr;
}

// A lower-case word, or an abbreviation ending in its period: "ms.".
const char* CheckLowerWordOrAbbreviation(const std::string& s) {
  if (!s.empty() && s.back() == '.' &&
      CheckLowerWord(s.substr(0, s.size() - 1)) == nullptr) {
    return nullptr;
  }
  return CheckLowerWord(s) == nullptr
             ? nullptr
             : "must be one lower-case word, optionally ending in a period";
}

// A given name as written: one word, starting with a capital letter.
const char* CheckGivenName(const std::string& s) {
  // A non-ASCII first letter ("Élodie") is taken as written.
  if (s.empty() ||
      !((s[0] >= 'A' && s[0] <= 'Z') || static_cast<unsigned char>(s[0]) >= 0x80) ||
      s.find(' ') != std::string::npos) {
    return "must be one word starting with a capital letter";
  }
  return nullptr;
}

// Lower-case words separated by single spaces: "the following remarks".
const char* CheckLowerPhrase(const std::string& s) {
  size_t start = 0;
  while (true) {
    const size_t space = s.find(' ', start);
    if (CheckLowerWord(s.substr(start, space - start)) != nullptr) {
      return "must be lower-case words separated by single spaces";
    }
    if (space == std::string::npos) return nullptr;
    start = space + 1;
  }
}

void LoadDiscovery(const RuleFile& file, const toml::table& root,
                   RulePack& pack, Problems& problems) {
  const toml::node_view<const toml::node> node = root["discovery"];
  if (!node) return;
  const toml::table* t = node.as_table();
  if (!t) {
    problems.Add(file, node.node(), "[discovery] must be a table", "");
    return;
  }
  DiscoveryRules& d = pack.discovery;
  const std::pair<const char*, std::vector<std::string>*> lists[] = {
      {"titles", &d.titles},
      {"honorifics", &d.honorifics},
      {"role_words", &d.role_words},
      {"organization_words", &d.organization_words},
      {"government_words", &d.government_words},
      {"surnames_first", &d.surnames_first},
      {"not_names", &d.not_names},
      {"demonyms", &d.demonyms},
      {"name_before", &d.name_before},
      {"naming_words", &d.naming_words},
      {"place_words", &d.place_words}};
  for (const auto& [key, out] : lists) {
    for (std::string& s : Strings(*t, key)) out->push_back(std::move(s));
  }
  const std::pair<const char*, std::vector<std::string>*> cjk[] = {
      {"cjk_titles", &d.cjk_titles},
      {"cjk_person_references", &d.cjk_person_references},
      {"cjk_organization_references", &d.cjk_organization_references}};
  for (const auto& [key, out] : cjk) {
    LoadCheckedWords(file, *t, key, *out, problems, CheckCjkWord);
  }
  const std::pair<const char*, std::vector<std::string>*> english[] = {
      {"person_pronouns", &d.person_pronouns},
      {"organization_pronouns", &d.organization_pronouns},
      {"group_pronouns", &d.group_pronouns},
      {"first_person_pronouns", &d.first_person_pronouns},
      {"possessive_pronouns", &d.possessive_pronouns},
      {"document_nouns", &d.document_nouns},
      {"publish_verbs", &d.publish_verbs}};
  for (const auto& [key, out] : english) {
    LoadCheckedWords(file, *t, key, *out, problems, CheckLowerWord);
  }
  LoadCheckedWords(file, *t, "speech_introductions", d.speech_introductions,
                   problems, CheckLowerPhrase);
  LoadCheckedWords(file, *t, "feminine_words", d.feminine_words, problems,
                   CheckLowerWordOrAbbreviation);
  LoadCheckedWords(file, *t, "masculine_words", d.masculine_words, problems,
                   CheckLowerWordOrAbbreviation);
  LoadCheckedWords(file, *t, "feminine_pronouns", d.feminine_pronouns,
                   problems, CheckLowerWord);
  LoadCheckedWords(file, *t, "masculine_pronouns", d.masculine_pronouns,
                   problems, CheckLowerWord);
  LoadCheckedWords(file, *t, "feminine_given_names", d.feminine_given_names,
                   problems, CheckGivenName);
  LoadCheckedWords(file, *t, "masculine_given_names", d.masculine_given_names,
                   problems, CheckGivenName);
}

}  // namespace

absl::StatusOr<RulePack> LoadRulePack(const std::vector<RuleFile>& files) {
  RulePack pack;
  Problems problems;
  std::unordered_map<std::string, size_t> actor_names;
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
    LoadActors(file, root, pack, actor_names, problems);
    LoadTopics(file, root, pack, problems);
    LoadClaimCues(file, root, pack, problems);
    LoadQuantities(file, root, pack, problems);
    LoadDiscovery(file, root, pack, problems);
  }
  if (!problems.empty()) return absl::InvalidArgumentError(problems.Joined());
  return pack;
}

}  // namespace whosaid::nlp
