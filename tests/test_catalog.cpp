// The catalog on real SQLite files.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "cradle/catalog.hpp"
#include "cradle/markdown.hpp"
#include "support/temp_dir.hpp"

namespace cradle {
namespace {

Pack make_pack(const std::string& id, const std::string& version,
               std::vector<std::pair<std::string, std::string>> items) {
  Pack p;
  p.id = id;
  p.version = version;
  p.title = "Pack " + id;
  p.language = "en";
  p.api = 1;
  for (auto& [slug, text] : items) {
    Item it;
    it.pack = id;
    it.slug = slug;
    it.type = "faq";
    it.title = "Title " + slug;
    it.text = text;
    Block para;
    para.spans.push_back({Span::Kind::text, text, {}, {}});
    it.body.push_back(para);
    p.items.push_back(std::move(it));
  }
  return p;
}

int pragma_int(const std::filesystem::path& file, const char* pragma) {
  sqlite3* db = nullptr;
  sqlite3_open(file.c_str(), &db);
  sqlite3_stmt* s = nullptr;
  sqlite3_prepare_v2(db, pragma, -1, &s, nullptr);
  int v = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int(s, 0) : -1;
  sqlite3_finalize(s);
  sqlite3_close(db);
  return v;
}

TEST(Catalog, ANewFileIsMigratedToTheCurrentSchemaInWalMode) {
  test::TempDir dir;
  auto cat = Catalog::open(dir.path() / "nested" / "data");
  ASSERT_TRUE(cat) << cat.error().message;
  auto file = cat.value()->file();
  EXPECT_EQ(pragma_int(file, "PRAGMA user_version"), Catalog::kSchemaVersion);
  EXPECT_EQ(pragma_int(file, "SELECT count(*) FROM sqlite_master WHERE name = 'items_fts'"), 1);
  sqlite3* db = nullptr;
  sqlite3_open(file.c_str(), &db);
  sqlite3_stmt* s = nullptr;
  sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &s, nullptr);
  ASSERT_EQ(sqlite3_step(s), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)), "wal");
  sqlite3_finalize(s);
  sqlite3_close(db);
  // Opening again is a no-op migration.
  cat.value().reset();
  EXPECT_TRUE(Catalog::open(dir.path() / "nested" / "data"));
}

TEST(Catalog, AFileFromANewerCradleIsRefusedUntouched) {
  test::TempDir dir;
  {
    sqlite3* db = nullptr;
    sqlite3_open((dir.path() / "catalog.db").c_str(), &db);
    sqlite3_exec(db, "CREATE TABLE mine (x); PRAGMA user_version = 99", nullptr, nullptr, nullptr);
    sqlite3_close(db);
  }
  auto cat = Catalog::open(dir.path());
  ASSERT_FALSE(cat);
  EXPECT_NE(cat.error().message.find("schema version 99 is newer"), std::string::npos)
      << cat.error().message;
  EXPECT_EQ(pragma_int(dir.path() / "catalog.db", "PRAGMA user_version"), 99);
}

TEST(Catalog, InstallsSearchesAndReplacesWholePacks) {
  test::TempDir dir;
  auto cat = std::move(Catalog::open(dir.path()).value());
  ASSERT_TRUE(
      cat->install({make_pack("p", "1.0.0", {{"a", "rocking the cradle"}, {"b", "sleep"}})}));
  auto lib = cat->snapshot().value();
  ASSERT_EQ(lib->packs().size(), 1u);
  EXPECT_EQ(lib->find_pack("p")->items.size(), 2u);
  EXPECT_EQ(lib->find_item("p", "b")->text, "sleep");
  EXPECT_FALSE(lib->find_pack("p")->installed_at.empty());
  auto hits = lib->search("cradle", 10);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].item->slug, "a");
  EXPECT_NE(hits[0].snippet.find("\x02"
                                 "cradle"
                                 "\x03"),
            std::string::npos);

  auto before = cat->generation().value();
  ASSERT_TRUE(cat->install({make_pack("p", "2.0.0", {{"c", "a lullaby"}})}));
  EXPECT_GT(cat->generation().value(), before);
  auto lib2 = cat->snapshot().value();
  EXPECT_EQ(lib2->find_pack("p")->version, "2.0.0");
  EXPECT_EQ(lib2->find_item("p", "a"), nullptr);  // the old items are gone
  EXPECT_TRUE(lib2->search("cradle", 10).empty());
  EXPECT_EQ(lib2->search("lullaby", 10).size(), 1u);
  // The old snapshot still shows what it showed.
  EXPECT_EQ(lib->find_pack("p")->version, "1.0.0");
}

TEST(Catalog, AFailureHalfWayThroughAnInstallLeavesThePreviousVersionIntact) {
  test::TempDir dir;
  auto cat = std::move(Catalog::open(dir.path()).value());
  ASSERT_TRUE(cat->install({make_pack("p", "1.0.0", {{"a", "first words"}})}));
  auto gen = cat->generation().value();

  // Version 2 fails on its third row (a duplicate slug), after the old
  // version was deleted and two new rows written, inside the transaction.
  auto broken = make_pack("p", "2.0.0", {{"x", "new words"}, {"y", "more"}, {"x", "dup"}});
  auto other = make_pack("q", "1.0.0", {{"z", "other pack"}});
  auto r = cat->install({other, broken});
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("pack p, item x"), std::string::npos) << r.error().message;

  auto lib = cat->snapshot().value();
  EXPECT_EQ(lib->packs().size(), 1u);  // q, installed earlier in the same call, rolled back too
  EXPECT_EQ(lib->find_pack("p")->version, "1.0.0");
  EXPECT_NE(lib->find_item("p", "a"), nullptr);
  EXPECT_EQ(lib->search("first", 10).size(), 1u);
  EXPECT_TRUE(lib->search("new", 10).empty());
  EXPECT_EQ(cat->generation().value(), gen);
}

