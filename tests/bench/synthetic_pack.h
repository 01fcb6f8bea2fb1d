// A synthetic actor pack for the nlp benchmarks: 5,000 actors with 10,000
// names and aliases, what a user's large pack of analysts and firms would
// add to the builtin packs. Even-numbered actors are people ("Ada
// VelanderVelander", alias "Dr. VelanderVelander"), odd ones
// organisations ("MoranderVelander Holdings", alias "MoranderVelander
// Group"). Deterministic.

#ifndef WHOSAID_TESTS_BENCH_SYNTHETIC_PACK_H_
#define WHOSAID_TESTS_BENCH_SYNTHETIC_PACK_H_

#include <string>

namespace whosaid::bench {

constexpr int kSyntheticActors = 5000;

// "Given Surname" from syllables; the surname alone is distinct for
// i < 10000.
std::string SyntheticName(int i);

// The pack as TOML (nlp/rules format), actors 0 to kSyntheticActors - 1.
std::string SyntheticPack();

}  // namespace whosaid::bench

#endif  // WHOSAID_TESTS_BENCH_SYNTHETIC_PACK_H_
