// The web frontend, loaded as the `cradle` command loads it and answering on
// a real loopback socket.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <csignal>
#include <thread>

#include "cradle/catalog.hpp"
#include "support/http_client.hpp"
#include "support/packs.hpp"
#include "support/served_library.hpp"

namespace cradle {
namespace {
namespace json = boost::json;
using test::http_get;
using test::http_request;
namespace http = boost::beast::http;

// The tiny FAQ and the bundled ABaby FAQ, served on a free port.
class WebTest : public ::testing::Test {
 protected:
  static json::value body_json(const test::Response& res) { return json::parse(res.body()); }

  test::ServedLibrary served_{{CRADLE_TEST_PACKS "/tiny-faq", CRADLE_CONTENT_PACKS "/ababy-faq"}};
  unsigned short port_ = served_.port();
};

TEST_F(WebTest, HomeListsTheInstalledPacks) {
  auto res = http_get(port_, "/");
  EXPECT_EQ(res.result(), http::status::ok);
  EXPECT_EQ(res[http::field::content_type], "text/html; charset=utf-8");
  EXPECT_NE(res.body().find("<a href=\"/p/tiny-faq/\">A tiny FAQ</a>"), std::string::npos);
  EXPECT_NE(res.body().find("href=\"/p/ababy-faq/\""), std::string::npos);
  EXPECT_NE(res.body().find("<html lang=\"en\">"), std::string::npos);
  // Security headers on every response.
  EXPECT_NE(res["Content-Security-Policy"].find("default-src 'self'"), std::string::npos);
  EXPECT_EQ(res["X-Content-Type-Options"], "nosniff");
}

TEST_F(WebTest, AFaqPackPageShowsEveryQuestionAsDetails) {
  auto res = http_get(port_, "/p/tiny-faq/");
  ASSERT_EQ(res.result(), http::status::ok);
  const auto& b = res.body();
  EXPECT_NE(b.find("<html lang=\"en-GB\">"), std::string::npos);
  EXPECT_NE(b.find("<details id=\"what-is-a-cradle\">\n<summary>What is a cradle?</summary>"),
            std::string::npos);
  EXPECT_NE(b.find("<details id=\"why-rock\">"), std::string::npos);
  EXPECT_NE(b.find("<em>baby</em>"), std::string::npos);
  EXPECT_NE(b.find("<a href=\"/p/tiny-faq/why-rock\">the next question</a>"), std::string::npos);
  EXPECT_NE(b.find("<a href=\"https://example.org/cradles\" rel=\"noopener noreferrer\""),
            std::string::npos);
  // Pack HTML never reaches the page: the one script element is the JSON-LD.
  EXPECT_EQ(b.find("<script>"), std::string::npos);
  EXPECT_EQ(b.find("<script", b.find("<script") + 1), std::string::npos);
  EXPECT_EQ(b.find("<div>raw"), std::string::npos);

  auto ababy = http_get(port_, "/p/ababy-faq/");
  ASSERT_EQ(ababy.result(), http::status::ok);
  EXPECT_NE(ababy.body().find("<html lang=\"en-AU\">"), std::string::npos);
  // A link into a pack that is not installed is shown as text, not a dead link.
  EXPECT_NE(ababy.body().find("class=\"link-missing\""), std::string::npos);
}

TEST_F(WebTest, AnItemPageHasOneHeadingLevelOneAndTheAnswer) {
  auto res = http_get(port_, "/p/tiny-faq/why-rock");
  ASSERT_EQ(res.result(), http::status::ok);
  const auto& b = res.body();
  EXPECT_NE(b.find("<h1>Why do cradles rock?</h1>"), std::string::npos);
  EXPECT_EQ(b.find("<h1>", b.find("<h1>") + 1), std::string::npos);
  EXPECT_NE(b.find("<p>Gentle motion soothes. alert(1) Babies like it.</p>"), std::string::npos)
      << b;
}

TEST_F(WebTest, PackWithoutSlashRedirects) {
  auto res = http_get(port_, "/p/tiny-faq");
  EXPECT_EQ(res.result(), http::status::moved_permanently);
  EXPECT_EQ(res[http::field::location], "/p/tiny-faq/");
}

TEST_F(WebTest, ApiListsPacksAndItemsInPackOrder) {
  auto packs = http_get(port_, "/api/v1/packs");
  ASSERT_EQ(packs.result(), http::status::ok);
  EXPECT_EQ(packs[http::field::content_type], "application/json");
  auto pv = body_json(packs).at("packs").as_array();
  ASSERT_EQ(pv.size(), 2u);

  auto items = http_get(port_, "/api/v1/packs/tiny-faq/items");
  ASSERT_EQ(items.result(), http::status::ok);
  auto list = body_json(items).at("items").as_array();
  ASSERT_EQ(list.size(), 3u);
  EXPECT_EQ(list[0].as_object(),
            (json::object{{"slug", "what-is-a-cradle"},
                          {"type", "faq"},
                          {"title", "What is a cradle?"},
                          {"summary", "A small bed for a baby, often one that rocks."}}));
  EXPECT_EQ(list[1].at("slug"), "why-rock");
  EXPECT_EQ(list[2].at("slug"), "where-can-i-read-more");
}

TEST_F(WebTest, ApiItemHasBlocksFieldsAndText) {
  auto res = http_get(port_, "/api/v1/packs/tiny-faq/items/where-can-i-read-more");
  ASSERT_EQ(res.result(), http::status::ok);
  auto item = body_json(res).as_object();
  EXPECT_EQ(item.at("slug"), "where-can-i-read-more");
  EXPECT_EQ(item.at("type"), "faq");
  EXPECT_EQ(item.at("title"), "Where can I read more?");
  EXPECT_EQ(item.at("fields").at("position"), 3);
  auto blocks = item.at("blocks").as_array();
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].at("type"), "list");
  EXPECT_EQ(blocks[0].at("ordered"), true);
  auto link = blocks[0].at("items").at(0).at(0).at("spans").at(1);
  EXPECT_EQ(link.at("type"), "link");
  EXPECT_EQ(link.at("href"), "pack:tiny-faq/what-is-a-cradle");
  EXPECT_EQ(item.at("text"), "In the FAQ's first answer.\nOn the web.");
}

