// The catalog: one SQLite file (catalog.db) in the data dir holding every
// installed pack, its items in order, and an FTS5 index over titles and text.
//
// The schema version lives in PRAGMA user_version; open() migrates older
// files forward in one transaction. The file runs in WAL mode with foreign
// keys on, so readers never block the writer.
//
// Every write is one transaction: it happens whole or not at all. A Catalog
// object is not thread-safe; open one per thread. Several processes may use
// one file; a writer waits up to 5 s for another.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string_view>
#include <vector>

#include "cradle/export.hpp"
#include "cradle/library.hpp"
#include "cradle/model.hpp"
#include "cradle/result.hpp"

namespace cradle {

class CRADLE_API Catalog {
 public:
  static constexpr int kSchemaVersion = 4;

  // Opens (creating the folder and file if needed) and migrates the catalog
  // in `data_dir`. An Error names the file and what failed; a file with a
  // newer schema than this build knows is refused, untouched.
  static Result<std::unique_ptr<Catalog>> open(const std::filesystem::path& data_dir);

  ~Catalog();
  Catalog(const Catalog&) = delete;
  Catalog& operator=(const Catalog&) = delete;

  const std::filesystem::path& file() const noexcept;

  // Installs the packs in one transaction, each replacing any installed pack
  // of the same id. On error nothing has changed.
  Result<void> install(const std::vector<Pack>& packs);

  // Removes the packs in one transaction. An id that is not installed is an
  // Error, and then nothing is removed.
  Result<void> remove(const std::vector<std::string>& ids);

  // Changes with every install or remove.
  Result<std::uint64_t> generation();

  // True when no pack is installed. Cheap: it reads one row, where a
  // snapshot reads every item.
  Result<bool> empty();

  // An immutable snapshot of everything installed now. Its search() reads
  // this catalog's file through its own read-only connection.
  Result<std::shared_ptr<const Library>> snapshot();

 private:
  struct Impl;
  explicit Catalog(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace cradle
