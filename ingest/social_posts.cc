#include "ingest/social_posts.h"

#include <nlohmann/json.hpp>

#include <unordered_map>

#include "absl/status/status.h"
#include "ingest/dates.h"
#include "ingest/feed_parser.h"

namespace whosaid::ingest {
namespace {

using Json = nlohmann::json;

std::string Str(const Json& j, std::initializer_list<const char*> keys) {
  if (!j.is_object()) return "";
  for (const char* k : keys) {
    auto it = j.find(k);
    if (it != j.end() && it->is_string() && !it->get<std::string>().empty()) {
      return it->get<std::string>();
    }
    if (it != j.end() && it->is_number_integer()) return it->dump();
  }
  return "";
}

struct Account {
  std::string name;
  std::string handle;
};

Account AccountOf(const Json& a) {
  Account acc;
  acc.name = Str(a, {"display_name", "displayName", "name"});
  acc.handle = Str(a, {"acct", "username", "handle", "screen_name"});
  return acc;
}

class PostReader {
 public:
  PostReader(std::string_view name, const PostLimits& limits)
      : name_(name), limits_(limits) {}

  void Read(const Json& root) {
    // X API v2 keeps the authors apart, under includes.users.
    if (root.is_object() && root.contains("includes") &&
        root["includes"].is_object() && root["includes"].contains("users") &&
        root["includes"]["users"].is_array()) {
      for (const Json& u : root["includes"]["users"]) {
        const std::string id = Str(u, {"id"});
        if (!id.empty()) users_[id] = AccountOf(u);
      }
    }
    Walk(root, 0);
  }

  std::vector<nlp::Document>& posts() { return posts_; }
  size_t dropped() const { return dropped_; }

 private:
  void Walk(const Json& j, int depth) {
    if (depth > limits_.max_depth) return;
    if (j.is_array()) {
      for (const Json& e : j) Walk(e, depth + 1);
      return;
    }
    if (!j.is_object()) return;
    if (TryPost(j)) return;  // a post's own insides are not further posts
    // Bluesky thread views: parent first, then the post, then replies.
    if (j.contains("parent")) Walk(j["parent"], depth + 1);
    for (auto it = j.begin(); it != j.end(); ++it) {
      if (it.key() == "parent" || it.key() == "includes") continue;
      Walk(it.value(), depth + 1);
    }
  }

  // Adds `j` when it is a post; true if it was one.
  bool TryPost(const Json& j) {
    // A Mastodon boost carries the boosted status.
    if (j.contains("reblog") && j["reblog"].is_object()) {
      return TryPost(j["reblog"]);
    }
    const Json* body = &j;
    // Bluesky post view: the words are in the record.
    if (j.contains("record") && j["record"].is_object() &&
        j["record"].contains("text")) {
      body = &j["record"];
    }
    const bool html = !body->contains("text") && body->contains("content");
    std::string text = html ? Str(*body, {"content"}) : Str(*body, {"text"});
    if (j.contains("note_tweet") && j["note_tweet"].is_object()) {
      const std::string longer = Str(j["note_tweet"], {"text"});
      if (!longer.empty()) text = longer;
    }
    const std::string created =
        Str(*body, {"created_at", "createdAt", "published", "date"});
    if (created.empty() || (!body->contains("text") && !body->contains("content"))) {
      return false;
    }
    Account acc;
    for (const char* key : {"account", "author", "user"}) {
      if (j.contains(key) && j[key].is_object()) {
        acc = AccountOf(j[key]);
        break;
      }
    }
    const std::string author_id = Str(j, {"author_id"});
    if (acc.name.empty() && acc.handle.empty() && !author_id.empty()) {
      auto it = users_.find(author_id);
      if (it != users_.end()) acc = it->second;
    }
    if (posts_.size() >= limits_.max_posts) {
      ++dropped_;
      return true;
    }
    nlp::Document doc;
    doc.kind = nlp::DocumentKind::kPost;
    const std::string id = Str(j, {"id", "uri", "cid"});
    doc.id = std::string(name_) + "#" +
             (id.empty() ? std::to_string(posts_.size() + 1) : id);
    doc.url = Str(j, {"url"});
    if (doc.url.empty()) doc.url = PostUrl(j, acc, id);
    doc.published = ParseDate(created);
    doc.language = Str(j, {"language", "lang"});
    if (doc.language.empty() && body->contains("langs") &&
        (*body)["langs"].is_array() && !(*body)["langs"].empty() &&
        (*body)["langs"][0].is_string()) {
      doc.language = (*body)["langs"][0].get<std::string>();
    }
    doc.account_owner = acc.name.empty() ? acc.handle : acc.name;
    if (!acc.name.empty() || !acc.handle.empty()) {
      std::string author = acc.name;
      if (!acc.handle.empty()) {
        const std::string handle =
            acc.handle[0] == '@' ? acc.handle : "@" + acc.handle;
        author = author.empty() ? handle : author + " (" + handle + ")";
      }
      doc.authors.push_back(author);
    }
    doc.text = FeedTextToPlain(text, html);
    size_t at = 0;
    while (at <= doc.text.size() && !doc.text.empty()) {
      size_t end = doc.text.find("\n\n", at);
      if (end == std::string::npos) end = doc.text.size();
      doc.blocks.push_back({{at, end}, nlp::BlockKind::kParagraph});
      at = end + 2;
    }
    posts_.push_back(std::move(doc));
    return true;
  }

  // Links for the two APIs that do not carry one.
  static std::string PostUrl(const Json& j, const Account& acc,
                             const std::string& id) {
    const std::string uri = Str(j, {"uri"});
    if (uri.rfind("at://", 0) == 0 && !acc.handle.empty()) {
      const size_t slash = uri.rfind('/');
      return "https://bsky.app/profile/" + acc.handle + "/post/" +
             uri.substr(slash + 1);
    }
    if (j.contains("author_id") && !acc.handle.empty() && !id.empty()) {
      return "https://x.com/" + acc.handle + "/status/" + id;
    }
    return "";
  }

  std::string_view name_;
  const PostLimits& limits_;
  std::unordered_map<std::string, Account> users_;
  std::vector<nlp::Document> posts_;
  size_t dropped_ = 0;
};

}  // namespace

absl::StatusOr<std::vector<nlp::Document>> ParsePosts(
    std::string_view json, std::string_view name, const PostLimits& limits) {
  const Json root = Json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) {
    return absl::InvalidArgumentError("not valid JSON");
  }
  PostReader reader(name, limits);
  reader.Read(root);
  if (reader.posts().empty()) {
    return absl::NotFoundError(
        "JSON holds no post of a known shape (Mastodon status, X API v2, "
        "Bluesky post, or text/content with created_at)");
  }
  return std::move(reader.posts());
}

}  // namespace whosaid::ingest
