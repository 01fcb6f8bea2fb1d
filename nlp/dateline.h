// Where a sentence's own words start after a dateline that opens it: a
// wire dateline "CITY, Jan 14 (Agency) - " or a city in capitals and a
// dash ("VIENNA — ", "SAN JOSE, Calif. — "). A dateline names where the
// story was filed; it is neither reported speech nor anybody's subject.

#ifndef WHOSAID_NLP_DATELINE_H_
#define WHOSAID_NLP_DATELINE_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "nlp/speaker_phrase.h"

namespace whosaid::nlp {

// The first token after the dateline that opens tokens [first, end) of
// `text`, with no lower-case word before its dash; `first` when there is
// none. Looks at most twelve tokens ahead.
size_t AfterDateline(std::string_view text, const std::vector<Token>& t,
                     size_t first, size_t end);

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_DATELINE_H_
