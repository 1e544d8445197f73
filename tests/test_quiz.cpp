// The quiz content type, loaded through the registry as the CLI loads it:
// reading quiz files, their diagnostics, and scoring answers with respond().
#include <gtest/gtest.h>

#include <cstdio>
#include <functional>
#include <set>

#include "cradle/json.hpp"
#include "cradle/links.hpp"
#include "cradle/markdown.hpp"
#include "support/packs.hpp"
#include "support/temp_dir.hpp"

namespace cradle {
namespace {
using test::bundled_registry;
using test::lines;

const char* const kManifest =
    "id: t\nversion: 1.0.0\ntitle: t\nlanguage: en\napi: 1\n"
    "content:\n  - type: quiz\n    source: quiz.yaml\n";

// Two scales: warmth (a mean, one question may be left out, w2 reversed) and
// energy (a sum, every question answered).
const char* const kTinyQuiz = R"(slug: tiny
title: Tiny quiz
summary: Five statements on two scales.
instructions: Answer each statement.
notice: For the tests only.
response_scale: {min: 1, max: 7, labels: {1: Disagree, 7: Agree}}
scales:
  - {id: warmth, title: Warmth, scoring: mean, max_missing: 1}
  - {id: energy, title: Energy, scoring: sum}
items:
  - {id: w1, text: "I smile.", scale: warmth}
  - {id: w2, text: "I frown.", scale: warmth, reverse: true}
  - {id: w3, text: "I hug.", scale: warmth}
  - {id: e1, text: "I run.", scale: energy}
  - {id: e2, text: "I jump.", scale: energy}
results:
  thresholds_source: "Made up for the tests."
  rules:
    - id: warm
      title: Warm
      when: {warmth: {at_least: 4}}
      body: "You are warm. Read [more](more-reading)."
    - id: cool
      title: Cool
      when: {warmth: {below: 4}}
      body: "You are cool."
plot: {x: energy, y: warmth}
)";

LoadedPack load_quiz(const test::TempDir& dir, const std::string& yaml) {
  dir.write("pack.yaml", kManifest);
  dir.write("quiz.yaml", yaml);
  return load_pack(dir.path(), bundled_registry());
}

// The one quiz item of a pack that must load without errors.
Item quiz_item(const LoadedPack& got) {
  EXPECT_FALSE(has_errors(got.diagnostics)) << lines(got.diagnostics);
  EXPECT_EQ(got.pack.items.size(), 1u);
  return got.pack.items.empty() ? Item{} : got.pack.items[0];
}

const Item& tiny() {
  static const Item item = [] {
    test::TempDir dir;
    return quiz_item(load_quiz(dir, kTinyQuiz));
  }();
  return item;
}

FormResponse respond(const Item& item, const Answers& answers) {
  auto quiz = bundled_registry().content_type("quiz");
  EXPECT_NE(quiz, nullptr);
  return quiz ? quiz->respond(item, answers) : FormResponse{};
}

// "question: message" per problem, one a line.
std::string problems(const FormResponse& r) {
  std::string out;
  for (const auto& p : r.problems) out += p.question + ": " + p.message + "\n";
  return out;
}

// The outcome of a response that must have one.
Outcome outcome(const FormResponse& r) {
  EXPECT_EQ(problems(r), "");
  if (r.document.empty() || r.document[0].kind != Block::Kind::outcome || !r.document[0].outcome) {
    ADD_FAILURE() << "the response does not start with an outcome block";
    return {};
  }
  return *r.document[0].outcome;
}

const ScaleScore& scale(const Outcome& o, const std::string& id) {
  for (const auto& s : o.scales)
    if (s.id == id) return s;
  static const ScaleScore none;
  ADD_FAILURE() << "no scale " << id;
  return none;
}

// ---- The plugin and the item it makes --------------------------------------

TEST(QuizContentType, IsRegisteredAsAContentType) {
  const PluginRecord* quiz = nullptr;
  for (const auto& p : bundled_registry().plugins())
    if (p.name == "quiz") quiz = &p;
  ASSERT_NE(quiz, nullptr);
  EXPECT_EQ(quiz->kind, "content-type");
  EXPECT_EQ(quiz->version, "1.0.0");
  EXPECT_EQ(quiz->summary, "Questionnaires scored on scales, with results chosen by thresholds");
}

TEST(QuizContentType, OneItemWithTheNoticeTheInstructionsAndOneForm) {
  const Item& item = tiny();
  EXPECT_EQ(item.slug, "tiny");
  EXPECT_EQ(item.type, "quiz");
  EXPECT_EQ(item.title, "Tiny quiz");
  EXPECT_EQ(item.summary, "Five statements on two scales.");
  EXPECT_EQ(item.source, "quiz.yaml");
  ASSERT_EQ(item.body.size(), 3u);
  EXPECT_EQ(item.body[0].kind, Block::Kind::callout);
  EXPECT_EQ(item.body[0].info, "notice");
  EXPECT_EQ(plain_text(item.body[0].children), "For the tests only.");
  EXPECT_EQ(plain_text(item.body[1].spans), "Answer each statement.");
  ASSERT_EQ(item.body[2].kind, Block::Kind::form);
  const Form& form = *item.body[2].form;
  ASSERT_EQ(form.questions.size(), 5u);
  EXPECT_EQ(form.questions[1].id, "w2");
  EXPECT_EQ(form.questions[1].text, "I frown.");
  EXPECT_EQ(form.questions[4].id, "e2");
  ASSERT_EQ(form.options.size(), 7u);
  for (int v = 1; v <= 7; ++v) EXPECT_EQ(form.options[v - 1].value, v);
  EXPECT_EQ(form.options[0].label, "Disagree");
  EXPECT_EQ(form.options[3].label, "");
  EXPECT_EQ(form.options[6].label, "Agree");
  EXPECT_EQ(std::get<std::int64_t>(item.fields.at("questions")), 5);
  EXPECT_EQ(std::get<std::vector<std::string>>(item.fields.at("scales")),
            (std::vector<std::string>{"Warmth", "Energy"}));
  EXPECT_EQ(std::get<std::int64_t>(item.fields.at("minutes")), 2);  // 75 s, rounded up
  EXPECT_FALSE(item.data.empty());
}

// ---- Scoring -----------------------------------------------------------------

TEST(QuizScoring, AReverseKeyedAnswerCountsFromTheOtherEnd) {
  // w2 is reversed on 1..7: an answer of 2 counts 1 + 7 - 2 = 6.
  // warmth = (4 + 6 + 5) / 3 = 5.
  Outcome o = outcome(respond(tiny(), {{"w1", 4}, {"w2", 2}, {"w3", 5}, {"e1", 1}, {"e2", 1}}));
  const ScaleScore& warmth = scale(o, "warmth");
  EXPECT_TRUE(warmth.scored);
  EXPECT_EQ(warmth.score, 5.0);
  EXPECT_EQ(warmth.min, 1.0);
  EXPECT_EQ(warmth.max, 7.0);
  EXPECT_EQ(warmth.answered, 3);
  EXPECT_EQ(warmth.total, 3);
  EXPECT_EQ(warmth.title, "Warmth");
  EXPECT_EQ(o.result_id, "warm");
  EXPECT_EQ(o.result_title, "Warm");
  EXPECT_EQ(o.x_scale, "energy");
  EXPECT_EQ(o.y_scale, "warmth");
  EXPECT_EQ(o.x_label, "Energy");  // the scale titles when no labels are given
  EXPECT_EQ(o.y_label, "Warmth");
}

TEST(QuizScoring, AsManyMissingAnswersAsAllowedScoreTheMeanOfTheRest) {
  // w2 left out, one of max_missing: 1. warmth = (4 + 6) / 2 = 5.
  Outcome o = outcome(respond(tiny(), {{"w1", 4}, {"w3", 6}, {"e1", 1}, {"e2", 1}}));
  const ScaleScore& warmth = scale(o, "warmth");
  EXPECT_TRUE(warmth.scored);
  EXPECT_EQ(warmth.score, 5.0);
  EXPECT_EQ(warmth.answered, 2);
  EXPECT_EQ(warmth.total, 3);
}

TEST(QuizScoring, OneMissingAnswerTooManyIsAProblemNamingTheScale) {
  FormResponse r = respond(tiny(), {{"w1", 4}, {"e1", 1}});
  EXPECT_TRUE(r.document.empty());
  EXPECT_EQ(problems(r),
            ": Warmth: 2 of its 3 questions are unanswered, and at most 1 may be; answer at "
            "least 1 more\n"
            ": Energy: 1 of its 2 questions are unanswered, and at most 0 may be; answer at "
            "least 1 more\n");
}

TEST(QuizScoring, AScoreExactlyOnAThresholdMeetsAtLeast) {
  // warmth = (3 + (8 - 3) + 4) / 3 = 12 / 3 = 4: not below 4, so "warm".
  Outcome o = outcome(respond(tiny(), {{"w1", 3}, {"w2", 3}, {"w3", 4}, {"e1", 1}, {"e2", 1}}));
  EXPECT_EQ(scale(o, "warmth").score, 4.0);
  EXPECT_EQ(o.result_id, "warm");
  // One point less: 11 / 3 is below 4.
  o = outcome(respond(tiny(), {{"w1", 3}, {"w2", 3}, {"w3", 3}, {"e1", 1}, {"e2", 1}}));
  EXPECT_EQ(scale(o, "warmth").score, 11.0 / 3);
  EXPECT_EQ(o.result_id, "cool");
  EXPECT_EQ(o.result_title, "Cool");
}

TEST(QuizScoring, UnknownQuestionsAndValuesOffTheScaleAreProblemsNamingThem) {
  FormResponse r =
      respond(tiny(), {{"w1", 8}, {"w2", 0}, {"w3", 4}, {"e1", 1}, {"e2", 1}, {"zz", 3}});
  EXPECT_TRUE(r.document.empty());
  EXPECT_EQ(problems(r),
            "w1: the answer to w1 must be 1 to 7, not 8\n"
            "w2: the answer to w2 must be 1 to 7, not 0\n"
            "zz: there is no question 'zz' in this quiz\n");
}

TEST(QuizScoring, ASumScaleAddsItsAnswersOverItsWholeRange) {
  // energy = 7 + 3 = 10, on 2 * 1 .. 2 * 7.
  Outcome o = outcome(respond(tiny(), {{"w1", 4}, {"w2", 4}, {"w3", 4}, {"e1", 7}, {"e2", 3}}));
  const ScaleScore& energy = scale(o, "energy");
  EXPECT_TRUE(energy.scored);
  EXPECT_EQ(energy.score, 10.0);
  EXPECT_EQ(energy.min, 2.0);
  EXPECT_EQ(energy.max, 14.0);
  EXPECT_EQ(energy.answered, 2);
  EXPECT_EQ(energy.total, 2);
}

TEST(QuizScoring, LinksInResultTextsAreCheckedAndResolvedAtInstall) {
  test::TempDir dir;
  std::vector<LoadedPack> set{load_quiz(dir, kTinyQuiz)};
  resolve_links(set, nullptr);
  // The tiny quiz's "Warm" result links to an item its pack does not have.
  std::string got = lines(set[0].diagnostics);
  EXPECT_NE(got.find(": error: link 'pack:t/more-reading' points to nothing: pack 't' has no "
                     "item 'more-reading'"),
            std::string::npos)
      << got;
}

TEST(QuizScoring, TheResponseShowsTheResultItsSourceAndTheNoticeAgain) {
  FormResponse r = respond(tiny(), {{"w1", 4}, {"w2", 4}, {"w3", 4}, {"e1", 7}, {"e2", 3}});
  ASSERT_EQ(problems(r), "");
  // Made for these answers: the outcome and the result's title. The rest is
  // stored with the item and named, not copied: the result's body, then the
  // source and the notice in callouts.
  ASSERT_EQ(r.document.size(), 2u);
  ASSERT_EQ(r.extras.size(), 3u);
  EXPECT_EQ(r.extras[0].callout, "");
  EXPECT_EQ(r.extras[1].callout, "source");
  EXPECT_EQ(r.extras[2].callout, "notice");
  const Document doc = shown_document(tiny(), r);
  ASSERT_EQ(doc.size(), 5u);
  EXPECT_EQ(doc[0].kind, Block::Kind::outcome);
  EXPECT_EQ(doc[1].kind, Block::Kind::heading);
  EXPECT_EQ(doc[1].level, 2);
  EXPECT_EQ(plain_text(doc[1].spans), "Warm");
  EXPECT_EQ(plain_text(doc[2].spans), "You are warm. Read more.");
  // As written: links are resolved by the loader at install (below).
  ASSERT_EQ(doc[2].spans.at(1).kind, Span::Kind::link);
  EXPECT_EQ(doc[2].spans.at(1).href, "more-reading");
  EXPECT_EQ(doc[3].kind, Block::Kind::callout);
  EXPECT_EQ(doc[3].info, "source");
  EXPECT_EQ(plain_text(doc[3].children), "Made up for the tests.");
  EXPECT_EQ(doc[4].kind, Block::Kind::callout);
  EXPECT_EQ(doc[4].info, "notice");
  EXPECT_EQ(plain_text(doc[4].children), "For the tests only.");
}

TEST(QuizScoring, IsDeterministic) {
  Answers answers{{"w1", 2}, {"w2", 6}, {"w3", 1}, {"e1", 5}, {"e2", 5}};
  FormResponse a = respond(tiny(), answers), b = respond(tiny(), answers);
  EXPECT_EQ(to_json(shown_document(tiny(), a)), to_json(shown_document(tiny(), b)));
}

// The plugin keeps the last few instruments it read parsed: many quizzes
// answered in turn, more than it keeps, must each be scored by their own
// rules, the first time and again after the others pushed them out.
TEST(QuizScoring, ManyQuizzesAnsweredInTurnAreEachScoredByTheirOwnRules) {
  std::vector<Item> quizzes;
  std::vector<int> thresholds;
  for (int i = 0; i < 12; ++i) {
    int at_least = 2 + i % 6;
    std::string yaml = kTinyQuiz;
    auto replace = [&](const std::string& from, const std::string& to) {
      yaml.replace(yaml.find(from), from.size(), to);
    };
    replace("{at_least: 4}", "{at_least: " + std::to_string(at_least) + "}");
    replace("{below: 4}", "{below: " + std::to_string(at_least) + "}");
    replace("title: Tiny quiz", "title: Tiny quiz " + std::to_string(i));
    test::TempDir dir;
    quizzes.push_back(quiz_item(load_quiz(dir, yaml)));
    thresholds.push_back(at_least);
  }
  // warmth = (5 + (8 - 3) + 5) / 3 = 5: warm wherever the threshold is 5 or less.
  Answers answers{{"w1", 5}, {"w2", 3}, {"w3", 5}, {"e1", 1}, {"e2", 1}};
  for (int pass = 0; pass < 2; ++pass) {
    for (std::size_t i = 0; i < quizzes.size(); ++i) {
      Outcome o = outcome(respond(quizzes[i], answers));
      EXPECT_EQ(o.result_id, thresholds[i] <= 5 ? "warm" : "cool")
          << "quiz " << i << " (at_least " << thresholds[i] << "), pass " << pass;
    }
  }
}

TEST(QuizScoring, DamagedStoredDataIsAProblemNotACrash) {
  Item item = tiny();
  item.data = "{\"format\": 1}";
  FormResponse r = respond(item, {{"w1", 4}});
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].question, "");
  EXPECT_NE(r.problems[0].message.find("reinstall"), std::string::npos) << problems(r);
  item.data = "not json";
  EXPECT_EQ(respond(item, {}).problems.size(), 1u);
}

