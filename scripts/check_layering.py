#!/usr/bin/env python3
"""Fails when a file includes something its folder may not depend on.

The rules are those of ../shared/ARCHITECTURE.md: nlp/ is the core and
includes no network, markup, SQL or other project folder; ingest/ never
includes store/; store/ never includes ingest/ or network/markup libraries;
ingest/ and store/ use only nlp's model headers (MODEL_HEADERS), never its
extractors.
"""
import pathlib
import re
import sys

FORBIDDEN = {
    "nlp": [r"^curl/", r"^sqlite3", r"^libxml/", r"^pugixml", r"^httplib",
            r"^ingest/", r"^store/", r"^cli/", r"^nlohmann/", r"^CLI/"],
    "ingest": [r"^store/", r"^cli/", r"^sqlite3", r"^CLI/"],
    "store": [r"^ingest/", r"^cli/", r"^curl/", r"^libxml/", r"^pugixml",
              r"^httplib", r"^CLI/"],
}
# The nlp headers other folders than cli/ and tests/ may include: the
# document model, the reporter interface and the ASCII helpers.
MODEL_HEADERS = {"nlp/document.h", "nlp/analysis.h", "nlp/reporter.h",
                 "nlp/ascii.h"}
for folder in ("ingest", "store"):
    FORBIDDEN[folder].append(
        "^nlp/(?!(" + "|".join(re.escape(h[4:]) for h in sorted(MODEL_HEADERS)) + ")$)")
INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]')


def main() -> int:
    root = pathlib.Path(__file__).resolve().parent.parent
    problems = []
    for folder, patterns in FORBIDDEN.items():
        for path in sorted((root / folder).rglob("*")):
            if path.suffix not in {".h", ".cc", ".cpp", ".hpp"}:
                continue
            for number, line in enumerate(path.read_text(errors="replace").splitlines(), 1):
                m = INCLUDE.match(line)
                if not m:
                    continue
                for pattern in patterns:
                    if re.search(pattern, m.group(1)):
                        problems.append(f"{path.relative_to(root)}:{number}: "
                                        f"{folder}/ may not include <{m.group(1)}>")
    for p in problems:
        print(p, file=sys.stderr)
    print(f"layering: {len(problems)} forbidden includes")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