TEST_F(WebTest, UnknownThingsAre404WithAPageOrJsonError) {
  auto page = http_get(port_, "/p/tiny-faq/no-such-question");
  EXPECT_EQ(page.result(), http::status::not_found);
  EXPECT_NE(page.body().find("<h1>Page not found</h1>"), std::string::npos);
  EXPECT_EQ(http_get(port_, "/nowhere").result(), http::status::not_found);
  EXPECT_EQ(http_get(port_, "/p/no-pack/").result(), http::status::not_found);

  auto api = http_get(port_, "/api/v1/packs/no-pack/items");
  EXPECT_EQ(api.result(), http::status::not_found);
  EXPECT_EQ(api[http::field::content_type], "application/json");
  EXPECT_EQ(body_json(api).at("error").at("code"), "not_found");
  EXPECT_EQ(body_json(api).at("error").at("message"), "no pack 'no-pack' is installed");
}

TEST_F(WebTest, OtherMethodsAre405WithAllow) {
  auto res = http_request(port_, http::verb::post, "/p/tiny-faq/", "x=1");
  EXPECT_EQ(res.result(), http::status::method_not_allowed);
  EXPECT_EQ(res[http::field::allow], "GET, HEAD");
  auto api = http_request(port_, http::verb::delete_, "/api/v1/packs/tiny-faq");
  EXPECT_EQ(api.result(), http::status::method_not_allowed);
  EXPECT_EQ(body_json(api).at("error").at("code"), "method_not_allowed");
}

TEST_F(WebTest, HeadHasTheHeadersOfGetAndNoBody) {
  auto get = http_get(port_, "/p/tiny-faq/");
  auto head = http_request(port_, http::verb::head, "/p/tiny-faq/");
  EXPECT_EQ(head.result(), http::status::ok);
  EXPECT_EQ(head[http::field::content_length], get[http::field::content_length]);
  EXPECT_TRUE(head.body().empty());
}

TEST_F(WebTest, TargetsThatTryToEscapeAreRefused) {
  EXPECT_EQ(http_get(port_, "/p/tiny-faq/..%2F..%2Fetc").result(), http::status::bad_request);
  EXPECT_EQ(http_get(port_, "/p/../tiny-faq/").result(), http::status::bad_request);
  EXPECT_EQ(http_get(port_, "/p/tiny-faq/a%00b").result(), http::status::bad_request);
  EXPECT_EQ(http_get(port_, "/p/%74iny-faq/").result(), http::status::ok);  // plain decoding works
}