TEST(Catalog, RemovingAnUnknownPackChangesNothing) {
  test::TempDir dir;
  auto cat = std::move(Catalog::open(dir.path()).value());
  EXPECT_TRUE(cat->empty().value());
  ASSERT_TRUE(cat->install({make_pack("p", "1.0.0", {{"a", "words"}})}));
  EXPECT_FALSE(cat->empty().value());
  auto r = cat->remove({"p", "nope"});
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("no pack 'nope' is installed"), std::string::npos);
  EXPECT_NE(cat->snapshot().value()->find_pack("p"), nullptr);
  ASSERT_TRUE(cat->remove({"p"}));
  EXPECT_TRUE(cat->empty().value());
  EXPECT_TRUE(cat->snapshot().value()->packs().empty());
  EXPECT_TRUE(cat->snapshot().value()->search("words", 10).empty());
}

TEST(Catalog, SearchTreatsTypedSyntaxAsPlainWords) {
  test::TempDir dir;
  auto cat = std::move(Catalog::open(dir.path()).value());
  ASSERT_TRUE(cat->install({make_pack("p", "1.0.0", {{"a", "secure attachment AND trust"}})}));
  auto lib = cat->snapshot().value();
  EXPECT_EQ(lib->search("\"secure\" AND (", 10).size(), 1u);
  EXPECT_TRUE(lib->search("   ", 10).empty());
  EXPECT_TRUE(lib->search("NEAR(", 10).empty());
}

TEST(Catalog, AnOlderFileIsMigratedForwardKeepingItsPacks) {
  test::TempDir dir;
  // A catalog as schema 1 left it: no `data` or `extras` columns yet.
  Pack old = make_pack("p", "1.0.0", {{"a", "kept across the upgrade"}});
  {
    sqlite3* db = nullptr;
    sqlite3_open((dir.path() / "catalog.db").c_str(), &db);
    int rc = sqlite3_exec(db, R"sql(
      CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
      INSERT INTO meta VALUES ('generation', 7);
      CREATE TABLE packs (id TEXT PRIMARY KEY, version TEXT NOT NULL, title TEXT NOT NULL,
        description TEXT NOT NULL, language TEXT NOT NULL, authors TEXT NOT NULL,
        license TEXT NOT NULL, api INTEGER NOT NULL, installed_at TEXT NOT NULL);
      CREATE TABLE items (id INTEGER PRIMARY KEY, pack TEXT NOT NULL REFERENCES packs (id)
        ON DELETE CASCADE, position INTEGER NOT NULL, slug TEXT NOT NULL, type TEXT NOT NULL,
        title TEXT NOT NULL, summary TEXT NOT NULL, fields TEXT NOT NULL, body TEXT NOT NULL,
        text TEXT NOT NULL, UNIQUE (pack, slug), UNIQUE (pack, position));
      CREATE VIRTUAL TABLE items_fts USING fts5 (title, text, content = 'items',
        content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
      INSERT INTO packs VALUES ('p', '1.0.0', 'Pack p', '', 'en', '[]', '', 1, '2026-01-01T00:00:00Z');
      INSERT INTO items VALUES (1, 'p', 0, 'a', 'faq', 'Title a', '', '{}',
        '[{"type":"paragraph","spans":[{"type":"text","text":"kept across the upgrade"}]}]',
        'kept across the upgrade');
      INSERT INTO items_fts (rowid, title, text) VALUES (1, 'Title a', 'kept across the upgrade');
      PRAGMA user_version = 1;)sql",
                          nullptr, nullptr, nullptr);
    ASSERT_EQ(rc, SQLITE_OK) << sqlite3_errmsg(db);
    sqlite3_close(db);
  }
  auto cat = Catalog::open(dir.path());
  ASSERT_TRUE(cat) << cat.error().message;
  EXPECT_EQ(pragma_int(dir.path() / "catalog.db", "PRAGMA user_version"), Catalog::kSchemaVersion);
  auto lib = cat.value()->snapshot().value();
  EXPECT_EQ(lib->generation(), 7u);
  const Item* a = lib->find_item("p", "a");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(plain_text(a->body), old.items[0].text);
  EXPECT_TRUE(a->extras.empty());
  EXPECT_EQ(lib->search("upgrade", 10).size(), 1u);
  // Schema 4's columns: a pack from before signing was installed from a
  // folder, and its files were not kept.
  const Pack* p = lib->find_pack("p");
  EXPECT_EQ(p->signature, "folder");
  EXPECT_EQ(p->store_dir, "");
  EXPECT_TRUE(p->requirements.empty());
  // And it takes new installs in the new shape.
  EXPECT_TRUE(cat.value()->install({make_pack("p", "2.0.0", {{"b", "new"}})}));
}

}  // namespace
}  // namespace cradle
