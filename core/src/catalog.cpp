#include "cradle/catalog.hpp"

#include <boost/json/serialize.hpp>
#include <ctime>

#include "catalog_schema.hpp"
#include "cradle/json.hpp"
#include "snapshot.hpp"
#include "sqlite.hpp"

namespace cradle {
namespace fs = std::filesystem;
namespace json = boost::json;

namespace {

constexpr const char* kFileName = "catalog.db";

std::string now_utc() {
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

// Runs `body` inside BEGIN IMMEDIATE ... COMMIT; rolls back on any Error so
// the file is exactly as it was.
template <class F>
Result<void> transaction(sqlite3* db, F&& body) {
  if (auto r = sql::exec(db, "BEGIN IMMEDIATE"); !r)
    return Error{"the catalog is busy (another cradle is writing): " + r.error().message};
  Result<void> r = body();
  if (r) r = sql::exec(db, "COMMIT");
  if (!r) (void)sql::exec(db, "ROLLBACK");
  return r;
}

Result<void> delete_pack(sqlite3* db, std::string_view id) {
  // Items first and explicitly, so the FTS delete trigger sees every row.
  for (const char* q : {"DELETE FROM items WHERE pack = ?1", "DELETE FROM packs WHERE id = ?1"}) {
    auto stmt = sql::Stmt::prepare(db, q);
    if (!stmt) return stmt.error();
    stmt->bind(1, id);
    if (auto r = stmt->run(); !r) return r.error();
  }
  return {};
}

Result<void> insert_pack(sqlite3* db, const Pack& pack, const std::string& installed_at) {
  auto p = sql::Stmt::prepare(db, R"sql(
    INSERT INTO packs (id, version, title, description, language, authors, license, api,
                       installed_at, publisher, requirements, signature, signer, store_dir)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14))sql");
  if (!p) return p.error();
  p->bind(1, pack.id).bind(2, pack.version).bind(3, pack.title).bind(4, pack.description);
  p->bind(5, pack.language)
      .bind(6, json::serialize(json::array(pack.authors.begin(), pack.authors.end())))
      .bind(7, pack.license)
      .bind(8, std::int64_t{pack.api})
      .bind(9, installed_at);
  json::array requirements;
  for (const auto& r : pack.requirements)
    requirements.push_back(json::object{{"pack", r.pack}, {"range", r.range}});
  p->bind(10, pack.publisher).bind(11, json::serialize(requirements));
  p->bind(12, pack.signature.empty() ? std::string("folder") : pack.signature);
  p->bind(13, pack.signer).bind(14, pack.store_dir);
  if (auto r = p->run(); !r) return Error{"pack " + pack.id + ": " + r.error().message};

  auto it = sql::Stmt::prepare(db, R"sql(
    INSERT INTO items (pack, position, slug, type, title, summary, fields, body, text, data,
                       extras)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11))sql");
  if (!it) return it.error();
  std::int64_t position = 0;
  for (const auto& item : pack.items) {
    it->reset();
    it->bind(1, pack.id).bind(2, position++).bind(3, item.slug).bind(4, item.type);
    it->bind(5, item.title).bind(6, item.summary);
    it->bind(7, json::serialize(to_json(item.fields))).bind(8, json::serialize(to_json(item.body)));
    json::array extras;
    for (const auto& doc : item.extras) extras.push_back(to_json(doc));
    it->bind(9, item.text).bind(10, item.data).bind(11, json::serialize(extras));
    if (auto r = it->run(); !r)
      return Error{"pack " + pack.id + ", item " + item.slug + ": " + r.error().message};
  }
  return {};
}

Result<void> bump_generation(sqlite3* db) {
  return sql::exec(db, "UPDATE meta SET value = value + 1 WHERE key = 'generation'");
}

}  // namespace

struct Catalog::Impl {
  fs::path file;
  sql::DbPtr db;
};

Catalog::Catalog(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Catalog::~Catalog() = default;

Result<std::unique_ptr<Catalog>> Catalog::open(const fs::path& data_dir) {
  std::error_code ec;
  fs::create_directories(data_dir, ec);
  if (ec)
    return Error{"cannot create the data dir " + data_dir.string() + ": " + ec.message() +
                 " (choose another with --data-dir or CRADLE_HOME)"};
  auto impl = std::make_unique<Impl>();
  impl->file = data_dir / kFileName;
  auto db = sql::open(impl->file, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (!db) return db.error();
  impl->db = std::move(db.value());
  if (auto r = sql::exec(impl->db.get(), "PRAGMA journal_mode = WAL"); !r)
    return Error{impl->file.string() + ": " + r.error().message};
  if (auto r = migrate(impl->db.get(), kSchemaVersion); !r)
    return Error{impl->file.string() + ": " + r.error().message};
  return std::unique_ptr<Catalog>(new Catalog(std::move(impl)));
}

const fs::path& Catalog::file() const noexcept { return impl_->file; }

Result<void> Catalog::install(const std::vector<Pack>& packs) {
  sqlite3* db = impl_->db.get();
  std::string at = now_utc();
  return transaction(db, [&]() -> Result<void> {
    for (const auto& pack : packs) {
      if (auto r = delete_pack(db, pack.id); !r) return r;
      if (auto r = insert_pack(db, pack, at); !r) return r;
    }
    return bump_generation(db);
  });
}

Result<void> Catalog::remove(const std::vector<std::string>& ids) {
  sqlite3* db = impl_->db.get();
  return transaction(db, [&]() -> Result<void> {
    for (const auto& id : ids) {
      if (auto r = delete_pack(db, id); !r) return r;
      if (sqlite3_changes(db) == 0)
        return Error{"no pack '" + id + "' is installed (`cradle list` shows what is)"};
    }
    return bump_generation(db);
  });
}

Result<std::uint64_t> Catalog::generation() {
  auto stmt =
      sql::Stmt::prepare(impl_->db.get(), "SELECT value FROM meta WHERE key = 'generation'");
  if (!stmt) return stmt.error();
  auto row = stmt->step();
  if (!row) return row.error();
  return static_cast<std::uint64_t>(stmt->integer(0));
}

Result<bool> Catalog::empty() {
  auto stmt = sql::Stmt::prepare(impl_->db.get(), "SELECT 1 FROM packs LIMIT 1");
  if (!stmt) return stmt.error();
  auto row = stmt->step();
  if (!row) return row.error();
  return !row.value();
}

Result<std::shared_ptr<const Library>> Catalog::snapshot() {
  return load_snapshot(impl_->db.get(), impl_->file);
}

}  // namespace cradle
