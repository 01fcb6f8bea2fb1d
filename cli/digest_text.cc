#include "cli/digest_text.h"

#include <cstdio>

namespace whosaid::cli {
namespace {

bool IsControl(unsigned char c) { return c < 0x20 || c == 0x7f; }

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

}  // namespace

bool IsWebUrl(std::string_view url) {
  if (!StartsWithNoCase(url, "http://") && !StartsWithNoCase(url, "https://")) {
    return false;
  }
  for (unsigned char c : url) {
    if (IsControl(c) || c == ' ') return false;
  }
  return true;
}

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char ch : text) {
    const unsigned char c = static_cast<unsigned char>(ch);
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        out += (IsControl(c) && ch != '\n' && ch != '\t') ? ' ' : ch;
    }
  }
  return out;
}

std::string MarkdownEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char ch : text) {
    if (IsControl(static_cast<unsigned char>(ch))) {
      out += ' ';
      continue;
    }
    switch (ch) {
      case '\\': case '`': case '*': case '_': case '[': case ']':
      case '<': case '>': case '|': case '#': case '~': case '&':
        out += '\\';
        break;
      default:
        break;
    }
    out += ch;
  }
  return out;
}

std::string MarkdownUrl(std::string_view url) {
  std::string out;
  for (char ch : url) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (IsControl(c) || ch == ' ' || ch == '<' || ch == '>' || ch == '(' ||
        ch == ')' || ch == '\\') {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    } else {
      out += ch;
    }
  }
  return out;
}

std::string DisplayTime(std::string_view iso) {
  // YYYY-MM-DDTHH:MM[:SS[.fff]][Z|+HH:MM|-HH:MM]
  if (iso.size() < 16 || iso[10] != 'T' || iso[13] != ':') return std::string(iso);
  std::string out = std::string(iso.substr(0, 10)) + " " + std::string(iso.substr(11, 5));
  size_t i = 16;
  if (i + 3 <= iso.size() && iso[i] == ':') {
    const std::string_view seconds = iso.substr(i + 1, 2);
    if (seconds != "00") {
      out += ':';
      out += seconds;
    }
    i += 3;
    while (i < iso.size() && (iso[i] == '.' || (iso[i] >= '0' && iso[i] <= '9'))) ++i;
  }
  const std::string_view zone = iso.substr(i);
  if (zone == "Z") return out + " UTC";
  if (zone.empty()) return out;
  if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-')) {
    return out + " " + std::string(zone);
  }
  return std::string(iso);
}

std::string_view CoverageProblemText(std::string_view problem) {
  if (problem == "not fetched") return "not fetched in this period";
  if (problem == "silent") return "fetched, nothing new published";
  return problem;
}

std::string JoinStrings(const std::vector<std::string>& items,
                        std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += sep;
    out += items[i];
  }
  return out;
}

std::string Plural(long long count, std::string_view singular,
                   std::string_view plural) {
  return std::to_string(count) + " " +
         std::string(count == 1 ? singular : plural);
}

}  // namespace whosaid::cli
