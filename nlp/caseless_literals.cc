#include "nlp/caseless_literals.h"

#include <algorithm>
#include <cassert>
#include <limits>
#include <utility>

namespace whosaid::nlp {

namespace {

uint16_t FoldedPair(unsigned char first, unsigned char second) {
  return static_cast<uint16_t>(FoldAsciiByte(first) |
                               FoldAsciiByte(second) << 8);
}

// The unfolded bytes that fold to `c`: itself, and its upper case when it
// is an ASCII lower-case letter.
std::vector<unsigned char> Unfoldings(unsigned char c) {
  if (c >= 'a' && c <= 'z') {
    return {c, static_cast<unsigned char>(c - ('a' - 'A'))};
  }
  return {c};
}

// How common a pair of folded bytes is in English news text, higher for
// commoner: the 320 commonest pairs of printable ASCII bytes, commonest
// first, as counted on a megabyte of news (they make 96% of its pairs);
// other pairs score by how common their letters are, below them all. A
// guess; it only chooses which bytes key a literal.
int Commonness(unsigned char a, unsigned char b) {
  static constexpr std::string_view kCommonPairs =
      "e  ts th ainhet d ern  sanreon i c oen wesoratr , artetongsthand"
      "y it bedtio nt f pisalse moua mehi hcodene. g ve deachleas el ri"
      " rf ofceicraliroll liota nbeaimarsomuridh sicailfotrelwepeecnoad"
      "dinsetwinautlaunsaprtsee gusrtaccthootemncposhnigemiiesoamlos.ol"
      "kemo uwhpassirm ulwaowpls,ly yfildiawoaybuossuexrybompevdaigagoo"
      "imeivifeabffk avdoopifgrciw ivspghaprd: oveptuyocuode,p lsrcppi "
      "bae.fagoblrnrm 1gayeue vruckttd.umfrup0 ipewclrkakoctyquaupu jef"
      "eylurrxpnydu kbiucu rg 2crgin,uat.byysnnvay.'skimmscegdsy,r,uinv"
      "ltr.okugt,brtlpsd,gntwhtc n.voftgumbksobnumsafpiog00ud20oifuubcc"
      "oyhrhumunkrlibdrptoaeonf (g.wnjuoe qskekdycyph1 ikuyjixt 3q:rvtm";
  static constexpr std::string_view kLettersByFrequency =
      "etaoinshrdlcumwfgypbvkjxqz";
  for (size_t i = 0; i + 1 < kCommonPairs.size(); i += 2) {
    if (static_cast<unsigned char>(kCommonPairs[i]) == a &&
        static_cast<unsigned char>(kCommonPairs[i + 1]) == b) {
      return 2000 - static_cast<int>(i);
    }
  }
  auto letter = [&](unsigned char c) {
    const size_t rank = kLettersByFrequency.find(static_cast<char>(c));
    if (rank != std::string_view::npos) return 30 - static_cast<int>(rank);
    return c >= 0x80 ? 10 : 20;
  };
  return letter(a) + letter(b);
}

// The offset of the pair of `literal` to key it by: the one whose bytes are
// least common (the first of equals).
uint32_t KeyOffset(const std::string& literal) {
  uint32_t best = 0;
  int best_score = 1 << 20;
  for (size_t o = 0; o + 1 < literal.size(); ++o) {
    const int score = Commonness(static_cast<unsigned char>(literal[o]),
                                 static_cast<unsigned char>(literal[o + 1]));
    if (score < best_score) {
      best_score = score;
      best = static_cast<uint32_t>(o);
    }
  }
  return best;
}

}  // namespace

CaselessLiterals::CaselessLiterals(std::vector<std::string> literals)
    : literals_(std::move(literals)),
      bucket_of_(std::make_unique<uint8_t[]>(1 << 16)) {
  struct Key {
    uint16_t pair;
    int index;
    uint32_t offset;
  };
  std::vector<Key> keys;
  for (size_t i = 0; i < literals_.size(); ++i) {
    std::string& literal = literals_[i];
    assert(literal.size() >= 2);
    for (char& c : literal) {
      c = static_cast<char>(FoldAsciiByte(static_cast<unsigned char>(c)));
    }
    const uint32_t offset = KeyOffset(literal);
    const auto first = static_cast<unsigned char>(literal[offset]);
    const auto second = static_cast<unsigned char>(literal[offset + 1]);
    keys.push_back({FoldedPair(first, second), static_cast<int>(i), offset});
  }
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
    return a.pair != b.pair ? a.pair < b.pair : a.index < b.index;
  });
  for (const Key& key : keys) {
    if (buckets_.empty() || buckets_.back().pair != key.pair) {
      const auto at = static_cast<uint32_t>(by_pair_.size());
      buckets_.push_back({key.pair, at, at});
    }
    const std::string& literal = literals_[key.index];
    const bool has_third = key.offset + 2 < literal.size();
    by_pair_.push_back(
        {key.index, key.offset, has_third,
         has_third ? static_cast<unsigned char>(literal[key.offset + 2])
                   : static_cast<unsigned char>(0)});
    ++buckets_.back().end;
  }
  for (size_t b = 0; b < buckets_.size(); ++b) {
    const uint8_t mark = b + 1 < kSearch ? static_cast<uint8_t>(b + 1) : kSearch;
    const auto first = static_cast<unsigned char>(buckets_[b].pair & 0xFF);
    const auto second = static_cast<unsigned char>(buckets_[b].pair >> 8);
    for (unsigned char x : Unfoldings(first)) {
      for (unsigned char y : Unfoldings(second)) {
        const unsigned char pair[2] = {x, y};
        bucket_of_[PairAt(pair)] = mark;
      }
    }
  }
}

CaselessLiterals::~CaselessLiterals() = default;

std::string_view CaselessLiterals::RarestPart(std::string_view literal,
                                              size_t length) {
  if (literal.size() <= length) return literal;
  size_t best = 0;
  int best_score = std::numeric_limits<int>::max();
  for (size_t begin = 0; begin + length <= literal.size(); ++begin) {
    int score = 0;
    for (size_t k = begin; k + 1 < begin + length; ++k) {
      score += Commonness(FoldAsciiByte(static_cast<unsigned char>(literal[k])),
                          FoldAsciiByte(static_cast<unsigned char>(literal[k + 1])));
    }
    if (score < best_score) {
      best_score = score;
      best = begin;
    }
  }
  return literal.substr(best, length);
}

int CaselessLiterals::PairCommonness(unsigned char a, unsigned char b) {
  return Commonness(a, b);
}

const CaselessLiterals::Bucket& CaselessLiterals::SearchBucket(
    unsigned raw) const {
  // Called only for a pair that keys some literal, so it is present.
  unsigned char bytes[2];
  const auto raw16 = static_cast<uint16_t>(raw);
  std::memcpy(bytes, &raw16, sizeof bytes);
  const uint16_t pair = FoldedPair(bytes[0], bytes[1]);
  return *std::lower_bound(
      buckets_.begin(), buckets_.end(), pair,
      [](const Bucket& b, uint16_t p) { return b.pair < p; });
}

bool CaselessLiterals::MatchesAt(std::string_view text, size_t start,
                                 int index) const {
  const std::string& literal = literals_[index];
  if (literal.size() > text.size() - start) return false;
  for (size_t k = 0; k < literal.size(); ++k) {
    if (FoldAsciiByte(static_cast<unsigned char>(text[start + k])) !=
        static_cast<unsigned char>(literal[k])) {
      return false;
    }
  }
  return true;
}

}  // namespace whosaid::nlp
