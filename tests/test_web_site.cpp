// The web frontend's site-wide parts over loopback: gzip and Vary, HTTP/1.0,
// Atom feeds, the sitemap and robots.txt, suggestions, the OpenAPI file,
// paging, and the limits on slow and surplus connections.
#include <gtest/gtest.h>
#include <zlib.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/json/parse.hpp>
#include <thread>

#include "support/http_client.hpp"
#include "support/served_library.hpp"
#include "support/temp_dir.hpp"

namespace cradle {
namespace {
namespace json = boost::json;
namespace net = boost::asio;
using test::http_get;
using test::http_request;
namespace http = boost::beast::http;
using tcp = net::ip::tcp;
using Headers = std::vector<std::pair<std::string, std::string>>;

std::string gunzip(const std::string& packed) {
  z_stream z{};
  EXPECT_EQ(inflateInit2(&z, 15 + 16), Z_OK);
  std::string out(packed.size() * 20 + 1024, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.data()));
  z.avail_in = static_cast<uInt>(packed.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(inflate(&z, Z_FINISH), Z_STREAM_END);
  out.resize(z.total_out);
  inflateEnd(&z);
  return out;
}

// Sends raw bytes on a new connection and reads until the server closes it
// (or `wait` passes); returns what came back.
std::string raw_exchange(unsigned short port, const std::string& request,
                         std::chrono::seconds wait = std::chrono::seconds(10)) {
  net::io_context ioc;
  boost::beast::tcp_stream stream(ioc);
  stream.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), port));
  net::write(stream, net::buffer(request));
  stream.expires_after(wait);
  std::string out;
  boost::beast::error_code ec;
  net::read(stream, net::dynamic_buffer(out), ec);
  return out;
}

// The bundled FAQ and blog.
class WebSiteTest : public ::testing::Test {
 protected:
  test::ServedLibrary served_{
      {CRADLE_CONTENT_PACKS "/ababy-faq", CRADLE_CONTENT_PACKS "/ababy-blog"}};
  unsigned short port_ = served_.port();
};

TEST_F(WebSiteTest, PagesAreGzippedWhenAcceptedWithTheirOwnETag) {
  auto plain = http_get(port_, "/p/ababy-faq/");
  auto packed = http_request(port_, http::verb::get, "/p/ababy-faq/", {},
                             Headers{{"Accept-Encoding", "br, gzip;q=0.8"}});
  ASSERT_EQ(packed.result_int(), 200);
  EXPECT_EQ(packed[http::field::content_encoding], "gzip");
  EXPECT_EQ(packed[http::field::vary], "Accept-Encoding");
  EXPECT_EQ(plain[http::field::vary], "Accept-Encoding");
  EXPECT_TRUE(plain[http::field::content_encoding].empty());
  EXPECT_LT(packed.body().size(), plain.body().size() / 2);
  EXPECT_EQ(gunzip(packed.body()), plain.body());
  EXPECT_NE(packed[http::field::etag], plain[http::field::etag]);

  // Compressed once: the same bytes every time.
  auto again = http_request(port_, http::verb::get, "/p/ababy-faq/", {},
                            Headers{{"Accept-Encoding", "gzip"}});
  EXPECT_EQ(again.body(), packed.body());

  auto refused = http_request(port_, http::verb::get, "/p/ababy-faq/", {},
                              Headers{{"Accept-Encoding", "gzip;q=0, *"}});
  EXPECT_TRUE(refused[http::field::content_encoding].empty());
  EXPECT_EQ(refused.body(), plain.body());
}

TEST_F(WebSiteTest, ATagRevalidatesOnlyTheRepresentationItNames) {
  auto packed = http_request(port_, http::verb::get, "/p/ababy-blog/", {},
                             Headers{{"Accept-Encoding", "gzip"}});
  std::string tag(packed[http::field::etag]);
  auto same = http_request(port_, http::verb::get, "/p/ababy-blog/", {},
                           Headers{{"Accept-Encoding", "gzip"}, {"If-None-Match", tag}});
  EXPECT_EQ(same.result_int(), 304);
  EXPECT_TRUE(same.body().empty());
  EXPECT_EQ(same[http::field::etag], tag);
  EXPECT_EQ(same[http::field::vary], "Accept-Encoding");
  auto other =
      http_request(port_, http::verb::get, "/p/ababy-blog/", {}, Headers{{"If-None-Match", tag}});
  EXPECT_EQ(other.result_int(), 200);
}

