// A thin RAII layer over the SQLite C API, internal to core: a connection, a
// prepared statement, and errors as values carrying sqlite3_errmsg.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "cradle/result.hpp"

namespace cradle::sql {

struct DbCloser {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using DbPtr = std::unique_ptr<sqlite3, DbCloser>;

struct StmtFinalizer {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};

// Opens `file` with `flags` (SQLITE_OPEN_*), a 5 s busy timeout and foreign
// keys on.
Result<DbPtr> open(const std::filesystem::path& file, int flags);

// Runs one or more statements that return no rows.
Result<void> exec(sqlite3* db, std::string_view sql);

class Stmt {
 public:
  static Result<Stmt> prepare(sqlite3* db, std::string_view sql);

  Stmt& bind(int index, std::string_view text);
  Stmt& bind(int index, std::int64_t value);

  // Steps once: true with a row to read, false when done; an Error on failure.
  Result<bool> step();
  Result<void> run();  // steps to the end, for statements without rows
  void reset();

  std::string text(int column) const;
  std::int64_t integer(int column) const;
  double real(int column) const;

 private:
  explicit Stmt(sqlite3* db, sqlite3_stmt* s) : db_(db), stmt_(s) {}
  sqlite3* db_;
  std::unique_ptr<sqlite3_stmt, StmtFinalizer> stmt_;
};

Error error_of(sqlite3* db, std::string_view what);

}  // namespace cradle::sql
