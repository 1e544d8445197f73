#include <gtest/gtest.h>

#include "cradle/form_response.hpp"
#include "cradle/markdown.hpp"

namespace cradle {
namespace {

Document parse(std::string_view md, Diagnostics& d) {
  return markdown_to_document({md, "post.md", 10}, d);
}

TEST(Markdown, ParagraphsHeadingsAndInlineSpans) {
  Diagnostics d;
  auto doc = parse("# Title\n\nSome *soft* and **bold** `code` text.\n", d);
  ASSERT_EQ(doc.size(), 2u);
  EXPECT_EQ(doc[0].kind, Block::Kind::heading);
  EXPECT_EQ(doc[0].level, 1);
  ASSERT_EQ(doc[1].kind, Block::Kind::paragraph);
  const auto& spans = doc[1].spans;
  ASSERT_EQ(spans.size(), 7u);
  EXPECT_EQ(spans[1].kind, Span::Kind::emphasis);
  EXPECT_EQ(spans[1].children.at(0).text, "soft");
  EXPECT_EQ(spans[3].kind, Span::Kind::strong);
  EXPECT_EQ(spans[5].kind, Span::Kind::code);
  EXPECT_EQ(spans[5].text, "code");
  EXPECT_TRUE(d.empty());
  EXPECT_EQ(plain_text(doc), "Title\nSome soft and bold code text.");
}

TEST(Markdown, RawHtmlNeverReachesTheDocumentAndIsReportedWithItsLine) {
  Diagnostics d;
  auto doc = parse("Hello <b onclick=x>you</b>\n\n<script>alert(1)</script>\n", d);
  ASSERT_EQ(doc.size(), 1u);  // the HTML block is gone
  EXPECT_EQ(plain_text(doc), "Hello you");
  ASSERT_EQ(d.size(), 3u);  // <b ...>, </b>, and the <script> block
  EXPECT_EQ(d[0].line, 10);
  EXPECT_EQ(d[2].line, 12);  // first_line 10 + 2
  EXPECT_EQ(d[2].severity, Severity::warning);
  EXPECT_NE(d[2].message.find("raw HTML"), std::string::npos);
}

TEST(Markdown, ListsQuotesCodeRulesAndLinks) {
  Diagnostics d;
  auto doc =
      parse("3. three\n4. [four](pack:p/four)\n\n> quoted\n\n```cpp\nint x;\n```\n\n---\n", d);
  ASSERT_EQ(doc.size(), 4u);
  EXPECT_EQ(doc[0].kind, Block::Kind::list);
  EXPECT_TRUE(doc[0].ordered);
  EXPECT_EQ(doc[0].start, 3);
  ASSERT_EQ(doc[0].items.size(), 2u);
  const Span& link = doc[0].items[1][0].spans[0];
  EXPECT_EQ(link.kind, Span::Kind::link);
  EXPECT_EQ(link.href, "pack:p/four");
  EXPECT_EQ(link.line, 11);
  EXPECT_EQ(doc[1].kind, Block::Kind::quote);
  EXPECT_EQ(doc[2].kind, Block::Kind::code);
  EXPECT_EQ(doc[2].text, "int x;\n");
  EXPECT_EQ(doc[2].info, "cpp");
  EXPECT_EQ(doc[3].kind, Block::Kind::rule);
}

TEST(Markdown, ImagesBecomeBlocksAndNeedADescription) {
  Diagnostics d;
  auto doc = parse("Before ![a sleeping baby](baby.jpg) after\n\n![](x.png)\n", d);
  ASSERT_EQ(doc.size(), 3u);
  EXPECT_EQ(doc[1].kind, Block::Kind::image);
  EXPECT_EQ(doc[1].info, "baby.jpg");
  EXPECT_EQ(doc[1].text, "a sleeping baby");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_NE(d[0].message.find("no description"), std::string::npos);
}

// Documents shown one after another (an answer's parts) have as plain text
// the trimmed concatenation of each one's untrimmed text, even when a part
// ends in a code block whose text ends in newlines.
TEST(Markdown, PlainTextOfDocumentsJoinedIsTheirUntrimmedTextsJoined) {
  Diagnostics d;
  Document a = parse("# Title\n\nSome *words*.\n\n```\ncode\n\n```\n", d);
  Document b = parse("- one\n- two\n\nLast.\n", d);
  ASSERT_TRUE(d.empty());
  Document both = a;
  both.insert(both.end(), b.begin(), b.end());
  std::string joined;
  append_plain_text(a, joined);
  append_plain_text(b, joined);
  while (!joined.empty() && joined.back() == '\n') joined.pop_back();
  EXPECT_EQ(joined, plain_text(both));
  EXPECT_EQ(plain_text(both), "Title\nSome words.\ncode\n\none\ntwo\nLast.");
}

// An answer's stored part, laid out in its callout, or as it is.
TEST(FormResponse, ShownDocumentIsTheAnswersOwnBlocksThenItsExtras) {
  Diagnostics d;
  Item item;
  item.extras = {parse("Stored one.\n", d), parse("Stored two.\n", d)};
  FormResponse r;
  r.document = parse("Made now.\n", d);
  r.extras = {{1, "notice"}, {0, ""}, {7, "source"}};  // 7: out of range, shows nothing
  Document shown = shown_document(item, r);
  ASSERT_EQ(shown.size(), 3u);
  EXPECT_EQ(plain_text(shown[0].spans), "Made now.");
  EXPECT_EQ(shown[1].kind, Block::Kind::callout);
  EXPECT_EQ(shown[1].info, "notice");
  EXPECT_EQ(plain_text(shown[1].children), "Stored two.");
  EXPECT_EQ(plain_text(shown[2].spans), "Stored one.");
  EXPECT_TRUE(shown_extra(item, {7, "source"}).empty());
}

}  // namespace
}  // namespace cradle