TEST_F(WebSiteTest, Http10GetsAnHttp10AnswerAndTheConnectionCloses) {
  std::string answer = raw_exchange(port_, "GET /healthz HTTP/1.0\r\n\r\n");
  EXPECT_TRUE(answer.starts_with("HTTP/1.0 200 OK\r\n")) << answer;
  EXPECT_TRUE(answer.ends_with("\r\n\r\nok\n")) << answer;
  EXPECT_NE(answer.find("\r\nDate: "), std::string::npos);
}

TEST_F(WebSiteTest, ABlogHasAnAtomFeedNewestFirstWithAbsoluteLinks) {
  auto res = http_request(port_, http::verb::get, "/p/ababy-blog/feed.xml", {},
                          Headers{{"Host", "parents.example:8080"}});
  ASSERT_EQ(res.result_int(), 200);
  EXPECT_EQ(res[http::field::content_type], "application/atom+xml; charset=utf-8");
  const std::string& xml = res.body();
  EXPECT_NE(xml.find("<feed xmlns=\"http://www.w3.org/2005/Atom\""), std::string::npos);
  EXPECT_NE(xml.find("href=\"http://parents.example:8080/p/ababy-blog/feed.xml\""),
            std::string::npos);
  EXPECT_NE(xml.find("<title>ABaby&amp;Someone — the blog</title>"), std::string::npos);
  // Entries newest first: every <published> is no later than the one before.
  std::vector<std::string> dates;
  for (auto at = xml.find("<published>"); at != std::string::npos;
       at = xml.find("<published>", at + 1))
    dates.push_back(xml.substr(at + 11, 20));
  ASSERT_EQ(dates.size(), 7u);
  EXPECT_TRUE(std::is_sorted(dates.rbegin(), dates.rend()));
  // The blog's page names its feed; a FAQ has none.
  EXPECT_NE(http_get(port_, "/p/ababy-blog/").body().find("type=\"application/atom+xml\""),
            std::string::npos);
  EXPECT_EQ(http_get(port_, "/p/ababy-faq/feed.xml").result_int(), 404);
}

TEST_F(WebSiteTest, SitemapListsEveryPageAndRobotsNamesIt) {
  auto map = http_request(port_, http::verb::get, "/sitemap.xml", {},
                          Headers{{"Host", "parents.example"}});
  ASSERT_EQ(map.result_int(), 200);
  EXPECT_NE(
      map.body().find("<loc>http://parents.example/p/ababy-faq/what-is-secure-attachment</loc>"),
      std::string::npos)
      << map.body().substr(0, 600);
  EXPECT_NE(map.body().find("<loc>http://parents.example/p/ababy-blog/</loc>"), std::string::npos);
  auto robots =
      http_request(port_, http::verb::get, "/robots.txt", {}, Headers{{"Host", "parents.example"}});
  EXPECT_NE(robots.body().find("Disallow: /api/"), std::string::npos);
  EXPECT_NE(robots.body().find("Sitemap: http://parents.example/sitemap.xml"), std::string::npos);
  // A Host header that is not a plain host cannot write into the answer.
  auto odd =
      http_request(port_, http::verb::get, "/robots.txt", {}, Headers{{"Host", "evil\"<x>"}});
  EXPECT_NE(odd.body().find("Sitemap: http://localhost/sitemap.xml"), std::string::npos);
}

TEST_F(WebSiteTest, SuggestFindsItemsByTheBeginningOfAWord) {
  auto res = http_get(port_, "/api/v1/suggest?q=secure%20attach&limit=3");
  ASSERT_EQ(res.result_int(), 200);
  auto body = json::parse(res.body());
  auto& list = body.at("suggestions").as_array();
  ASSERT_FALSE(list.empty());
  EXPECT_LE(list.size(), 3u);
  EXPECT_TRUE(std::string(list[0].at("url").as_string()).starts_with("/p/"));
  // The whole word search finds nothing for the fragment.
  EXPECT_TRUE(json::parse(http_get(port_, "/api/v1/search?q=attac").body())
                  .at("results")
                  .as_array()
                  .empty());
  auto missing = http_get(port_, "/api/v1/suggest");
  EXPECT_EQ(missing.result_int(), 400);
  EXPECT_EQ(json::parse(missing.body()).at("error").at("code"), "missing_query");
  EXPECT_EQ(http_get(port_, "/api/v1/suggest?q=a&limit=0").result_int(), 400);
}