// An instrument of the ECR-R's shape (placeholder wording): 36 items, 1-18
// anxiety and 19-36 avoidance, answered 1-7, items 9, 11, 20, 22, 26-31 and
// 33-36 reverse-keyed (8 - answer), each scale the mean of its 18 items.
TEST(QuizScoring, AnEcrRShapedInstrumentScoresBothMeansByHand) {
  Item item = quiz_item(load_pack(CRADLE_TEST_PACKS "/quiz-ecr-r", bundled_registry()));
  ASSERT_EQ(std::get<std::int64_t>(item.fields.at("questions")), 36);
  EXPECT_EQ(std::get<std::int64_t>(item.fields.at("minutes")), 9);  // 540 s

  // Item i is answered (i - 1) % 7 + 1: 1 2 3 4 5 6 7 1 2 3 ...
  //
  // Anxiety, items 1-18, answers 1 2 3 4 5 6 7 | 1 2 3 4 5 6 7 | 1 2 3 4:
  //   as given they add to 28 + 28 + 10 = 66. Reversed: item 9 (answered 2)
  //   counts 6 (+4), item 11 (answered 4) counts 4 (+0). Sum 70, mean 70/18
  //   = 3.888...
  // Avoidance, items 19-36 (R = reversed, answer -> counted):
  //   19: 5      20: 6R->2  21: 7      22: 1R->7  23: 2      24: 3
  //   25: 4      26: 5R->3  27: 6R->2  28: 7R->1  29: 1R->7  30: 2R->6
  //   31: 3R->5  32: 4      33: 5R->3  34: 6R->2  35: 7R->1  36: 1R->7
  //   counted: 5+2+7+7+2+3 = 26, 4+3+2+1+7+6 = 23, 5+4+3+2+1+7 = 22; sum 71,
  //   mean 71/18 = 3.944...
  // Both below 4: the first rule, "secure".
  Answers answers;
  for (int i = 1; i <= 36; ++i) {
    char id[8];
    std::snprintf(id, sizeof id, "ecr%02d", i);
    answers[id] = (i - 1) % 7 + 1;
  }
  Outcome o = outcome(respond(item, answers));
  EXPECT_EQ(scale(o, "anxiety").score, 70.0 / 18);
  EXPECT_EQ(scale(o, "avoidance").score, 71.0 / 18);
  EXPECT_EQ(scale(o, "anxiety").answered, 18);
  EXPECT_EQ(scale(o, "avoidance").total, 18);
  EXPECT_EQ(o.result_id, "secure");

  // Every answer 4, the midpoint, whichever way it is keyed: both means 4.
  for (auto& [id, value] : answers) value = 4;
  o = outcome(respond(item, answers));
  EXPECT_EQ(scale(o, "anxiety").score, 4.0);
  EXPECT_EQ(scale(o, "avoidance").score, 4.0);
  EXPECT_EQ(o.result_id, "fearful");
}

