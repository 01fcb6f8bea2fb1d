#include "nlp/analysis.h"

#include <array>

namespace whosaid::nlp {
namespace {
constexpr std::array<std::string_view, 4> kActorKinds = {
    "person", "organization", "government", "place"};
}  // namespace

std::string_view ActorKindName(ActorKind kind) {
  return kActorKinds[static_cast<size_t>(kind)];
}

std::optional<ActorKind> ParseActorKind(std::string_view name) {
  for (size_t i = 0; i < kActorKinds.size(); ++i) {
    if (kActorKinds[i] == name) return static_cast<ActorKind>(i);
  }
  if (name == "organisation") return ActorKind::kOrganization;
  return std::nullopt;
}

std::string_view QuoteKindName(QuoteKind kind) {
  static constexpr std::array<std::string_view, 3> kNames = {
      "direct", "partial", "indirect"};
  return kNames[static_cast<size_t>(kind)];
}

std::string_view QuantityKindName(QuantityKind kind) {
  static constexpr std::array<std::string_view, 3> kNames = {
      "money", "percent", "count"};
  return kNames[static_cast<size_t>(kind)];
}

std::string_view ModalityName(Modality modality) {
  static constexpr std::array<std::string_view, 4> kNames = {
      "asserted", "hedged", "planned", "denied"};
  return kNames[static_cast<size_t>(modality)];
}

}  // namespace whosaid::nlp
