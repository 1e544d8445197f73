// History: kept quiz results in DATA_DIR/history.db, through the real SQLite file.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <fstream>
#include <iterator>

#include "cradle/history.hpp"
#include "support/temp_dir.hpp"

namespace cradle {
namespace {

KeptResult sample(const std::string& result_title) {
  KeptResult k;
  k.pack = "ababy-attachment-quiz";
  k.slug = "adult-attachment-quiz";
  k.title = "How do I do closeness?";
  k.result_title = result_title;
  k.answers = {{"anx01", 5}, {"avo01", 2}};
  return k;
}

std::string file_bytes(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

TEST(History, KeepsResultsNewestFirstAcrossReopening) {
  test::TempDir dir;
  {
    auto h = History::open(dir.path());
    ASSERT_TRUE(h) << h.error().message;
    ASSERT_TRUE(h.value()->keep(sample("First")));
    ASSERT_TRUE(h.value()->keep(sample("Second")));
  }
  auto h = History::open(dir.path());
  ASSERT_TRUE(h) << h.error().message;
  auto list = h.value()->list();
  ASSERT_TRUE(list) << list.error().message;
  ASSERT_EQ(list->size(), 2u);
  EXPECT_EQ(list.value()[0].result_title, "Second");
  EXPECT_EQ(list.value()[1].result_title, "First");
  EXPECT_EQ(list.value()[0].answers.at("anx01"), 5);
  EXPECT_EQ(list.value()[0].taken_at.size(), 20u);  // 2026-01-01T00:00:00Z
  EXPECT_EQ(list.value()[0].pack, "ababy-attachment-quiz");
}

TEST(History, ForgetDeletesOneAndRefusesAnUnknownId) {
  test::TempDir dir;
  auto h = History::open(dir.path());
  ASSERT_TRUE(h);
  auto a = h.value()->keep(sample("A"));
  auto b = h.value()->keep(sample("B"));
  ASSERT_TRUE(a && b);
  ASSERT_TRUE(h.value()->forget(a.value()));
  auto list = h.value()->list();
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ(list.value()[0].id, b.value());
  auto again = h.value()->forget(a.value());
  ASSERT_FALSE(again);
  EXPECT_NE(again.error().message.find("nothing was deleted"), std::string::npos);
  EXPECT_EQ(h.value()->list()->size(), 1u);
}

TEST(History, ForgetAllLeavesNoTraceOfTheAnswersInTheFile) {
  test::TempDir dir;
  {
    auto h = History::open(dir.path());
    ASSERT_TRUE(h);
    auto k = sample("A very particular result title");
    ASSERT_TRUE(h.value()->keep(k));
    ASSERT_TRUE(h.value()->forget_all());
    EXPECT_TRUE(h.value()->list()->empty());
  }
  // secure_delete overwrites freed content: the words are gone from the bytes.
  std::string bytes = file_bytes(dir.path() / "history.db");
  ASSERT_FALSE(bytes.empty());
  EXPECT_EQ(bytes.find("A very particular result title"), std::string::npos);
  std::string wal = file_bytes(dir.path() / "history.db-wal");
  EXPECT_EQ(wal.find("A very particular result title"), std::string::npos);
}

TEST(History, RefusesAFileThatIsNotAHistoryNamingIt) {
  test::TempDir dir;
  dir.write("history.db", std::string(4096, 'x'));
  auto h = History::open(dir.path());
  ASSERT_FALSE(h);
  EXPECT_NE(h.error().message.find("history.db"), std::string::npos);
}

TEST(History, RefusesAHistoryFromANewerCradle) {
  test::TempDir dir;
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open((dir.path() / "history.db").c_str(), &db), SQLITE_OK);
    sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr);
    sqlite3_close(db);
  }
  auto h = History::open(dir.path());
  ASSERT_FALSE(h);
  EXPECT_NE(h.error().message.find("newer Cradle"), std::string::npos);
}

}  // namespace
}  // namespace cradle
