// The web frontend with all three bundled packs: blog pages, links between
// packs, and the quiz answered as a form (no JavaScript) and through the API.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <set>

#include "cradle/catalog_host.hpp"
#include "cradle/json.hpp"
#include "cradle/markdown.hpp"
#include "support/http_client.hpp"
#include "support/served_library.hpp"

namespace cradle {
namespace {
namespace json = boost::json;
namespace http = boost::beast::http;
using test::http_get;
using test::http_request;

constexpr const char* kQuiz = "/p/ababy-attachment-quiz/adult-attachment-quiz";
constexpr const char* kQuizApi =
    "/api/v1/packs/ababy-attachment-quiz/items/adult-attachment-quiz/responses";

std::string all_answers_form(int value, int skip = 0) {
  std::string body;
  for (int i = 1; i <= 10; ++i) {
    char id[8];
    for (const char* scale : {"anx", "avo"}) {
      std::snprintf(id, sizeof id, "%s%02d", scale, i);
      if (i <= skip && std::string(scale) == "anx") continue;
      body += (body.empty() ? "" : "&") + std::string(id) + "=" + std::to_string(value);
    }
  }
  return body;
}

json::object all_answers_json(int value) {
  json::object answers;
  for (int i = 1; i <= 10; ++i) {
    char id[8];
    for (const char* scale : {"anx", "avo"}) {
      std::snprintf(id, sizeof id, "%s%02d", scale, i);
      answers[id] = value;
    }
  }
  return json::object{{"answers", answers}};
}

class WebFormsTest : public ::testing::Test {
 protected:
  test::Response post_form(const std::string& target, const std::string& body,
                           const char* type = "application/x-www-form-urlencoded") {
    return http_request(port_, http::verb::post, target, body, {{"Content-Type", type}});
  }
  test::Response post_json(const std::string& body, const char* type = "application/json") {
    return http_request(port_, http::verb::post, kQuizApi, body, {{"Content-Type", type}});
  }

