// What the fuzz targets in tests/fuzz found, each kept as a test against the
// real server on loopback (docs/FUZZING.md lists the findings).
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "support/http_client.hpp"
#include "support/served_library.hpp"

namespace cradle {
namespace {
namespace http = boost::beast::http;
using test::http_get;
using test::http_request;

// fuzz_http: bytes that are not UTF-8, percent-encoded in an address or a
// form, were echoed into the answer, so a search for %FF gave JSON no client
// can parse. They are refused with 400 now, and the API says so in JSON.
TEST(FuzzFindings, BytesThatAreNotUtf8AreRefusedNotEchoed) {
  test::ServedLibrary served(
      {CRADLE_CONTENT_PACKS "/ababy-faq", CRADLE_CONTENT_PACKS "/ababy-attachment-quiz"});
  const unsigned short port = served.port();

  auto api = http_get(port, "/api/v1/search?q=%FFsecure");
  EXPECT_EQ(api.result(), http::status::bad_request);
  boost::system::error_code ec;
  auto body = boost::json::parse(api.body(), ec);
  ASSERT_FALSE(ec) << api.body();
  EXPECT_EQ(body.at("error").at("code").as_string(), "bad_target");

  EXPECT_EQ(http_get(port, "/search?q=%C3%28").result(), http::status::bad_request);
  EXPECT_EQ(http_get(port, "/api/v1/packs/%FF").result(), http::status::bad_request);
  EXPECT_EQ(http_get(port, "/p/ababy-faq/%ED%A0%80").result(), http::status::bad_request);

  auto form =
      http_request(port, http::verb::post, "/p/ababy-attachment-quiz/adult-attachment-quiz/answers",
                   "anx01=3&%FF=2", {{"Content-Type", "application/x-www-form-urlencoded"}});
  EXPECT_EQ(form.result(), http::status::bad_request);
  EXPECT_NE(form.body().find("the form data is not UTF-8"), std::string::npos);
  EXPECT_EQ(form.body().find('\xFF'), std::string::npos);

  // Text in UTF-8, percent-encoded or not, is searched as before.
  EXPECT_EQ(http_get(port, "/api/v1/search?q=b%C3%A9b%C3%A9").result(), http::status::ok);
  EXPECT_EQ(http_get(port, "/search?q=secure").result(), http::status::ok);
}

}  // namespace
}  // namespace cradle
