#include "tests/bench/synthetic_pack.h"

namespace whosaid::bench {

std::string SyntheticName(int i) {
  static const char* kGiven[] = {"Ada", "Bram", "Cleo", "Dov", "Esme", "Finn",
                                 "Gil", "Hale", "Ines", "Jory"};
  static const char* kA[] = {"Vel", "Mor", "Tan", "Quil", "Ros", "Bex", "Kal",
                             "Dun", "Sar", "Lom"};
  static const char* kB[] = {"ander", "ovic", "etti", "holm", "ward", "stra",
                             "ley", "mont", "rick", "ano"};
  return std::string(kGiven[(i * 7) % 10]) + " " + kA[i % 10] +
         kB[(i / 10) % 10] + kA[(i / 100) % 10] + kB[(i / 1000) % 10];
}

std::string SyntheticPack() {
  std::string toml;
  for (int i = 0; i < kSyntheticActors; ++i) {
    const std::string name = SyntheticName(i);
    const std::string surname = name.substr(name.find(' ') + 1);
    if (i % 2 == 0) {
      toml += "[[actor]]\nname = \"" + name + "\"\nkind = \"person\"\n" +
              "aliases = [\"Dr. " + surname + "\"]\nrole = \"analyst\"\n\n";
    } else {
      toml += "[[actor]]\nname = \"" + surname +
              " Holdings\"\nkind = \"organization\"\naliases = [\"" + surname +
              " Group\"]\n\n";
    }
  }
  return toml;
}

}  // namespace whosaid::bench
