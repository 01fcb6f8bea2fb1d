#include "nlp/actor_finder.h"

#include <algorithm>

namespace whosaid::nlp {

ActorFinder::ActorFinder(std::vector<KnownActor> actors)
    : actors_(std::move(actors)) {}

ActorFinder::~ActorFinder() = default;

std::vector<ActorInText> ActorFinder::Find(std::string_view text,
                                           std::string_view date) const {
  std::vector<ActorInText> found;
  for (const KnownActor& actor : actors_) {
    ActorInText in_text{actor.name, actor.kind, actor.role, actor.affiliation,
                        true, {}};
    std::vector<std::string> names = actor.aliases;
    names.push_back(actor.name);
    for (const std::string& n : names) {
      for (size_t pos = text.find(n); pos != std::string_view::npos;
           pos = text.find(n, pos + n.size())) {
        in_text.mentions.push_back({pos, pos + n.size()});
      }
    }
    if (!in_text.mentions.empty()) {
      std::sort(in_text.mentions.begin(), in_text.mentions.end(),
                [](const Span& a, const Span& b) { return a.start < b.start; });
      found.push_back(std::move(in_text));
    }
  }
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
    return a.mentions[0].start < b.mentions[0].start;
  });
  return found;
}

const KnownActor* ActorFinder::Lookup(std::string_view name) const {
  for (const KnownActor& actor : actors_) {
    if (actor.name == name) return &actor;
    for (const std::string& alias : actor.aliases) {
      if (alias == name) return &actor;
    }
  }
  return nullptr;
}

}  // namespace whosaid::nlp
