#include "ingest/html_entities.h"

#include <libxml/HTMLparser.h>

#include <algorithm>
#include <cstdio>
#include <iterator>

namespace whosaid::ingest {
namespace {

struct NamedReference {
  std::string_view name;
  char32_t first;
  char32_t second;
};

constexpr NamedReference kHtml5References[] = {
#include "ingest/html5_entities.inc"
};

// The longest name in the table ("CounterClockwiseContourIntegral").
constexpr size_t kMaxName = 31;

bool IsNameByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9');
}

void AppendNumeric(std::string& out, char32_t cp) {
  char buffer[16];
  const int n = std::snprintf(buffer, sizeof(buffer), "&#x%X;",
                              static_cast<unsigned>(cp));
  out.append(buffer, static_cast<size_t>(n));
}

}  // namespace

std::pair<char32_t, char32_t> Html5Entity(std::string_view name) {
  const auto* end = std::end(kHtml5References);
  const auto* it = std::lower_bound(
      std::begin(kHtml5References), end, name,
      [](const NamedReference& r, std::string_view n) { return r.name < n; });
  if (it == end || it->name != name) return {0, 0};
  return {it->first, it->second};
}

std::optional<std::string> SpellOutHtml5Entities(std::string_view html) {
  std::optional<std::string> out;
  size_t copied = 0;  // html[0, copied) is in *out
  for (size_t amp = html.find('&'); amp != std::string_view::npos;
       amp = html.find('&', amp + 1)) {
    size_t end = amp + 1;
    while (end < html.size() && end - amp <= kMaxName && IsNameByte(html[end])) {
      ++end;
    }
    if (end == amp + 1 || end >= html.size() || html[end] != ';') continue;
    const std::string name(html.substr(amp + 1, end - amp - 1));
    const auto [first, second] = Html5Entity(name);
    if (first == 0) continue;
    // What libxml2 decodes itself stays as written.
    if (htmlEntityLookup(reinterpret_cast<const xmlChar*>(name.c_str()))) {
      continue;
    }
    if (!out) {
      out.emplace();
      out->reserve(html.size() + 16);
    }
    out->append(html.substr(copied, amp - copied));
    AppendNumeric(*out, first);
    if (second != 0) AppendNumeric(*out, second);
    copied = end + 1;
  }
  if (out) out->append(html.substr(copied));
  return out;
}

}  // namespace whosaid::ingest
