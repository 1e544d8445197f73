// The Library snapshot built from a catalog file. Internal to core.
#pragma once

#include <sqlite3.h>

#include <filesystem>
#include <memory>

#include "cradle/library.hpp"
#include "cradle/result.hpp"

namespace cradle {

// Reads every pack and item from `db` in one read transaction. The snapshot
// opens its own read-only connection to `file` for search().
Result<std::shared_ptr<const Library>> load_snapshot(sqlite3* db,
                                                     const std::filesystem::path& file);

// Turns what a reader typed into an FTS5 query of quoted words, so that no
// input is read as query syntax. Empty when there are no words. With
// `last_is_prefix` the last word also matches longer words it begins.
std::string fts_query(std::string_view typed, bool last_is_prefix = false);

}  // namespace cradle