TEST_F(WebTest, HealthzAndStylesheet) {
  auto h = http_get(port_, "/healthz");
  EXPECT_EQ(h.result(), http::status::ok);
  EXPECT_EQ(h.body(), "ok\n");
  // The page names the stylesheet by a fingerprint of its bytes.
  std::string home = http_get(port_, "/").body();
  auto at = home.find("href=\"/assets/cradle-");
  ASSERT_NE(at, std::string::npos);
  std::string url = home.substr(at + 6, home.find('"', at + 6) - at - 6);
  EXPECT_EQ(url.size(), std::string("/assets/cradle-0123456789ab.css").size()) << url;
  auto css = http_get(port_, url);
  EXPECT_EQ(css.result(), http::status::ok);
  EXPECT_EQ(css[http::field::cache_control], "public, max-age=31536000, immutable");
  EXPECT_EQ(http_get(port_, "/assets/cradle.css").result(), http::status::not_found);
  EXPECT_EQ(css[http::field::content_type], "text/css; charset=utf-8");
  EXPECT_NE(css.body().find("prefers-color-scheme: dark"), std::string::npos);
}

TEST_F(WebTest, OversizedHeadersGet431AndTheServerGoesOn) {
  auto res = http_request(port_, http::verb::get, "/", {}, {{"X-Big", std::string(10000, 'a')}});
  EXPECT_EQ(res.result(), http::status::request_header_fields_too_large);
  EXPECT_EQ(http_get(port_, "/healthz").result(), http::status::ok);
}

