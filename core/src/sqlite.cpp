#include "sqlite.hpp"

namespace cradle::sql {

Error error_of(sqlite3* db, std::string_view what) {
  return Error{std::string(what) + ": " + (db ? sqlite3_errmsg(db) : "out of memory")};
}

Result<DbPtr> open(const std::filesystem::path& file, int flags) {
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(file.c_str(), &raw, flags, nullptr);
  DbPtr db(raw);
  if (rc != SQLITE_OK) return error_of(db.get(), "cannot open " + file.string());
  sqlite3_busy_timeout(db.get(), 5000);
  sqlite3_extended_result_codes(db.get(), 1);
  if (auto r = exec(db.get(), "PRAGMA foreign_keys = ON"); !r) return r.error();
  return db;
}

Result<void> exec(sqlite3* db, std::string_view sql) {
  std::string text(sql);
  char* message = nullptr;
  if (sqlite3_exec(db, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    Error e{message ? message : sqlite3_errmsg(db)};
    sqlite3_free(message);
    return e;
  }
  return {};
}

Result<Stmt> Stmt::prepare(sqlite3* db, std::string_view sql) {
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &s, nullptr) != SQLITE_OK)
    return error_of(db, "cannot prepare query");
  return Stmt(db, s);
}

Stmt& Stmt::bind(int index, std::string_view text) {
  // A default string_view has a null data(), which SQLite would bind as NULL.
  sqlite3_bind_text(stmt_.get(), index, text.data() ? text.data() : "",
                    static_cast<int>(text.size()), SQLITE_TRANSIENT);
  return *this;
}

Stmt& Stmt::bind(int index, std::int64_t value) {
  sqlite3_bind_int64(stmt_.get(), index, value);
  return *this;
}

Result<bool> Stmt::step() {
  int rc = sqlite3_step(stmt_.get());
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return error_of(db_, "query failed");
}

Result<void> Stmt::run() {
  for (;;) {
    auto r = step();
    if (!r) return r.error();
    if (!r.value()) return {};
  }
}

void Stmt::reset() {
  sqlite3_reset(stmt_.get());
  sqlite3_clear_bindings(stmt_.get());
}

std::string Stmt::text(int column) const {
  auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_.get(), column));
  return p ? std::string(p, sqlite3_column_bytes(stmt_.get(), column)) : std::string();
}

std::int64_t Stmt::integer(int column) const { return sqlite3_column_int64(stmt_.get(), column); }
double Stmt::real(int column) const { return sqlite3_column_double(stmt_.get(), column); }

}  // namespace cradle::sql
