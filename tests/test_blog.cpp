// The blog content type, loaded through the registry as the CLI loads it.
#include <gtest/gtest.h>

#include "support/packs.hpp"
#include "support/temp_dir.hpp"

namespace cradle {
namespace {
using test::bundled_registry;
using test::lines;

const char* kManifest =
    "id: b\nversion: 1.0.0\ntitle: B\nlanguage: en\napi: 1\ncontent:\n"
    "  - type: blog\n    source: posts\n";

LoadedPack load_blog(const test::TempDir& dir, bool drafts = false) {
  dir.write("pack.yaml", kManifest);
  return load_pack(dir.path(), bundled_registry(), {drafts});
}

TEST(BlogContentType, PostsComeNewestFirstWithTheirFields) {
  test::TempDir dir;
  dir.write("posts/older.md",
            "---\ntitle: Older\ndate: 2026-01-05\ntags: [Sleep, Night Feeds]\n---\n\nOne.\n");
  dir.write("posts/newer.md",
            "---\ntitle: \"Newer: a post\"\ndate: 2026-03-01\nauthor: Sam\nsummary: Short.\n"
            "slug: the-newest\n---\n\nHello.\n");
  dir.write("posts/notes.txt", "not a post");
  auto got = load_blog(dir);
  ASSERT_FALSE(has_errors(got.diagnostics)) << lines(got.diagnostics);
  ASSERT_EQ(got.pack.items.size(), 2u);
  const Item& first = got.pack.items[0];
  EXPECT_EQ(first.slug, "the-newest");
  EXPECT_EQ(first.title, "Newer: a post");
  EXPECT_EQ(first.type, "blog");
  EXPECT_EQ(first.summary, "Short.");
  EXPECT_EQ(std::get<std::string>(first.fields.at("date")), "2026-03-01");
  EXPECT_EQ(std::get<std::string>(first.fields.at("author")), "Sam");
  const Item& second = got.pack.items[1];
  EXPECT_EQ(second.slug, "older");
  EXPECT_EQ(std::get<std::vector<std::string>>(second.fields.at("tags")),
            (std::vector<std::string>{"sleep", "night-feeds"}));
  EXPECT_EQ(std::get<std::int64_t>(second.fields.at("reading_minutes")), 1);
  EXPECT_EQ(second.source, "posts/older.md");
}

TEST(BlogContentType, ReadingTimeIsWordsOverTwoHundredRoundedUp) {
  test::TempDir dir;
  std::string words;
  for (int i = 0; i < 401; ++i) words += "word ";
  dir.write("posts/long.md", "---\ntitle: Long\ndate: 2026-01-01\n---\n" + words + "\n");
  auto got = load_blog(dir);
  ASSERT_EQ(got.pack.items.size(), 1u);
  EXPECT_EQ(std::get<std::int64_t>(got.pack.items[0].fields.at("reading_minutes")), 3);
}

TEST(BlogContentType, DraftsAreLeftOutUnlessAskedFor) {
  test::TempDir dir;
  dir.write("posts/a.md", "---\ntitle: A\ndate: 2026-01-01\n---\nA.\n");
  dir.write("posts/b.md", "---\ntitle: B\ndate: 2026-01-02\ndraft: true\n---\nB.\n");
  EXPECT_EQ(load_blog(dir).pack.items.size(), 1u);
  EXPECT_EQ(load_blog(dir, true).pack.items.size(), 2u);
}

TEST(BlogContentType, EachBrokenPostIsNamedWithItsLine) {
  test::TempDir dir;
  dir.write("posts/no-title.md", "---\ndate: 2026-01-01\n---\nText.\n");
  dir.write("posts/bad-date.md", "---\ntitle: T\ndate: 2026-02-30\n---\nText.\n");
  dir.write("posts/dup-a.md", "---\ntitle: T\ndate: 2026-01-01\nslug: same\n---\nText.\n");
  dir.write("posts/dup-b.md", "---\ntitle: T\ndate: 2026-01-01\nslug: same\n---\nText.\n");
  dir.write("posts/bad-yaml.md", "---\ntitle: [unclosed\ndate: 2026-01-01\n---\nText.\n");
  dir.write("posts/no-front.md", "Just text.\n");
  std::string got = lines(load_blog(dir).diagnostics);
  EXPECT_EQ(got.find("posts/no-title.md:1: error: missing required 'date:'"), std::string::npos)
      << "title, not date, is what is missing: " << got;
  EXPECT_NE(got.find("posts/no-title.md:1: error: missing required 'title:' in the front matter"),
            std::string::npos)
      << got;
  EXPECT_NE(got.find("posts/bad-date.md:3: error: date '2026-02-30' is not a real calendar date"),
            std::string::npos)
      << got;
  EXPECT_NE(got.find("posts/dup-b.md:4: error: slug 'same' is already used by posts/dup-a.md"),
            std::string::npos)
      << got;
  EXPECT_NE(got.find("posts/bad-yaml.md:3: error: the front matter is not valid YAML"),
            std::string::npos)
      << got;
  EXPECT_NE(got.find("posts/no-front.md:1: error:"), std::string::npos) << got;
}

TEST(BlogContentType, TheBundledBlogLoadsCleanly) {
  auto got = load_pack(CRADLE_CONTENT_PACKS "/ababy-blog", bundled_registry());
  ASSERT_FALSE(has_errors(got.diagnostics)) << lines(got.diagnostics);
  ASSERT_EQ(got.pack.items.size(), 7u);
  for (std::size_t i = 1; i < got.pack.items.size(); ++i)
    EXPECT_GE(std::get<std::string>(got.pack.items[i - 1].fields.at("date")),
              std::get<std::string>(got.pack.items[i].fields.at("date")));
}

}  // namespace
}  // namespace cradle