// Every path the OpenAPI file lists answers, with the methods it lists.
TEST_F(WebSiteTest, TheOpenApiFileDescribesRoutesThatAnswer) {
  auto res = http_get(port_, "/api/v1/openapi.json");
  ASSERT_EQ(res.result_int(), 200);
  auto doc = json::parse(res.body());
  EXPECT_TRUE(std::string(doc.at("openapi").as_string()).starts_with("3."));
  int checked = 0;
  for (const auto& [path, ops] : doc.at("paths").as_object()) {
    std::string target(path);
    auto put = [&](std::string_view name, std::string_view value) {
      auto at = target.find(name);
      if (at != std::string::npos) target.replace(at, name.size(), value);
    };
    put("{pack}", "ababy-faq");
    put("{slug}", "what-is-secure-attachment");
    if (target.ends_with("search") || target.ends_with("suggest")) target += "?q=baby";
    for (const auto& [method, op] : ops.as_object()) {
      auto verb = method == "post" ? http::verb::post : http::verb::get;
      auto answer = http_request(port_, verb, target, "{\"answers\":{}}",
                                 Headers{{"Content-Type", "application/json"}});
      // The FAQ item takes no answers: 404 with the JSON error is its answer.
      if (verb == http::verb::post) {
        EXPECT_EQ(answer.result_int(), 404) << target;
        EXPECT_NO_THROW(json::parse(answer.body()).at("error").at("message"));
      } else {
        EXPECT_EQ(answer.result_int(), 200) << target;
      }
      ++checked;
    }
  }
  EXPECT_EQ(checked, 8);
}

TEST(WebPaging, ALongBlogIsPagedTenAPost) {
  test::TempDir pack;
  pack.write("pack.yaml",
             "id: long-blog\nversion: 1.0.0\ntitle: Long blog\nlanguage: en\napi: 1\n"
             "content:\n  - type: blog\n    source: posts\n");
  for (int i = 1; i <= 12; ++i) {
    char date[16];
    std::snprintf(date, sizeof date, "2026-01-%02d", i);
    pack.write("posts/post-" + std::to_string(i) + ".md",
               "---\ntitle: Post " + std::to_string(i) + "\ndate: " + date +
                   "\n---\n\nWords for post " + std::to_string(i) + ".\n");
  }
  test::ServedLibrary served({pack.path()});
  auto first = http_get(served.port(), "/p/long-blog/");
  ASSERT_EQ(first.result_int(), 200);
  EXPECT_NE(first.body().find(">Post 12<"), std::string::npos);  // newest first
  EXPECT_EQ(first.body().find(">Post 2<"), std::string::npos);
  EXPECT_NE(first.body().find("rel=\"next\" href=\"/p/long-blog/?page=2\""), std::string::npos);
  auto second = http_get(served.port(), "/p/long-blog/?page=2");
  ASSERT_EQ(second.result_int(), 200);
  EXPECT_NE(second.body().find(">Post 1<"), std::string::npos);
  EXPECT_NE(second.body().find("rel=\"prev\" href=\"/p/long-blog/\""), std::string::npos);
  EXPECT_NE(second.body().find("Page 2 of 2"), std::string::npos);
  EXPECT_EQ(http_get(served.port(), "/p/long-blog/?page=3").result_int(), 404);
  EXPECT_EQ(http_get(served.port(), "/p/long-blog/?page=0").result_int(), 400);
}

TEST(WebLimits, ASlowClientIsCutOffAndOthersAreServedMeanwhile) {
  test::ServedLibrary served({CRADLE_CONTENT_PACKS "/ababy-faq"}, std::chrono::milliseconds(50),
                             {"read-timeout=1"});
  auto started = std::chrono::steady_clock::now();
  std::string slow_answer;
  std::thread slow([&] {
    slow_answer = raw_exchange(served.port(), "GET / HTTP/1.1\r\nHost: x\r\n");  // never ends
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  EXPECT_EQ(http_get(served.port(), "/p/ababy-faq/").result_int(), 200);
  slow.join();
  auto waited = std::chrono::steady_clock::now() - started;
  EXPECT_TRUE(slow_answer.empty()) << slow_answer;  // closed, nothing half-answered
  EXPECT_GE(waited, std::chrono::milliseconds(900));
  EXPECT_LT(waited, std::chrono::seconds(8));
}

TEST(WebLimits, ConnectionsPastTheCapAreClosedAtOnce) {
  test::ServedLibrary served({CRADLE_CONTENT_PACKS "/ababy-faq"}, std::chrono::milliseconds(50),
                             {"max-connections=2"});
  net::io_context ioc;
  auto open = [&] {
    auto s = std::make_unique<tcp::socket>(ioc);
    s->connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), served.port()));
    return s;
  };
  auto first = open();
  auto second = open();
  std::this_thread::sleep_for(std::chrono::milliseconds(200));  // both accepted
  auto started = std::chrono::steady_clock::now();
  std::string third = raw_exchange(served.port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_EQ(third, "");
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(5));
  first.reset();
  second.reset();
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  EXPECT_EQ(http_get(served.port(), "/healthz").result_int(), 200);
}

}  // namespace
}  // namespace cradle
