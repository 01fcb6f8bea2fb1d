// Internal to main-text extraction: clean-up of the blocks extracted from
// the chosen container (leftover labels, headline and dateline blocks,
// transcript speaker labels).
//
// Not part of the public ingest interface: other folders use main_text.h.
// Stateless; thread-safe.

#ifndef WHOSAID_INGEST_MAIN_TEXT_CLEANUP_H_
#define WHOSAID_INGEST_MAIN_TEXT_CLEANUP_H_

#include <string_view>

#include "ingest/main_text.h"

namespace whosaid::ingest {

// Whether `text`, a block already trimmed, is a leftover label of 60 bytes
// or less whose box was removed: "Advertisement", "Share this", "Read more:",
// "Iklan", ... (case-insensitive, trailing ':' and '.' ignored), or a
// gallery's counter ("Image 3 of 5", "Photo 2/7").
bool IsBoilerplateLine(std::string_view text);

// Transcripts that set a speaker's label as a block of its own ("MS. LIN:"
// in a <p><strong> of its own, or a heading) get it back at the start of
// what the speaker said, so that nlp sees "MS. LIN: We ...". A label is a
// block of 2 to 60 bytes ending in ':' whose letters are at least six
// tenths upper case; a joined block is a paragraph. `m` is left as it is
// when it has no label before its last block. A label followed by another
// label stays a block of its own.
void JoinSpeakerLabels(MainText& m);

// Leaves metadata and leftovers out of `m`: the headline (a block equal to
// `title`, or a heading of 20 bytes or more that begins it) when it is one
// of the first four blocks and no block above it is over 80 bytes, together
// with the kicker or section label above it; then dateline blocks that
// follow ("Published November 20th, 2019 - 07:50 GMT": at most 120 bytes,
// a digit and a word such as "published" or "updated", within the first
// four blocks); and headings left at the very end (a "Related" header whose
// list was removed). Spans are rebuilt; `method` is kept.
void TrimHeadings(MainText& m, std::string_view title);

}  // namespace whosaid::ingest

#endif  // WHOSAID_INGEST_MAIN_TEXT_CLEANUP_H_
