// A reader's library as data: every file in a data dir outside staging and
// every catalog row, so a test can check that a refused command changed
// nothing at all.
#pragma once

#include <filesystem>
#include <map>
#include <string>

namespace cradle::test {

struct LibraryState {
  // Path relative to the data dir -> its bytes. Left out: staging/ (what a
  // command may use and must clean), the lock file, and catalog.db and its
  // WAL files, whose bytes SQLite may rewrite without a change of content.
  std::map<std::string, std::string> files;
  // Every row of meta, packs and items, in order, as text.
  std::string catalog;

  bool operator==(const LibraryState&) const = default;
};

LibraryState library_state(const std::filesystem::path& data_dir);

// Paths under `data_dir`/staging, for a message when it is not empty.
std::string staging_contents(const std::filesystem::path& data_dir);

}  // namespace cradle::test
