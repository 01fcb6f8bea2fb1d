#include "nlp/government_words.h"

#include <string>

namespace whosaid::nlp {

GovernmentWords::GovernmentWords(const DiscoveryRules& rules) {
  for (const std::string& d : rules.demonyms) demonyms_.insert(d);
  for (const std::string& h : rules.government_words) heads_.insert(h);
}

}  // namespace whosaid::nlp
