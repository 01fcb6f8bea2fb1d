// Reads a whole gzip file (the aeb pages of ../shared/data are stored
// gzipped) into memory: the decompressed bytes, or "" when the file cannot
// be opened. Header-only; the caller links zlib.

#ifndef WHOSAID_TESTS_TESTUTIL_READ_GZIP_H_
#define WHOSAID_TESTS_TESTUTIL_READ_GZIP_H_

#include <zlib.h>

#include <string>

namespace whosaid::testutil {

inline std::string ReadGzip(const std::string& path) {
  std::string out;
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) return out;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) out.append(buf, n);
  gzclose(f);
  return out;
}

}  // namespace whosaid::testutil

#endif  // WHOSAID_TESTS_TESTUTIL_READ_GZIP_H_