// ---- The bundled quiz ----------------------------------------------------------

class QuizBundledPack : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    loaded_ = new LoadedPack(
        load_pack(CRADLE_CONTENT_PACKS "/ababy-attachment-quiz", bundled_registry()));
  }
  static void TearDownTestSuite() {
    delete loaded_;
    loaded_ = nullptr;
  }
  static const Item& item() { return loaded_->pack.items.at(0); }

  // Every answer `value`, or its mirror (8 - value) on reverse-keyed items,
  // so each scale's mean is `value`.
  static Answers keyed_answers(int value) {
    Answers out;
    for (const auto& q : item().body.back().form->questions) {
      bool reversed = q.id == "anx02" || q.id == "anx05" || q.id == "anx08" || q.id == "anx10" ||
                      q.id == "avo02" || q.id == "avo05" || q.id == "avo07" || q.id == "avo10";
      out[q.id] = reversed ? 8 - value : value;
    }
    return out;
  }

  static LoadedPack* loaded_;
};
LoadedPack* QuizBundledPack::loaded_ = nullptr;

TEST_F(QuizBundledPack, LoadsWithoutErrorsOrWarnings) {
  EXPECT_EQ(lines(loaded_->diagnostics), "");
  ASSERT_EQ(loaded_->pack.items.size(), 1u);
  EXPECT_EQ(item().slug, "adult-attachment-quiz");
  EXPECT_EQ(std::get<std::int64_t>(item().fields.at("questions")), 20);
  EXPECT_EQ(std::get<std::int64_t>(item().fields.at("minutes")), 5);  // as its instructions say
  EXPECT_EQ(std::get<std::vector<std::string>>(item().fields.at("scales")),
            (std::vector<std::string>{"Anxiety about closeness", "Avoidance of closeness"}));
  EXPECT_EQ(item().body.front().info, "notice");
  ASSERT_EQ(item().body.back().kind, Block::Kind::form);
  const Form& form = *item().body.back().form;
  EXPECT_EQ(form.questions.size(), 20u);
  ASSERT_EQ(form.options.size(), 7u);
  EXPECT_EQ(form.options[3].label, "Neither agree nor disagree");
}

