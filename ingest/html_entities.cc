#include "ingest/html_entities.h"

#include <libxml/HTMLparser.h>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <tuple>

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

// `cp` in UTF-8; U+FFFD for what is no Unicode scalar value (a surrogate,
// past U+10FFFF, or 0, as HTML5 reads "&#0;").
void AppendUtf8(std::string& out, char32_t cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// The code point of the numeric reference whose digits are `digits`
// ("8217", "x2019"), or nullopt when they are none.
std::optional<char32_t> NumericReference(std::string_view digits) {
  const bool hex = !digits.empty() && (digits[0] == 'x' || digits[0] == 'X');
  if (hex) digits.remove_prefix(1);
  if (digits.empty() || digits.size() > 8) return std::nullopt;
  char32_t cp = 0;
  for (char c : digits) {
    int d;
    if (c >= '0' && c <= '9') {
      d = c - '0';
    } else if (hex && c >= 'a' && c <= 'f') {
      d = c - 'a' + 10;
    } else if (hex && c >= 'A' && c <= 'F') {
      d = c - 'A' + 10;
    } else {
      return std::nullopt;
    }
    cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(d);
  }
  return cp;
}

}  // namespace

std::string DecodeCharacterReferences(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t copied = 0;  // text[0, copied) is in out
  for (size_t amp = text.find('&'); amp != std::string_view::npos;
       amp = text.find('&', amp + 1)) {
    size_t end = amp + 1;
    if (end < text.size() && text[end] == '#') ++end;
    while (end < text.size() && end - amp <= kMaxName + 1 &&
           IsNameByte(text[end])) {
      ++end;
    }
    if (end >= text.size() || text[end] != ';') continue;
    const std::string_view name = text.substr(amp + 1, end - amp - 1);
    char32_t first = 0, second = 0;
    if (!name.empty() && name[0] == '#') {
      const std::optional<char32_t> cp = NumericReference(name.substr(1));
      if (!cp) continue;
      first = *cp;
    } else {
      std::tie(first, second) = Html5Entity(name);
      if (first == 0) continue;
    }
    out.append(text.substr(copied, amp - copied));
    AppendUtf8(out, first);
    if (second != 0) AppendUtf8(out, second);
    copied = end + 1;
  }
  out.append(text.substr(copied));
  return out;
}

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
