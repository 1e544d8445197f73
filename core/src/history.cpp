#include "cradle/history.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <system_error>

#include "sqlite.hpp"

namespace cradle {
namespace fs = std::filesystem;
namespace json = boost::json;

namespace {

constexpr const char* kFileName = "history.db";
constexpr int kSchemaVersion = 1;

std::string answers_to_json(const std::map<std::string, int>& answers) {
  json::object o;
  for (const auto& [question, value] : answers) o[question] = value;
  return json::serialize(o);
}

// A row whose answers cannot be read is still listed (it can be deleted);
// its answers come back empty.
std::map<std::string, int> answers_from_json(const std::string& text) {
  std::map<std::string, int> out;
  std::error_code ec;
  json::value v = json::parse(text, ec);
  if (ec || !v.is_object()) return out;
  for (const auto& [question, value] : v.as_object())
    if (value.is_int64()) out[std::string(question)] = static_cast<int>(value.as_int64());
  return out;
}

}  // namespace

struct History::Impl {
  fs::path file;
  sql::DbPtr db;

  Error problem(const Error& e) const { return Error{file.string() + ": " + e.message}; }
};

History::History(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
History::~History() = default;

Result<std::unique_ptr<History>> History::open(const fs::path& data_dir) {
  std::error_code ec;
  fs::create_directories(data_dir, ec);
  if (ec) return Error{"cannot create the data dir " + data_dir.string() + ": " + ec.message()};
  auto impl = std::make_unique<Impl>();
  impl->file = data_dir / kFileName;
  auto db = sql::open(impl->file, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (!db) return db.error();
  impl->db = std::move(db.value());
  // secure_delete first: it must hold for every page this connection frees.
  auto r = sql::exec(impl->db.get(), R"sql(
    PRAGMA secure_delete = ON;
    CREATE TABLE IF NOT EXISTS kept_results (
      id           INTEGER PRIMARY KEY,
      pack         TEXT NOT NULL,
      slug         TEXT NOT NULL,
      title        TEXT NOT NULL,
      result_title TEXT NOT NULL,
      taken_at     TEXT NOT NULL,
      answers      TEXT NOT NULL))sql");
  if (!r) return impl->problem(Error{"not a Cradle history file (" + r.error().message + ")"});
  auto version = sql::Stmt::prepare(impl->db.get(), "PRAGMA user_version");
  if (!version) return impl->problem(version.error());
  if (auto row = version->step(); !row || !row.value())
    return impl->problem(Error{"cannot read its version"});
  std::int64_t found = version->integer(0);
  if (found > kSchemaVersion)
    return impl->problem(Error{"written by a newer Cradle (history version " +
                               std::to_string(found) + "): use that Cradle"});
  if (found < kSchemaVersion) {
    if (auto w =
            sql::exec(impl->db.get(), "PRAGMA user_version = " + std::to_string(kSchemaVersion));
        !w)
      return impl->problem(w.error());
  }
  return std::unique_ptr<History>(new History(std::move(impl)));
}

Result<std::int64_t> History::keep(const KeptResult& result) {
  auto stmt = sql::Stmt::prepare(impl_->db.get(), R"sql(
    INSERT INTO kept_results (pack, slug, title, result_title, taken_at, answers)
    VALUES (?1, ?2, ?3, ?4, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?5))sql");
  if (!stmt) return impl_->problem(stmt.error());
  stmt->bind(1, result.pack).bind(2, result.slug).bind(3, result.title);
  stmt->bind(4, result.result_title).bind(5, answers_to_json(result.answers));
  if (auto r = stmt->run(); !r) return impl_->problem(r.error());
  return std::int64_t{sqlite3_last_insert_rowid(impl_->db.get())};
}

Result<std::vector<KeptResult>> History::list() const {
  auto stmt = sql::Stmt::prepare(impl_->db.get(), R"sql(
    SELECT id, pack, slug, title, result_title, taken_at, answers
    FROM kept_results ORDER BY taken_at DESC, id DESC)sql");
  if (!stmt) return impl_->problem(stmt.error());
  std::vector<KeptResult> out;
  while (true) {
    auto row = stmt->step();
    if (!row) return impl_->problem(row.error());
    if (!row.value()) break;
    KeptResult k;
    k.id = stmt->integer(0);
    k.pack = stmt->text(1);
    k.slug = stmt->text(2);
    k.title = stmt->text(3);
    k.result_title = stmt->text(4);
    k.taken_at = stmt->text(5);
    k.answers = answers_from_json(stmt->text(6));
    out.push_back(std::move(k));
  }
  return out;
}

Result<void> History::forget(std::int64_t id) {
  auto stmt = sql::Stmt::prepare(impl_->db.get(), "DELETE FROM kept_results WHERE id = ?1");
  if (!stmt) return impl_->problem(stmt.error());
  stmt->bind(1, id);
  if (auto r = stmt->run(); !r) return impl_->problem(r.error());
  if (sqlite3_changes(impl_->db.get()) == 0)
    return Error{"no kept result has the id " + std::to_string(id) + "; nothing was deleted"};
  return {};
}

Result<void> History::forget_all() {
  if (auto r = sql::exec(impl_->db.get(), "DELETE FROM kept_results"); !r)
    return impl_->problem(r.error());
  return {};
}

}  // namespace cradle
