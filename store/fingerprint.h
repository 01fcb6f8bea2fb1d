// Near-duplicate fingerprints for documents: a MinHash signature over
// overlapping three-word shingles of the folded words (see text_keys.h),
// and locality-sensitive band keys for indexed candidate lookup. Two copies
// of one wire story, with a dateline, a credit line or a new headline,
// agree on most of the signature; unrelated texts on almost none of it.
//
// Pure functions; thread-safe.

#ifndef WHOSAID_STORE_FINGERPRINT_H_
#define WHOSAID_STORE_FINGERPRINT_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace whosaid::store {

constexpr int kMinHashes = 32;
constexpr int kLshBands = 8;  // of kMinHashes / kLshBands rows each
// Texts with fewer shingles than this are too short to fingerprint reliably
// and are never linked as near-duplicates (only exact copies are).
constexpr size_t kMinShingles = 24;
// At least this estimated Jaccard similarity of shingle sets makes two
// documents near-duplicates.
constexpr double kMinSimilarity = 0.75;

struct Fingerprint {
  std::array<uint32_t, kMinHashes> minhash{};
  size_t shingles = 0;  // how many shingles went into it

  bool usable() const { return shingles >= kMinShingles; }
  // The signature as 4 * kMinHashes little-endian bytes, and back. Parse
  // returns false for a blob of the wrong size.
  std::string ToBlob() const;
  static bool FromBlob(std::string_view blob, Fingerprint* out);
  // One key per band: a hash of the band's rows and its number, so equal
  // keys mean an equal band.
  std::array<int64_t, kLshBands> BandKeys() const;
};

Fingerprint ComputeFingerprint(std::string_view text);

// The fraction of equal signature rows: an estimate of the Jaccard
// similarity of the two shingle sets.
double Similarity(const Fingerprint& a, const Fingerprint& b);

}  // namespace whosaid::store

#endif  // WHOSAID_STORE_FINGERPRINT_H_
