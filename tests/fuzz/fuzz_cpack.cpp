// A .cpack archive from a stranger, extracted into a staging folder. Beyond
// the sanitizers, it checks what extract_cpack promises: a refused archive
// leaves the staging folder as it was, and nothing is ever written outside
// the folder it returns.
#include "cradle/archive.hpp"
#include "support.hpp"

namespace fs = std::filesystem;

namespace {
// Every path under `root`, symlinks not followed.
std::size_t count_entries(const fs::path& root) {
  std::size_t n = 0;
  for (auto it = fs::recursive_directory_iterator(root); it != fs::recursive_directory_iterator();
       ++it)
    ++n;
  return n;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const fs::path root = cradle::fuzz::scratch_dir() / "cpack";
  static const fs::path archive = root / "in.cpack";
  static const fs::path staging = root / "staging";
  fs::create_directories(staging);
  cradle::fuzz::write_file(archive, cradle::fuzz::as_text(data, size));
  auto extracted = cradle::extract_cpack(archive, staging);
  if (extracted) {
    const fs::path& dir = extracted.value();
    if (dir.parent_path() != staging) __builtin_trap();  // not a new folder in staging
    fs::remove_all(dir);
  }
  // Whatever happened, only the archive and the (now empty) staging folder remain.
  if (count_entries(root) != 2) __builtin_trap();
  return 0;
}
