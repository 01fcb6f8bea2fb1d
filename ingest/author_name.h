// One name from a byline, as SplitAuthors cut it out, made fit to show:
// what bylines put around a name is taken off ("@handle", a trailing
// weekday, the wire service after a name: "Tom Davies Associated Press"),
// so is a note in brackets ("Martin Untersinger (avec Damien Leloup)"), a
// name written in capitals gets its usual case ("TOM KRISHER" -> "Tom
// Krisher"), and items that are not people's or bodies' names are refused:
// academic and professional credentials split off by a comma ("RDN",
// "PhD"), content-system accounts ("admin", "jdadmin") and a comment
// form's labels ("Name *", "Nama (wajib)").
//
// Stateless; thread-safe.

#ifndef WHOSAID_INGEST_AUTHOR_NAME_H_
#define WHOSAID_INGEST_AUTHOR_NAME_H_

#include <optional>
#include <string>
#include <string_view>

namespace whosaid::ingest {

// The cleaned name, or nullopt when `item` (trimmed) names nobody.
std::optional<std::string> CleanAuthorName(std::string_view item);

}  // namespace whosaid::ingest

#endif  // WHOSAID_INGEST_AUTHOR_NAME_H_
