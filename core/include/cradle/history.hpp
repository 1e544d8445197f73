// History: quiz results a reader chose to keep, on this computer only.
//
// Kept results live in their own SQLite file, DATA_DIR/history.db, apart from
// the catalog: installing, removing or rebuilding packs never touches them,
// and deleting them never touches the library. The file is opened with
// PRAGMA secure_delete=ON, so a deleted result is overwritten on disk, not
// just unlinked from the b-tree. Nothing here ever leaves the machine.
//
// Thread safety: one History per thread, or serialize calls; several
// processes may open the same file (SQLite locking, 5 s busy timeout).
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "cradle/export.hpp"
#include "cradle/result.hpp"

namespace cradle {

struct KeptResult {
  std::int64_t id = 0;       // given by keep(); ignored when keeping
  std::string pack;          // the quiz item's pack id
  std::string slug;          // the quiz item's slug
  std::string title;         // the item's title when the result was kept
  std::string result_title;  // the outcome's result, empty when none matched
  std::string taken_at;      // ISO 8601 UTC, set by keep()
  // The reader's answers, question id -> value: enough to show the full
  // result again by asking the content type, which keeps no state.
  std::map<std::string, int> answers;
};

class CRADLE_API History {
 public:
  // Opens DATA_DIR/history.db, creating the folder and the file if needed.
  // Fails with a message naming the file when it cannot be opened or is not
  // a history file Cradle can read.
  static Result<std::unique_ptr<History>> open(const std::filesystem::path& data_dir);
  ~History();

  // Keeps `result` (its id and taken_at are assigned); returns the new id.
  Result<std::int64_t> keep(const KeptResult& result);
  // Every kept result, newest first.
  Result<std::vector<KeptResult>> list() const;
  // Deletes one result. An id that is not kept is an error; nothing changes.
  Result<void> forget(std::int64_t id);
  // Deletes every kept result.
  Result<void> forget_all();

 private:
  struct Impl;
  explicit History(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace cradle
