#include "catalog_schema.hpp"

#include <array>
#include <string>

#include "sqlite.hpp"

namespace cradle {
namespace {

// kMigrations[i] takes a database from user_version i to i + 1. Append only:
// a released step never changes.
constexpr std::array<const char*, 4> kMigrations = {
    // 0 -> 1: packs, items in pack order, full-text index, generation counter.
    R"sql(
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value INTEGER NOT NULL
);
INSERT INTO meta (key, value) VALUES ('generation', 0);

CREATE TABLE packs (
  id           TEXT PRIMARY KEY,
  version      TEXT NOT NULL,
  title        TEXT NOT NULL,
  description  TEXT NOT NULL,
  language     TEXT NOT NULL,
  authors      TEXT NOT NULL,   -- JSON array of names
  license      TEXT NOT NULL,
  api          INTEGER NOT NULL,
  installed_at TEXT NOT NULL
);

CREATE TABLE items (
  id       INTEGER PRIMARY KEY,
  pack     TEXT NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  slug     TEXT NOT NULL,
  type     TEXT NOT NULL,
  title    TEXT NOT NULL,
  summary  TEXT NOT NULL,
  fields   TEXT NOT NULL,        -- JSON object
  body     TEXT NOT NULL,        -- JSON array of blocks
  text     TEXT NOT NULL,
  UNIQUE (pack, slug),
  UNIQUE (pack, position)
);

CREATE VIRTUAL TABLE items_fts USING fts5 (
  title, text,
  content = 'items', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN
  INSERT INTO items_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
  INSERT INTO items_fts (items_fts, rowid, title, text)
  VALUES ('delete', old.id, old.title, old.text);
END;
)sql",
    // 1 -> 2: a content type's private data per item (a quiz's scoring rules).
    R"sql(
ALTER TABLE items ADD COLUMN data TEXT NOT NULL DEFAULT '';
)sql",
    // 2 -> 3: the documents a content type shows later (a quiz's results),
    // whose links are checked at install with the body's.
    R"sql(
ALTER TABLE items ADD COLUMN extras TEXT NOT NULL DEFAULT '[]';  -- JSON array of documents
)sql",
    // 3 -> 4: who a pack is from and how it was checked, what it needs, and
    // where its files are kept (a folder under DATA_DIR/packs).
    R"sql(
ALTER TABLE packs ADD COLUMN publisher TEXT NOT NULL DEFAULT '';
ALTER TABLE packs ADD COLUMN requirements TEXT NOT NULL DEFAULT '[]';  -- JSON [{pack, range}]
ALTER TABLE packs ADD COLUMN signature TEXT NOT NULL DEFAULT 'folder';
ALTER TABLE packs ADD COLUMN signer TEXT NOT NULL DEFAULT '';
ALTER TABLE packs ADD COLUMN store_dir TEXT NOT NULL DEFAULT '';
)sql",
};

Result<int> user_version(sqlite3* db) {
  auto stmt = sql::Stmt::prepare(db, "PRAGMA user_version");
  if (!stmt) return stmt.error();
  auto row = stmt->step();
  if (!row) return row.error();
  return static_cast<int>(stmt->integer(0));
}

}  // namespace

Result<void> migrate(sqlite3* db, int target) {
  if (auto r = sql::exec(db, "BEGIN IMMEDIATE"); !r) return r.error();
  auto fail = [&](Error e) {
    (void)sql::exec(db, "ROLLBACK");
    return e;
  };
  auto current = user_version(db);
  if (!current) return fail(current.error());
  if (current.value() > target) {
    return fail(Error{"its schema version " + std::to_string(current.value()) +
                      " is newer than this Cradle's (" + std::to_string(target) +
                      "): upgrade Cradle to use it"});
  }
  for (int v = current.value(); v < target && v < static_cast<int>(kMigrations.size()); ++v) {
    if (auto r = sql::exec(db, kMigrations[v]); !r)
      return fail(
          Error{"migration to schema " + std::to_string(v + 1) + " failed: " + r.error().message});
  }
  if (auto r = sql::exec(db, "PRAGMA user_version = " + std::to_string(target)); !r)
    return fail(r.error());
  if (auto r = sql::exec(db, "COMMIT"); !r) return fail(r.error());
  return {};
}

}  // namespace cradle