// Core's resolver checks the body's links; the result bodies live in the
// item's data, so their targets are checked here against the bundled packs.
TEST_F(QuizBundledPack, EveryLinkPointsAtAnItemOfTheBundledPacks) {
  std::vector<LoadedPack> packs{*loaded_,
                                load_pack(CRADLE_CONTENT_PACKS "/ababy-faq", bundled_registry()),
                                load_pack(CRADLE_CONTENT_PACKS "/ababy-blog", bundled_registry())};
  resolve_links(packs, nullptr);
  for (const auto& p : packs) EXPECT_EQ(lines(p.diagnostics), "") << p.pack.id;

  std::vector<std::string> hrefs;
  std::function<void(const std::vector<Span>&)> spans = [&](const std::vector<Span>& ss) {
    for (const auto& s : ss) {
      if (s.kind == Span::Kind::link) hrefs.push_back(s.href);
      spans(s.children);
    }
  };
  std::function<void(const Document&)> walk = [&](const Document& doc) {
    for (const auto& b : doc) {
      spans(b.spans);
      for (const auto& i : b.items) walk(i);
      walk(b.children);
    }
  };
  std::set<std::string> results;
  for (int value : {1, 7}) {
    for (bool flip_anxiety : {false, true}) {
      Answers answers = keyed_answers(value);
      for (auto& [id, v] : answers)
        if (flip_anxiety && id.starts_with("anx")) v = 8 - v;
      FormResponse r = respond(item(), answers);
      results.insert(outcome(r).result_id);
      walk(shown_document(item(), r));
    }
  }
  EXPECT_EQ(results, (std::set<std::string>{"secure", "anxious", "avoidant", "fearful"}));
  EXPECT_EQ(hrefs.size(), 11u);  // 2 + 2 + 2 + 5, as the four result bodies have
  for (const auto& href : hrefs) {
    auto ref = item_ref_of(href);
    ASSERT_TRUE(ref) << href << " is not in its full pack:PACK/SLUG form";
    bool found = false;
    for (const auto& p : packs)
      for (const auto& i : p.pack.items)
        found = found || (p.pack.id == ref->pack && i.slug == ref->slug);
    EXPECT_TRUE(found) << href;
  }
}

