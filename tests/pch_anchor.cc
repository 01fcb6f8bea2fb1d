// The one source of the target that owns the tests' precompiled header
// (tests/CMakeLists.txt); it has no code of its own.