  test::ServedLibrary served_{{CRADLE_CONTENT_PACKS "/ababy-faq",
                               CRADLE_CONTENT_PACKS "/ababy-blog",
                               CRADLE_CONTENT_PACKS "/ababy-attachment-quiz"}};
  unsigned short port_ = served_.port();
};

TEST_F(WebFormsTest, TheBlogListsPostsNewestFirstWithTheirFacts) {
  auto res = http_get(port_, "/p/ababy-blog/");
  ASSERT_EQ(res.result(), http::status::ok);
  const auto& b = res.body();
  auto newest = b.find("/p/ababy-blog/circle-of-security");
  auto oldest = b.find("/p/ababy-blog/attachment-theory-overview");
  ASSERT_NE(newest, std::string::npos);
  ASSERT_NE(oldest, std::string::npos);
  EXPECT_LT(newest, oldest);
  EXPECT_NE(b.find("<time datetime=\"2026-10-06\">6 October 2026</time>"), std::string::npos);
  EXPECT_NE(b.find("min read"), std::string::npos);
}

TEST_F(WebFormsTest, APostLinksItsTagsAndATagPageListsItsPosts) {
  auto post = http_get(port_, "/p/ababy-blog/anxious-attachment");
  ASSERT_EQ(post.result(), http::status::ok);
  EXPECT_NE(post.body().find("<a href=\"/p/ababy-blog/tags/adult-attachment\">"),
            std::string::npos);
  // Links into the other packs are live now that they are installed.
  EXPECT_NE(post.body().find("href=\"/p/ababy-attachment-quiz/adult-attachment-quiz\""),
            std::string::npos);
  EXPECT_EQ(post.body().find("link-missing"), std::string::npos);

  auto tag = http_get(port_, "/p/ababy-blog/tags/adult-attachment");
  ASSERT_EQ(tag.result(), http::status::ok);
  EXPECT_NE(tag.body().find("/p/ababy-blog/anxious-attachment"), std::string::npos);
  EXPECT_EQ(tag.body().find("/p/ababy-blog/the-strange-situation\""), std::string::npos);
  EXPECT_EQ(http_get(port_, "/p/ababy-blog/tags/no-such-tag").result(), http::status::not_found);
}

TEST_F(WebFormsTest, EveryInTheBlogLinkOfTheFaqLeadsToAPost) {
  auto faq = http_get(port_, "/p/ababy-faq/");
  ASSERT_EQ(faq.result(), http::status::ok);
  EXPECT_EQ(faq.body().find("link-missing"), std::string::npos);
  for (const char* slug :
       {"minnesota-longitudinal-study", "circle-of-security", "the-strange-situation",
        "attachment-theory-overview", "disorganised-attachment", "anxious-attachment",
        "avoidant-attachment"}) {
    std::string url = std::string("/p/ababy-blog/") + slug;
    EXPECT_NE(faq.body().find("href=\"" + url + "\""), std::string::npos) << slug;
    EXPECT_EQ(http_get(port_, url).result(), http::status::ok) << slug;
  }
}

TEST_F(WebFormsTest, TheQuizPageIsAFormThatWorksWithoutJavaScript) {
  auto res = http_get(port_, kQuiz);
  ASSERT_EQ(res.result(), http::status::ok);
  const auto& b = res.body();
  EXPECT_NE(
      b.find("<form class=\"quiz\" method=\"post\" action=\"" + std::string(kQuiz) + "/answers\">"),
      std::string::npos);
  EXPECT_EQ(b.find("<script"), std::string::npos);
  std::size_t fieldsets = 0;
  for (auto at = b.find("<fieldset"); at != std::string::npos; at = b.find("<fieldset", at + 1))
    ++fieldsets;
  EXPECT_EQ(fieldsets, 20u);
  EXPECT_NE(b.find("<input type=\"radio\" name=\"anx01\" value=\"7\">"), std::string::npos);
  EXPECT_NE(b.find("not a diagnosis"), std::string::npos);  // the notice, before the quiz
}

TEST_F(WebFormsTest, AnsweringTheFormShowsScoresResultPictureAndNotice) {
  auto res = post_form(std::string(kQuiz) + "/answers", all_answers_form(4));
  ASSERT_EQ(res.result(), http::status::ok) << res.body();
  EXPECT_EQ(res[http::field::cache_control], "no-store");
  const auto& b = res.body();
  EXPECT_NE(b.find("<span class=\"score-value\">4.0</span> <span class=\"score-range\">on a "
                   "scale from 1 to 7</span>"),
            std::string::npos)
      << b;
  EXPECT_NE(b.find("<svg viewBox=\"0 0 360 370\" role=\"img\""), std::string::npos);
  EXPECT_NE(b.find("<circle class=\"plane-you\" cx=\"200.0\" cy=\"160.0\""), std::string::npos);
  EXPECT_NE(b.find("<desc id=\"plane-desc\">"), std::string::npos);
  EXPECT_NE(b.find("not a diagnosis"), std::string::npos);  // the notice, after the quiz
  EXPECT_NE(b.find("Your answers were not kept"), std::string::npos);
}

TEST_F(WebFormsTest, TooManySkippedQuestionsShowTheFormAgainWithTheAnswersKept) {
  auto res = post_form(std::string(kQuiz) + "/answers", all_answers_form(6, /*skip=*/3));
  ASSERT_EQ(res.result(), http::status::unprocessable_entity);
  const auto& b = res.body();
  EXPECT_NE(b.find("class=\"problems\" role=\"alert\""), std::string::npos);
  EXPECT_NE(b.find("<input type=\"radio\" name=\"avo01\" value=\"6\" checked>"), std::string::npos);
  EXPECT_EQ(post_form(std::string(kQuiz) + "/answers", "anx01=4", "text/plain").result(),
            http::status::unsupported_media_type);
}

TEST_F(WebFormsTest, TheApiScoresAnswersAndKeepsNothing) {
  auto res = post_json(json::serialize(all_answers_json(4)));
  ASSERT_EQ(res.result(), http::status::ok) << res.body();
  auto v = json::parse(res.body());
  auto outcome = v.at("blocks").at(0);
  EXPECT_EQ(outcome.at("type"), "outcome");
  EXPECT_EQ(outcome.at("scales").at(0).at("score").to_number<double>(), 4.0);
  EXPECT_EQ(outcome.at("scales").at(1).at("score").to_number<double>(), 4.0);
  EXPECT_FALSE(outcome.at("result").at("id").as_string().empty());
  EXPECT_EQ(outcome.at("plot").at("x"), "avoidance");
}

// The API sends the stored parts of an answer (the result's text, the source,
// the notice) from bytes made once per snapshot, joined to what it makes for
// each answer. Joined, they must be exactly the whole answer serialized in
// one piece, on the first answer and on later ones, for every result.
TEST_F(WebFormsTest, TheApiAnswerIsTheWholeResultAsOneDocument) {
  auto library = served_.host().library();
  const Item* quiz = library->find_item("ababy-attachment-quiz", "adult-attachment-quiz");
  ASSERT_NE(quiz, nullptr);
  std::set<std::string> results;
  // Every anxiety item `anx`, every avoidance item `avo`: with the reverse
  // keyed items, one answer pair a quadrant; each pair twice.
  for (auto [anx, avo] : {std::pair{1, 1}, {7, 7}, {7, 1}, {1, 7}, {1, 1}, {7, 1}}) {
    json::object sent = all_answers_json(anx);
    for (auto& [id, v] : sent.at("answers").as_object())
      if (id.starts_with("avo")) v = avo;
    Answers answers;
    for (const auto& [id, v] : sent.at("answers").as_object())
      answers[std::string(id)] = static_cast<int>(v.as_int64());
    FormResponse r = served_.host().respond(*quiz, answers);
    ASSERT_TRUE(r.problems.empty());
    Document shown = shown_document(*quiz, r);
    json::object whole{{"pack", "ababy-attachment-quiz"},
                       {"slug", "adult-attachment-quiz"},
                       {"blocks", to_json(shown)},
                       {"text", plain_text(shown)}};

    auto res = post_json(json::serialize(sent));
    ASSERT_EQ(res.result(), http::status::ok) << res.body();
    EXPECT_EQ(res.body(), json::serialize(whole) + "\n") << "answers " << anx << ", " << avo;
    EXPECT_NE(res.body().find(R"("type":"callout","tone":"notice")"), std::string::npos);
    results.insert(
        std::string(json::parse(res.body()).at("blocks").at(0).at("result").at("id").as_string()));
  }
  EXPECT_EQ(results.size(), 4u);  // four results, each with its own text
}

TEST_F(WebFormsTest, TheApiNamesTheAnswersAtFault) {
  auto body = all_answers_json(4);
  body["answers"].as_object()["nope"] = 3;
  body["answers"].as_object()["anx02"] = 9;
  auto res = post_json(json::serialize(body));
  ASSERT_EQ(res.result(), http::status::unprocessable_entity) << res.body();
  auto items = json::parse(res.body()).at("error").at("items").as_array();
  std::string all = json::serialize(items);
  EXPECT_NE(all.find("\"item\":\"nope\""), std::string::npos) << all;
  EXPECT_NE(all.find("\"item\":\"anx02\""), std::string::npos) << all;

  EXPECT_EQ(post_json("{}", "text/plain").result(), http::status::unsupported_media_type);
  EXPECT_EQ(post_json("{not json").result(), http::status::bad_request);
  EXPECT_EQ(post_json(std::string(70 * 1024, ' ')).result(), http::status::payload_too_large);
  EXPECT_EQ(http_get(port_, kQuizApi).result(), http::status::method_not_allowed);
  EXPECT_EQ(
      http_request(port_, http::verb::post, "/api/v1/packs/ababy-faq/items/the-figures/responses",
                   "{}", {{"Content-Type", "application/json"}})
          .result(),
      http::status::not_found);
}

}  // namespace
}  // namespace cradle