TEST_F(QuizBundledPack, MidpointAnswersCountWithTheLowerSide) {
  // Every answer 4: reversed or not, each counts 4, so both means are 4.0,
  // exactly on the threshold. The pack counts a tie with the lower side
  // (at_most: 4), so a reader who answers "neither" throughout is "secure".
  Answers fours;
  for (const auto& q : item().body.back().form->questions) fours[q.id] = 4;
  FormResponse r = respond(item(), fours);
  Outcome o = outcome(r);
  EXPECT_EQ(scale(o, "anxiety").score, 4.0);
  EXPECT_EQ(scale(o, "avoidance").score, 4.0);
  EXPECT_EQ(o.result_id, "secure");
  EXPECT_EQ(o.x_scale, "avoidance");
  EXPECT_EQ(o.y_label, "Anxiety about closeness");
  // Its body's links to the FAQ and blog packs come out in full form.
  bool linked = false;
  auto find = [&](const Span& s) {
    if (s.kind == Span::Kind::link && s.href == "pack:ababy-faq/what-is-secure-attachment")
      linked = true;
  };
  Document shown = shown_document(item(), r);
  for (const auto& b : shown)
    for (const auto& s : b.spans) find(s);
  EXPECT_TRUE(linked);
  EXPECT_EQ(shown.back().info, "notice");
}

