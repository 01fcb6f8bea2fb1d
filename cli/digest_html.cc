#include "cli/digest_html.h"

#include <algorithm>
#include <string>

#include "cli/digest_svg.h"
#include "cli/digest_text.h"

namespace whosaid::cli {
namespace {

constexpr const char* kHead = R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<title>whosaid digest</title>
<style>
:root{color-scheme:light dark;--fg:#1d232a;--muted:#5b6570;--line:#d8dde3;--accent:#1f5fa8;--warn:#a4262c;--bg:#fff;--card:#f5f7f9}
@media (prefers-color-scheme:dark){:root{--fg:#e6e9ed;--muted:#a3acb6;--line:#39414a;--accent:#7fb2ee;--warn:#ff8a8f;--bg:#14181c;--card:#1d2329}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",sans-serif;overflow-wrap:anywhere}
main{max-width:46rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;margin:.2rem 0 .4rem}
h2{font-size:1.2rem;margin:1.6rem 0 .6rem;padding-bottom:.2rem;border-bottom:2px solid var(--line)}
h3{font-size:1.05rem;margin:1.1rem 0 .4rem}
a{color:var(--accent)}
.muted,.meta{color:var(--muted);font-size:.9rem}
.warn{color:var(--warn);font-weight:600}
.badge{display:inline-block;font-size:.75rem;padding:0 .4rem;border-radius:.6rem;background:var(--accent);color:var(--bg);vertical-align:middle}
blockquote{margin:.5rem 0;padding:.5rem .75rem;background:var(--card);border-left:4px solid var(--accent);border-radius:.25rem}
blockquote p{margin:0 0 .25rem}
ul{padding-left:1.2rem}
li{margin:.3rem 0}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{padding:.3rem .4rem;border-bottom:1px solid var(--line);text-align:left}
td.n,th.n{text-align:right}
figure{margin:.8rem 0}
figcaption{font-weight:600;margin-bottom:.3rem}
svg{width:100%;height:auto;display:block}
svg text{fill:var(--fg);font:11px system-ui,sans-serif}
svg .axis{fill:var(--muted)}
time{white-space:nowrap}
.url{font-family:monospace;font-size:.85rem;color:var(--muted)}
</style>
</head>
<body>
<main>
)html";

// <a> for a web URL; otherwise the label and the URL as plain text.
std::string Link(const std::string& label, const std::string& url) {
  const std::string text = HtmlEscape(label.empty() ? url : label);
  if (IsWebUrl(url)) {
    return "<a href=\"" + HtmlEscape(url) +
           "\" rel=\"noopener noreferrer nofollow\">" + text + "</a>";
  }
  if (url.empty() || label.empty()) return text;
  return text + " <span class=\"url\">" + HtmlEscape(url) + "</span>";
}

std::string Escaped(const std::vector<std::string>& items) {
  std::vector<std::string> out;
  for (const std::string& s : items) out.push_back(HtmlEscape(s));
  return JoinStrings(out, ", ");
}

std::string Credit(const std::string& source, const std::string& url,
                   const std::string& published) {
  std::string out = Link(source.empty() ? "source" : source, url);
  if (!published.empty()) {
    out += ", <time datetime=\"" + HtmlEscape(published) + "\">" +
           HtmlEscape(DisplayTime(published)) + "</time>";
  }
  return out;
}

std::string ClaimItem(const DigestClaim& c, bool with_holder) {
  std::string out = "<li class=\"claim\">";
  if (with_holder) {
    out += "<strong>" +
           HtmlEscape(c.holder.empty() ? "(unattributed)" : c.holder) +
           "</strong>: ";
  }
  out += HtmlEscape(c.text);
  std::string modality = c.modality;
  if (c.negated) modality += ", negated";
  if (!modality.empty() && modality != "asserted") {
    out += " <em>(" + HtmlEscape(modality) + ")</em>";
  }
  if (!c.quantities.empty()) {
    std::vector<std::string> parts;
    for (const DigestQuantity& q : c.quantities) parts.push_back(q.text);
    out += " — <strong>" + Escaped(parts) + "</strong>";
  }
  out += " <span class=\"meta\">· " + Credit(c.source, c.url, c.published);
  if (!c.topics.empty()) out += " · " + Escaped(c.topics);
  return out + "</span></li>\n";
}

void WriteSummary(std::ostream& out, const Digest& d) {
  out << "<header id=\"summary\">\n<h1>whosaid digest</h1>\n<p class=\"meta\">"
      << HtmlEscape(d.since.empty() ? "the beginning" : d.since) << " to "
      << HtmlEscape(d.until.empty() ? "now" : d.until) << " (UTC)";
  if (!d.topic.empty()) out << " · topic: " << HtmlEscape(d.topic);
  if (!d.actor.empty()) out << " · actor: " << HtmlEscape(d.actor);
  out << "</p>\n<p>"
      << Plural(d.documents, "document", "documents") << " from "
      << Plural(static_cast<long long>(d.sources.size()), "source", "sources")
      << " · " << Plural(d.quotes, "quote", "quotes") << " · "
      << Plural(d.claims, "claim", "claims") << "</p>\n";
  int64_t gaps = 0;
  for (const CoverageNote& n : d.coverage) gaps += n.problem != "silent";
  if (gaps > 0) {
    out << "<p class=\"warn\">" << Plural(gaps, "source", "sources")
        << " failed or went unfetched in this period: see "
           "<a href=\"#coverage\">Coverage</a>.</p>\n";
  }
  out << "</header>\n";
}

void WriteMoved(std::ostream& out, const Digest& d) {
  out << "<section id=\"moved\">\n<h2>What moved</h2>\n";
  if (d.new_actors.empty() && d.quantified_claims.empty() &&
      d.top_topics.empty()) {
    out << "<p class=\"muted\">Nothing new in this period.</p>\n";
  }
  if (!d.new_actors.empty()) {
    out << "<h3>Quoted for the first time</h3>\n<p class=\"new-actors\">"
        << Escaped(d.new_actors) << "</p>\n";
  }
  if (!d.quantified_claims.empty()) {
    out << "<h3>Claims with quantities</h3>\n<ul>\n";
    for (const DigestClaim& c : d.quantified_claims) out << ClaimItem(c, true);
    out << "</ul>\n";
  }
  if (!d.top_topics.empty()) {
    out << "<h3>Most-covered topics</h3>\n<table>\n<tr><th>topic</th>"
           "<th class=\"n\">quotes</th><th class=\"n\">claims</th>"
           "<th class=\"n\">docs</th></tr>\n";
    for (const TopicCount& t : d.top_topics) {
      out << "<tr><td>" << HtmlEscape(t.topic) << "</td><td class=\"n\">"
          << t.quotes << "</td><td class=\"n\">" << t.claims
          << "</td><td class=\"n\">" << t.documents << "</td></tr>\n";
    }
    out << "</table>\n";
  }
  out << "</section>\n";
}

void WriteCharts(std::ostream& out, const Digest& d) {
  out << "<section id=\"charts\">\n<h2>Over time</h2>\n"
      << "<figure id=\"chart-quotes\">\n<figcaption>Quotes per actor per day"
         "</figcaption>\n"
      << DayChartSvg(d.quotes_per_actor, "Quotes per actor per day")
      << "</figure>\n<figure id=\"chart-topics\">\n<figcaption>Topics over "
         "time</figcaption>\n"
      << DayChartSvg(d.topics_per_day, "Quotes and claims per topic per day")
      << "</figure>\n</section>\n";
}

void WriteQuote(std::ostream& out, const DigestQuote& q) {
  out << "<blockquote class=\"quote\">\n<p>“" << HtmlEscape(q.text)
      << "”</p>\n<footer class=\"meta\">— "
      << Credit(q.source, q.url, q.published);
  if (q.kind != "direct") out << " · " << HtmlEscape(q.kind);
  if (q.outlets > 1) {
    out << " · carried by " << Plural(q.outlets, "outlet", "outlets");
  }
  if (q.repeated) out << " · first reported before this period";
  if (!q.topics.empty()) out << " · " << Escaped(q.topics);
  out << "</footer>\n</blockquote>\n";
}

void WriteActors(std::ostream& out, const Digest& d) {
  out << "<section id=\"actors\">\n<h2>By actor</h2>\n";
  if (d.actors.empty()) {
    out << "<p class=\"muted\">No quotes or claims in this period.</p>\n";
  }
  for (const DigestActor& a : d.actors) {
    out << "<article class=\"actor\">\n<h3>"
        << HtmlEscape(a.name.empty() ? "(unattributed)" : a.name);
    if (a.first_time) out << " <span class=\"badge\">first time</span>";
    out << "</h3>\n";
    for (const DigestQuote& q : a.quotes) WriteQuote(out, q);
    if (!a.claims.empty()) {
      out << "<ul>\n";
      for (const DigestClaim& c : a.claims) out << ClaimItem(c, false);
      out << "</ul>\n";
    }
    out << "</article>\n";
  }
  out << "</section>\n";
}

void WriteSources(std::ostream& out, const Digest& d) {
  out << "<section id=\"sources\">\n<h2>By source</h2>\n";
  if (d.sources.empty()) {
    out << "<p class=\"muted\">No documents in this period.</p>\n";
  }
  for (const DigestSource& s : d.sources) {
    out << "<h3>" << HtmlEscape(s.name) << "</h3>\n<ul>\n";
    for (const DigestDocument& doc : s.documents) {
      out << "<li>" << Link(doc.title.empty() ? "(untitled)" : doc.title, doc.url)
          << " <span class=\"meta\">· "
          << (doc.published.empty()
                  ? std::string("undated")
                  : "<time datetime=\"" + HtmlEscape(doc.published) + "\">" +
                        HtmlEscape(DisplayTime(doc.published)) + "</time>");
      if (!doc.kind.empty() && doc.kind != "news") out << " · " << HtmlEscape(doc.kind);
      out << "</span></li>\n";
    }
    out << "</ul>\n";
  }
  out << "</section>\n";
}

void WriteCoverage(std::ostream& out, const Digest& d) {
  out << "<section id=\"coverage\">\n<h2>Coverage</h2>\n";
  if (d.configured_sources == 0) {
    out << "<p class=\"muted\">No sources are configured, so failed fetches "
           "cannot be told apart from silence.</p>\n";
  } else if (d.coverage.empty()) {
    out << "<p>All " << Plural(d.configured_sources, "configured source",
                                "configured sources")
        << " were fetched and published in this period.</p>\n";
  } else {
    out << "<ul>\n";
    for (const CoverageNote& n : d.coverage) {
      out << "<li><strong>" << HtmlEscape(n.source) << "</strong>: <span class=\""
          << (n.problem == "silent" ? "muted" : "warn") << "\">"
          << HtmlEscape(CoverageProblemText(n.problem)) << "</span>";
      if (n.attempts > 0) {
        out << " (" << n.failures << " of "
            << Plural(n.attempts, "fetch", "fetches") << " failed)";
      }
      if (!n.last_error.empty()) out << " — " << HtmlEscape(n.last_error);
      out << "</li>\n";
    }
    out << "</ul>\n";
  }
  out << "</section>\n";
}

}  // namespace

void WriteDigestHtml(std::ostream& out, const Digest& digest) {
  out << kHead;
  WriteSummary(out, digest);
  WriteMoved(out, digest);
  WriteCharts(out, digest);
  WriteActors(out, digest);
  WriteSources(out, digest);
  WriteCoverage(out, digest);
  out << "</main>\n</body>\n</html>\n";
}

}  // namespace whosaid::cli
