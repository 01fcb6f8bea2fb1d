// The value of a decimal number as the quantity extractor reads it
// ("1234", "1.25"), without the cost of std::strtod for the usual short
// numbers.
//
// A pure function; thread-safe.

#ifndef WHOSAID_NLP_DECIMAL_VALUE_H_
#define WHOSAID_NLP_DECIMAL_VALUE_H_

#include <string_view>

namespace whosaid::nlp {

// The double std::strtod gives for `digits` in the "C" locale (whosaid
// never sets another): the correctly rounded value of its longest prefix
// of the form "digits[.digits]". REQUIRES: `digits` holds only ASCII
// digits and '.', and starts with a digit.
double DecimalValue(std::string_view digits);

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_DECIMAL_VALUE_H_