TEST_F(QuizBundledPack, EachQuadrantHasItsResult) {
  EXPECT_EQ(outcome(respond(item(), keyed_answers(1))).result_id, "secure");
  EXPECT_EQ(outcome(respond(item(), keyed_answers(7))).result_id, "fearful");
  Answers anxious = keyed_answers(6);
  for (auto& [id, value] : anxious)
    if (id.starts_with("avo")) value = 8 - value;  // avoidance mean 2
  EXPECT_EQ(outcome(respond(item(), anxious)).result_id, "anxious");
  Answers avoidant = keyed_answers(6);
  for (auto& [id, value] : avoidant)
    if (id.starts_with("anx")) value = 8 - value;
  EXPECT_EQ(outcome(respond(item(), avoidant)).result_id, "avoidant");
}

TEST_F(QuizBundledPack, ThreeUnansweredOnAScaleIsOneTooMany) {
  Answers answers = keyed_answers(3);
  answers.erase("anx01");
  answers.erase("anx02");
  EXPECT_TRUE(outcome(respond(item(), answers)).scales.at(0).scored);
  answers.erase("anx03");
  EXPECT_EQ(problems(respond(item(), answers)),
            ": Anxiety about closeness: 3 of its 10 questions are unanswered, and at most 2 may "
            "be; answer at least 1 more\n");
}

