#include "cli/digest_markdown.h"

#include <string>

#include "cli/digest_text.h"

namespace whosaid::cli {
namespace {

// "[label](url)" for a web URL; otherwise the label, then the URL as text.
std::string Link(const std::string& label, const std::string& url) {
  const std::string text = MarkdownEscape(label.empty() ? url : label);
  if (IsWebUrl(url)) return "[" + text + "](" + MarkdownUrl(url) + ")";
  if (url.empty() || label.empty()) return text;
  return text + " (" + MarkdownEscape(url) + ")";
}

std::string Escaped(const std::vector<std::string>& items) {
  std::vector<std::string> out;
  for (const std::string& s : items) out.push_back(MarkdownEscape(s));
  return JoinStrings(out, ", ");
}

std::string Credit(const std::string& source, const std::string& url,
                   const std::string& published) {
  std::string out = Link(source.empty() ? "source" : source, url);
  if (!published.empty()) out += ", " + MarkdownEscape(DisplayTime(published));
  return out;
}

std::string QuantityList(const std::vector<DigestQuantity>& quantities) {
  std::vector<std::string> parts;
  for (const DigestQuantity& q : quantities) parts.push_back(q.text);
  return Escaped(parts);
}

std::string ClaimLine(const DigestClaim& c, bool with_holder) {
  std::string out = "- ";
  if (with_holder) {
    out += "**" + MarkdownEscape(c.holder.empty() ? "(unattributed)" : c.holder) +
           "**: ";
  }
  out += MarkdownEscape(c.text);
  std::string modality = c.modality;
  if (c.negated) modality += ", negated";
  if (!modality.empty() && modality != "asserted") {
    out += " *(" + MarkdownEscape(modality) + ")*";
  }
  if (!c.quantities.empty()) out += " — " + QuantityList(c.quantities);
  out += " · " + Credit(c.source, c.url, c.published);
  if (!c.topics.empty()) out += " · topics: " + Escaped(c.topics);
  return out + "\n";
}

void WriteSummary(std::ostream& out, const Digest& d) {
  out << "# whosaid digest\n\n";
  out << "Period: " << MarkdownEscape(d.since.empty() ? "the beginning" : d.since)
      << " to " << MarkdownEscape(d.until.empty() ? "now" : d.until) << " (UTC)";
  if (!d.topic.empty()) out << " · topic: " << MarkdownEscape(d.topic);
  if (!d.actor.empty()) out << " · actor: " << MarkdownEscape(d.actor);
  out << "\n\n"
      << Plural(d.documents, "document", "documents") << " from "
      << Plural(static_cast<long long>(d.sources.size()), "source", "sources")
      << " · " << Plural(d.quotes, "quote", "quotes") << " · "
      << Plural(d.claims, "claim", "claims") << "\n";
  int64_t gaps = 0;
  for (const CoverageNote& n : d.coverage) gaps += n.problem != "silent";
  if (gaps > 0) {
    out << "\n**Warning:** " << Plural(gaps, "source", "sources")
        << " failed or went unfetched in this period; see Coverage.\n";
  }
}

void WriteMoved(std::ostream& out, const Digest& d) {
  out << "\n## What moved\n\n";
  if (d.new_actors.empty() && d.quantified_claims.empty() &&
      d.top_topics.empty()) {
    out << "Nothing new in this period.\n";
    return;
  }
  if (!d.new_actors.empty()) {
    out << "**Quoted for the first time:** " << Escaped(d.new_actors) << "\n\n";
  }
  if (!d.quantified_claims.empty()) {
    out << "**Claims with quantities**\n\n";
    for (const DigestClaim& c : d.quantified_claims) out << ClaimLine(c, true);
    out << "\n";
  }
  if (!d.top_topics.empty()) {
    out << "**Most-covered topics**\n\n"
        << "| topic | quotes | claims | documents |\n|---|--:|--:|--:|\n";
    for (const TopicCount& t : d.top_topics) {
      out << "| " << MarkdownEscape(t.topic) << " | " << t.quotes << " | "
          << t.claims << " | " << t.documents << " |\n";
    }
  }
}

void WriteActors(std::ostream& out, const Digest& d) {
  out << "\n## By actor\n";
  if (d.actors.empty()) out << "\nNo quotes or claims in this period.\n";
  for (const DigestActor& a : d.actors) {
    out << "\n### " << MarkdownEscape(a.name.empty() ? "(unattributed)" : a.name);
    if (a.first_time) out << " (quoted for the first time)";
    out << "\n";
    for (const DigestQuote& q : a.quotes) {
      out << "\n> “" << MarkdownEscape(q.text) << "”\n>\n> — "
          << Credit(q.source, q.url, q.published);
      if (q.kind != "direct") out << " · " << MarkdownEscape(q.kind);
      if (q.outlets > 1) {
        out << " · carried by " << Plural(q.outlets, "outlet", "outlets");
      }
      if (q.repeated) out << " · first reported before this period";
      if (!q.topics.empty()) out << " · topics: " << Escaped(q.topics);
      out << "\n";
    }
    if (!a.claims.empty()) out << "\n";
    for (const DigestClaim& c : a.claims) out << ClaimLine(c, false);
  }
}

void WriteSources(std::ostream& out, const Digest& d) {
  out << "\n## By source\n";
  if (d.sources.empty()) out << "\nNo documents in this period.\n";
  for (const DigestSource& s : d.sources) {
    out << "\n### " << MarkdownEscape(s.name) << "\n\n";
    for (const DigestDocument& doc : s.documents) {
      out << "- "
          << (doc.published.empty() ? "undated"
                                    : MarkdownEscape(DisplayTime(doc.published)))
          << " · " << Link(doc.title.empty() ? "(untitled)" : doc.title, doc.url);
      if (!doc.kind.empty() && doc.kind != "news") {
        out << " *(" << MarkdownEscape(doc.kind) << ")*";
      }
      out << "\n";
    }
  }
}

void WriteCoverage(std::ostream& out, const Digest& d) {
  out << "\n## Coverage\n\n";
  if (d.configured_sources == 0) {
    out << "No sources are configured, so failed fetches cannot be told "
           "apart from silence.\n";
    return;
  }
  if (d.coverage.empty()) {
    out << "All " << Plural(d.configured_sources, "configured source",
                            "configured sources")
        << " were fetched and published in this period.\n";
    return;
  }
  for (const CoverageNote& n : d.coverage) {
    out << "- **" << MarkdownEscape(n.source)
        << "**: " << MarkdownEscape(CoverageProblemText(n.problem));
    if (n.attempts > 0) {
      out << " (" << n.failures << " of "
          << Plural(n.attempts, "fetch", "fetches") << " failed)";
    }
    if (!n.last_error.empty()) out << " — " << MarkdownEscape(n.last_error);
    out << "\n";
  }
}

}  // namespace

void WriteDigestMarkdown(std::ostream& out, const Digest& digest) {
  WriteSummary(out, digest);
  WriteMoved(out, digest);
  WriteActors(out, digest);
  WriteSources(out, digest);
  WriteCoverage(out, digest);
}

}  // namespace whosaid::cli