TEST_F(WebTest, APackInstalledWhileServingAppearsWithoutARestart) {
  EXPECT_EQ(http_get(port_, "/p/late/").result(), http::status::not_found);
  test::TempDir pack;
  pack.write("pack.yaml", test::faq_manifest("late"));
  pack.write("faq.md", "## Late?\n\nBetter than never.\n");
  auto loaded = load_pack(pack.path(), test::bundled_registry());
  ASSERT_FALSE(has_errors(loaded.diagnostics));
  ASSERT_TRUE(Catalog::open(served_.data_dir()).value()->install({loaded.pack}));
  for (int i = 0; i < 100 && http_get(port_, "/p/late/").result() != http::status::ok; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_EQ(http_get(port_, "/p/late/").result(), http::status::ok);
}

TEST_F(WebTest, SearchPageGroupsHitsByPackAndMarksTheMatches) {
  auto res = http_get(port_, "/search?q=gentle+motion");
  ASSERT_EQ(res.result(), http::status::ok);
  const auto& b = res.body();
  EXPECT_NE(b.find("<h2>A tiny FAQ</h2>"), std::string::npos) << b;
  EXPECT_NE(b.find("<a href=\"/p/tiny-faq/why-rock\">Why do cradles rock?</a>"), std::string::npos);
  EXPECT_NE(b.find("<mark>Gentle</mark> <mark>motion</mark>"), std::string::npos) << b;

  auto hostile = http_get(port_, "/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
  EXPECT_EQ(hostile.result(), http::status::ok);
  EXPECT_EQ(hostile.body().find("<script>"), std::string::npos);
  EXPECT_NE(hostile.body().find("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\""),
            std::string::npos);
  EXPECT_NE(http_get(port_, "/search?q=nothingmatchesthis").body().find("Nothing matched"),
            std::string::npos);
}

TEST_F(WebTest, SearchApiReturnsRankedHitsWithMatchOffsets) {
  auto res = http_get(port_, "/api/v1/search?q=motion&limit=5&pack=tiny-faq");
  ASSERT_EQ(res.result(), http::status::ok);
  auto results = body_json(res).at("results").as_array();
  ASSERT_EQ(results.size(), 1u);
  EXPECT_EQ(results[0].at("slug"), "why-rock");
  std::string snippet(results[0].at("snippet").as_string());
  auto match = results[0].at("matches").at(0).as_array();
  EXPECT_EQ(snippet.substr(match[0].to_number<std::size_t>(), match[1].to_number<std::size_t>()),
            "motion");

  EXPECT_EQ(http_get(port_, "/api/v1/search").result(), http::status::bad_request);
  EXPECT_EQ(http_get(port_, "/api/v1/search?q=a&limit=0").result(), http::status::bad_request);
  EXPECT_EQ(http_get(port_, "/api/v1/search?q=a&pack=nope").result(), http::status::not_found);
}

TEST_F(WebTest, StrongETagsAnswerRevalidationWith304) {
  auto first = http_get(port_, "/p/tiny-faq/");
  ASSERT_EQ(first.result(), http::status::ok);
  std::string etag(first[http::field::etag]);
  ASSERT_EQ(etag.size(), 34u) << etag;  // "" around 32 hex digits
  EXPECT_EQ(first[http::field::cache_control], "no-cache");
  EXPECT_FALSE(first[http::field::date].empty());
  EXPECT_EQ(http_get(port_, "/p/tiny-faq/")[http::field::etag], etag);  // same bytes, same tag

  auto again = http_request(port_, http::verb::get, "/p/tiny-faq/", {},
                            {{"If-None-Match", "\"other\", " + etag}});
  EXPECT_EQ(again.result(), http::status::not_modified);
  EXPECT_TRUE(again.body().empty());
  EXPECT_EQ(again[http::field::etag], etag);

  auto stale =
      http_request(port_, http::verb::get, "/p/tiny-faq/", {}, {{"If-None-Match", "\"0123\""}});
  EXPECT_EQ(stale.result(), http::status::ok);
  EXPECT_EQ(http_get(port_, "/p/tiny-faq/why-rock")[http::field::etag].size(), 34u);
  EXPECT_NE(http_get(port_, "/p/tiny-faq/why-rock")[http::field::etag], etag);
  EXPECT_TRUE(http_get(port_, "/nowhere")[http::field::etag].empty());  // errors carry none
}

TEST_F(WebTest, OneAccessLogLinePerRequest) {
  http_get(port_, "/healthz?probe=1");
  bool found = false;
  for (int i = 0; i < 100 && !found; ++i) {
    for (const auto& line : served_.log())
      found = found || line.starts_with("127.0.0.1 \"GET /healthz?probe=1 HTTP/1.1\" 200 3 ");
    if (!found) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  EXPECT_TRUE(found);
}

TEST(WebReload, SighupReloadsTheLibraryAtOnce) {
  // Polling is slowed to an hour: only SIGHUP can bring the new pack in.
  test::ServedLibrary served({CRADLE_TEST_PACKS "/tiny-faq"}, std::chrono::hours(1));
  test::TempDir pack;
  pack.write("pack.yaml", test::faq_manifest("late"));
  pack.write("faq.md", "## Late?\n\nBetter than never.\n");
  auto loaded = load_pack(pack.path(), test::bundled_registry());
  ASSERT_TRUE(Catalog::open(served.data_dir()).value()->install({loaded.pack}));
  EXPECT_EQ(http_get(served.port(), "/p/late/").result(), http::status::not_found);
  std::raise(SIGHUP);
  for (int i = 0; i < 100 && http_get(served.port(), "/p/late/").result() != http::status::ok; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  EXPECT_EQ(http_get(served.port(), "/p/late/").result(), http::status::ok);
}

TEST_F(WebTest, FaqPagesCarrySchemaOrgDataAndOpenGraphTags) {
  auto b = http_get(port_, "/p/tiny-faq/").body();
  auto at = b.find("<script type=\"application/ld+json\">");
  ASSERT_NE(at, std::string::npos);
  at += std::string("<script type=\"application/ld+json\">").size();
  auto data = json::parse(b.substr(at, b.find("</script>", at) - at));
  EXPECT_EQ(data.at("@type"), "FAQPage");
  EXPECT_EQ(data.at("mainEntity").as_array().size(), 3u);
  EXPECT_EQ(data.at("mainEntity").at(1).at("name"), "Why do cradles rock?");
  EXPECT_EQ(data.at("mainEntity").at(1).at("acceptedAnswer").at("text"),
            "Gentle motion soothes. alert(1) Babies like it.");
  EXPECT_NE(b.find("<meta property=\"og:title\" content=\"A tiny FAQ\">"), std::string::npos);
}

TEST_F(WebTest, AnUpgradedPackReplacesCachedPagesAtOnce) {
  auto before = http_get(port_, "/p/tiny-faq/why-rock");
  ASSERT_EQ(http_get(port_, "/p/tiny-faq/why-rock").body(), before.body());  // now cached
  test::TempDir pack;
  pack.write("pack.yaml", test::faq_manifest("tiny-faq", "2.0.0"));
  pack.write("faq.md", "## Why do cradles rock? {#why-rock}\n\nBecause babies love it.\n");
  auto loaded = load_pack(pack.path(), test::bundled_registry());
  ASSERT_FALSE(has_errors(loaded.diagnostics)) << test::lines(loaded.diagnostics);
  ASSERT_TRUE(Catalog::open(served_.data_dir()).value()->install({loaded.pack}));
  std::string body;
  for (int i = 0; i < 100; ++i) {
    body = http_get(port_, "/p/tiny-faq/why-rock").body();
    if (body.find("Because babies love it.") != std::string::npos) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  EXPECT_NE(body.find("Because babies love it."), std::string::npos);
  EXPECT_NE(http_get(port_, "/p/tiny-faq/why-rock")[http::field::etag], before[http::field::etag]);
}

}  // namespace
}  // namespace cradle
