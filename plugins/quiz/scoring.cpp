#include "scoring.hpp"

#include <algorithm>
#include <cstdint>

namespace cradle::quiz {
namespace {

std::vector<AnswerProblem> check_answers(const Instrument& q, const Answers& answers) {
  std::vector<AnswerProblem> out;
  // The usual case, every answer to a question of this quiz and in range, is
  // seen with one lookup a question (this runs on every answer the web gets;
  // question ids are unique, the loader refuses a repeat).
  std::size_t fine = 0;
  for (const auto& question : q.questions) {
    auto it = answers.find(question.id);
    if (it != answers.end() && it->second >= q.min && it->second <= q.max) ++fine;
  }
  if (fine == answers.size()) return out;
  for (const auto& [id, value] : answers) {
    bool known = std::any_of(q.questions.begin(), q.questions.end(),
                             [&id = id](const Question& question) { return question.id == id; });
    if (!known) {
      out.push_back({id, "there is no question '" + id + "' in this quiz"});
    } else if (value < q.min || value > q.max) {
      out.push_back({id, "the answer to " + id + " must be " + std::to_string(q.min) + " to " +
                             std::to_string(q.max) + ", not " + std::to_string(value)});
    }
  }
  return out;
}

// A scale's score from the answers, which check_answers() found valid; a
// problem when too many of its questions are unanswered.
ScaleScore score_scale(const Instrument& q, const Scale& scale, const Answers& answers,
                       std::vector<AnswerProblem>& problems) {
  ScaleScore out;
  out.id = scale.id;
  out.title = scale.title;
  std::int64_t sum = 0;
  for (const auto& question : q.questions) {
    if (question.scale != scale.id) continue;
    ++out.total;
    auto it = answers.find(question.id);
    if (it == answers.end()) continue;
    ++out.answered;
    std::int64_t v = it->second;
    sum += question.reverse ? std::int64_t{q.min} + q.max - v : v;
  }
  if (scale.scoring == Scoring::mean) {
    out.min = q.min;
    out.max = q.max;
  } else {
    out.min = static_cast<double>(out.total) * q.min;
    out.max = static_cast<double>(out.total) * q.max;
  }
  int missing = out.total - out.answered;
  if (missing > scale.max_missing) {
    problems.push_back({"", scale.title + ": " + std::to_string(missing) + " of its " +
                                std::to_string(out.total) +
                                " questions are unanswered, and at most " +
                                std::to_string(scale.max_missing) + " may be; answer at least " +
                                std::to_string(missing - scale.max_missing) + " more"});
    return out;
  }
  if (out.answered == 0) return out;  // a scale without questions: nothing to score
  out.scored = true;
  out.score = scale.scoring == Scoring::mean
                  ? static_cast<double>(sum) / out.answered  // one division: exact ties stay ties
                  : static_cast<double>(sum);
  return out;
}

bool holds(const Condition& c, const std::vector<ScaleScore>& scores) {
  auto it = std::find_if(scores.begin(), scores.end(),
                         [&](const ScaleScore& s) { return s.id == c.scale; });
  if (it == scores.end() || !it->scored) return false;
  double v = it->score;
  return (!c.below || v < *c.below) && (!c.at_least || v >= *c.at_least) &&
         (!c.at_most || v <= *c.at_most) && (!c.above || v > *c.above);
}

}  // namespace

Scores score(const Instrument& q, const Answers& answers) {
  Scores out;
  out.problems = check_answers(q, answers);
  for (const auto& scale : q.scales)
    out.outcome.scales.push_back(score_scale(q, scale, answers, out.problems));
  if (!out.problems.empty()) return out;

  for (const auto& rule : q.rules) {
    if (std::all_of(rule.when.begin(), rule.when.end(),
                    [&](const Condition& c) { return holds(c, out.outcome.scales); })) {
      out.rule = &rule;
      out.outcome.result_id = rule.id;
      out.outcome.result_title = rule.title;
      break;
    }
  }
  if (q.plot) {
    out.outcome.x_scale = q.plot->x;
    out.outcome.y_scale = q.plot->y;
    out.outcome.x_label = q.plot->x_label;
    out.outcome.y_label = q.plot->y_label;
  }
  return out;
}

}  // namespace cradle::quiz