// ---- Diagnostics -------------------------------------------------------------

TEST(QuizDiagnostics, NotYamlIsAnErrorAtItsLine) {
  test::TempDir dir;
  auto got = load_quiz(dir, "title: A quiz\nitems: [one, two\nscales: []\n");
  EXPECT_EQ(lines(got.diagnostics),
            "quiz.yaml:3: error: is not valid YAML: end of sequence flow not found\n");
  EXPECT_TRUE(got.pack.items.empty());
}

TEST(QuizDiagnostics, MissingFieldsSayWhatToAdd) {
  test::TempDir dir;
  auto got = load_quiz(dir, "title: Only a title\n");
  EXPECT_EQ(lines(got.diagnostics),
            "quiz.yaml:1: error: the quiz needs 'response_scale:': give the answers' range, e.g. "
            "response_scale: {min: 1, max: 7}\n"
            "quiz.yaml:1: error: the quiz needs 'scales:': list the scales the items are scored "
            "on, each as {id, title, scoring}\n"
            "quiz.yaml:1: error: the quiz needs 'items:': list the questions, each as {id, text, "
            "scale, reverse}\n"
            "quiz.yaml:1: error: the quiz needs 'results:': say which result each score leads "
            "to, as results: {rules: [...]}\n");
  EXPECT_TRUE(got.pack.items.empty());
}

