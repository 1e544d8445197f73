// The FAQ content type, loaded through the registry as the CLI loads it.
#include <gtest/gtest.h>

#include "support/packs.hpp"
#include "support/temp_dir.hpp"

namespace cradle {
namespace {
using test::bundled_registry;
using test::lines;

LoadedPack load_faq(const test::TempDir& dir, const std::string& faq_md) {
  dir.write("pack.yaml", test::faq_manifest("t"));
  dir.write("faq.md", faq_md);
  return load_pack(dir.path(), bundled_registry());
}

TEST(FaqContentType, OneItemPerQuestionInFileOrder) {
  LoadedPack got = load_pack(CRADLE_TEST_PACKS "/tiny-faq", bundled_registry());
  ASSERT_FALSE(has_errors(got.diagnostics)) << lines(got.diagnostics);
  const auto& items = got.pack.items;
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].slug, "what-is-a-cradle");
  EXPECT_EQ(items[0].title, "What is a cradle?");
  EXPECT_EQ(items[1].slug, "why-rock");  // from {#why-rock}
  EXPECT_EQ(items[1].title, "Why do cradles rock?");
  EXPECT_EQ(items[2].slug, "where-can-i-read-more");
  for (std::size_t i = 0; i < items.size(); ++i) {
    EXPECT_EQ(items[i].type, "faq");
    EXPECT_EQ(items[i].pack, "tiny-faq");
    EXPECT_EQ(std::get<std::int64_t>(items[i].fields.at("position")), std::int64_t(i + 1));
  }
  // The answer is the Markdown below the question, and only that.
  EXPECT_EQ(items[0].text,
            "A small bed for a baby, often one that rocks.\nIt is also where something begins. "
            "See the next question.");
  EXPECT_EQ(items[0].summary, "A small bed for a baby, often one that rocks.");
  // Raw HTML is dropped, with a warning at its line in faq.md.
  EXPECT_EQ(items[1].text, "Gentle motion soothes. alert(1) Babies like it.");
  EXPECT_EQ(lines(got.diagnostics),
            "faq.md:9: warning: raw HTML '<script>' is not shown; write it in Markdown instead\n"
            "faq.md:9: warning: raw HTML '</script>' is not shown; write it in Markdown instead\n"
            "faq.md:11: warning: raw HTML is not shown; write it in Markdown instead\n");
}

TEST(FaqContentType, TextBeforeTheFirstQuestionIsAnErrorAtItsLine) {
  test::TempDir dir;
  auto got = load_faq(dir, "\nWelcome to our FAQ.\n\n## Q?\n\nA.\n");
  EXPECT_EQ(lines(got.diagnostics),
            "faq.md:2: error: text before the first question: start each question with '## '\n");
}

TEST(FaqContentType, AQuestionWithoutAnAnswerIsAnError) {
  test::TempDir dir;
  auto got = load_faq(dir, "## First?\n\nYes.\n\n## Second?\n\n\n## Third?\nNo.\n");
  EXPECT_EQ(lines(got.diagnostics), "faq.md:5: error: question 'Second?' has no answer below it\n");
}

TEST(FaqContentType, DuplicateSlugsNameBothLines) {
  test::TempDir dir;
  auto got = load_faq(dir, "## Why?\n\nBecause.\n\n## Why??\n\nAgain.\n");
  EXPECT_EQ(lines(got.diagnostics),
            "faq.md:5: error: slug 'why' is already used by the question on line 1: add a "
            "distinct {#slug}\n");
}

TEST(FaqContentType, AnEmptyFileHasNoQuestions) {
  test::TempDir dir;
  auto got = load_faq(dir, "\n\n");
  ASSERT_EQ(got.diagnostics.size(), 1u);
  EXPECT_EQ(got.diagnostics[0].file, "faq.md");
  EXPECT_NE(got.diagnostics[0].message.find("no questions found"), std::string::npos);
}

TEST(FaqContentType, HeadingsInsideCodeAreNotQuestions) {
  test::TempDir dir;
  auto got = load_faq(dir, "## How do I write a question?\n\n```\n## Like this\n```\n");
  ASSERT_FALSE(has_errors(got.diagnostics)) << lines(got.diagnostics);
  ASSERT_EQ(got.pack.items.size(), 1u);
  EXPECT_EQ(got.pack.items[0].body.at(0).text, "## Like this\n");
}

TEST(FaqContentType, TheBundledFaqHasEveryQuestionWithItsOwnAnswer) {
  LoadedPack got = load_pack(CRADLE_CONTENT_PACKS "/ababy-faq", bundled_registry());
  ASSERT_FALSE(has_errors(got.diagnostics)) << lines(got.diagnostics);
  const auto& items = got.pack.items;
  ASSERT_EQ(items.size(), 15u);
  // A few pairings the seed had out of order: each answer starts as the
  // author wrote it.
  auto starts = [&](std::size_t i, std::string_view slug, std::string_view text) {
    EXPECT_EQ(items[i].slug, slug);
    EXPECT_TRUE(items[i].text.starts_with(text)) << slug << ": " << items[i].text.substr(0, 80);
  };
  starts(3, "more-detail", "Yes of course!");
  starts(4, "are-most-babies-secure", "Well actually, no.");
  starts(5, "isnt-love-enough", "That's certainly a great start");
  starts(6, "the-figures", "Around 50-60% of babies");
  starts(7, "the-remaining-40-percent", "At this point, I'd recommend");
  starts(8, "is-that-as-bad-as-it-gets", "Unfortunately no.");
  starts(9, "how-common-is-disorganisation", "Long term collection of data");
  starts(11, "insecure-attachment-in-adults", "As a clinician");
  // The numbered list stays a list of nine.
  const Block* list = nullptr;
  for (const auto& b : items[3].body)
    if (b.kind == Block::Kind::list) list = &b;
  ASSERT_NE(list, nullptr);
  EXPECT_TRUE(list->ordered);
  EXPECT_EQ(list->items.size(), 9u);
}

}  // namespace
}  // namespace cradle
