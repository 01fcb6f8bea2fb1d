#include "store/fingerprint.h"

#include <limits>
#include <vector>

#include "store/text_keys.h"

namespace whosaid::store {
namespace {

uint64_t Fnv1a(std::string_view s, uint64_t h) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

// A finaliser (murmur3's) so that each seed acts as its own permutation.
uint64_t Mix(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

}  // namespace

Fingerprint ComputeFingerprint(std::string_view text) {
  const std::vector<std::string> words = KeyWords(text);
  Fingerprint fp;
  fp.minhash.fill(std::numeric_limits<uint32_t>::max());
  for (size_t i = 0; i + 3 <= words.size(); ++i) {
    uint64_t h = 1469598103934665603ULL;
    for (size_t k = 0; k < 3; ++k) h = Fnv1a(words[i + k], Fnv1a(" ", h));
    for (int s = 0; s < kMinHashes; ++s) {
      const uint32_t v = static_cast<uint32_t>(
          Mix(h ^ (0x9e3779b97f4a7c15ULL * static_cast<uint64_t>(s + 1))));
      if (v < fp.minhash[s]) fp.minhash[s] = v;
    }
    ++fp.shingles;
  }
  return fp;
}

double Similarity(const Fingerprint& a, const Fingerprint& b) {
  int same = 0;
  for (int s = 0; s < kMinHashes; ++s) same += a.minhash[s] == b.minhash[s];
  return static_cast<double>(same) / kMinHashes;
}

std::string Fingerprint::ToBlob() const {
  std::string blob;
  blob.reserve(4 * kMinHashes);
  for (uint32_t v : minhash) {
    for (int b = 0; b < 4; ++b) blob.push_back(static_cast<char>((v >> (8 * b)) & 0xff));
  }
  return blob;
}

bool Fingerprint::FromBlob(std::string_view blob, Fingerprint* out) {
  if (blob.size() != 4 * kMinHashes) return false;
  for (int s = 0; s < kMinHashes; ++s) {
    uint32_t v = 0;
    for (int b = 0; b < 4; ++b) {
      v |= static_cast<uint32_t>(static_cast<unsigned char>(blob[4 * s + b])) << (8 * b);
    }
    out->minhash[s] = v;
  }
  out->shingles = kMinShingles;  // only usable signatures are stored
  return true;
}

std::array<int64_t, kLshBands> Fingerprint::BandKeys() const {
  constexpr int kRows = kMinHashes / kLshBands;
  std::array<int64_t, kLshBands> keys{};
  for (int band = 0; band < kLshBands; ++band) {
    uint64_t h = Mix(static_cast<uint64_t>(band) + 1);
    for (int r = 0; r < kRows; ++r) h = Mix(h ^ minhash[band * kRows + r]);
    keys[band] = static_cast<int64_t>(h);
  }
  return keys;
}

}  // namespace whosaid::store