TEST(QuizDiagnostics, EachMistakeIsReportedAtItsLine) {
  test::TempDir dir;
  auto got = load_quiz(dir, R"(slug: broken
title: Broken quiz
colour: blue
response_scale:
  min: 1
  max: 5
  labels: {0: Never, 5: Always}
scales:
  - id: calm
    title: Calm
    scoring: median
    max_missing: 3
  - id: calm
    title: Calm again
    scoring: mean
  - id: empty
    title: Empty
    scoring: sum
items:
  - {id: c1, text: "One.", scale: calm}
  - {id: "C 2", text: "Two.", scale: calm}
  - {id: c1, text: "Again.", scale: calm}
  - {id: c3, text: "Three.", scale: clam, reverse: maybe}
results:
  rules:
    - id: any
      title: Any
      when: {calm: {over: 3}, mood: {below: 2}}
      body: |
        Fine.

        See [this](Not_A_Slug) and <b>bold</b>.
plot: {x: calm, y: mood}
)");
  // In file order, the Markdown's among them: line 32 is the body's third line.
  // (Its link to Not_A_Slug is reported by resolve_links, as for any body.)
  EXPECT_EQ(lines(got.diagnostics),
            "quiz.yaml:3: warning: unknown key 'colour' in the quiz is ignored (known: slug, "
            "title, summary, instructions, notice, response_scale, scales, items, results, plot)\n"
            "quiz.yaml:7: error: label for 0 is outside the response scale 1 to 5: remove it or "
            "change min and max\n"
            "quiz.yaml:11: error: scoring 'median' of scale 'calm' must be mean or sum\n"
            "quiz.yaml:12: error: max_missing of scale 'calm' is 3 but the scale has 1 item(s): "
            "it must be less than that, so at least one is answered\n"
            "quiz.yaml:13: error: scale id 'calm' is already used on line 9: give each scale its "
            "own id\n"
            "quiz.yaml:16: error: scale 'empty' has no items: key at least one item to it with "
            "scale: empty, or remove the scale\n"
            "quiz.yaml:21: error: item id 'C 2' must be a slug-like identifier: lowercase letters "
            "a-z, digits and single hyphens, like anx01\n"
            "quiz.yaml:22: error: item id 'c1' is already used on line 20: give each item its own "
            "id\n"
            "quiz.yaml:23: error: item 'c3' names scale 'clam', which is not in scales: (known: "
            "calm, empty)\n"
            "quiz.yaml:23: error: 'reverse:' in item 'c3' must be true or false, not 'maybe'\n"
            "quiz.yaml:25: warning: results has no thresholds_source: say where the cut-offs come "
            "from, so readers can judge them\n"
            "quiz.yaml:28: error: 'over:' is not a condition: use below: (score < X), at_most: "
            "(<= X), above: (> X) or at_least: (>= X)\n"
            "quiz.yaml:28: error: rule 'any' names scale 'mood', which is not in scales: (known: "
            "calm, empty)\n"
            "quiz.yaml:32: warning: raw HTML '<b>' is not shown; write it in Markdown instead\n"
            "quiz.yaml:32: warning: raw HTML '</b>' is not shown; write it in Markdown instead\n"
            "quiz.yaml:33: error: plot 'y:' names scale 'mood', which is not in scales: (known: "
            "calm, empty)\n");
  EXPECT_TRUE(got.pack.items.empty());
}

TEST(QuizDiagnostics, RangesThatCannotWorkAreErrors) {
  test::TempDir dir;
  auto got = load_quiz(dir, R"(title: Backwards
instructions: |
  Read this.

  <div>no</div>
response_scale: {min: 7, max: 1}
scales:
  - {id: a, title: A, scoring: mean, max_missing: -1}
items:
  - {id: a1, text: "One.", scale: a}
results:
  thresholds_source: Made up.
  rules:
    - {id: r, title: R, when: {a: {below: 2, at_least: 3}}, body: "Body."}
plot: {x: a, y: a}
)");
  EXPECT_EQ(lines(got.diagnostics),
            "quiz.yaml:5: warning: raw HTML is not shown; write it in Markdown instead\n"
            "quiz.yaml:6: error: response_scale max (1) must be greater than min (7)\n"
            "quiz.yaml:8: error: 'max_missing:' in scale 'a' must be 0 or more\n"
            "quiz.yaml:14: error: the condition on 'a' in rule 'r' can never hold: its lower bound "
            "is not below its upper bound\n"
            "quiz.yaml:15: error: plot x: and y: must be two different scales\n");
}

}  // namespace
}  // namespace cradle
