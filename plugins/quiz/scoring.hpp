// Scoring: a reader's answers to each scale's score, and the result rule the
// scores meet. Pure and deterministic: the same answers always score the same.
//
// - An answer must name a question of the quiz and lie on the response scale.
// - A reverse-keyed question counts min + max - answer (2 on 1..7 counts 6).
// - A scale may have at most its max_missing questions unanswered; more is a
//   problem naming the scale, and nothing is scored.
// - mean: the mean of the answered questions' keyed values. sum: the sum of
//   the answered ones (no pro-rating: a left-out question adds nothing), with
//   the range count*min..count*max of a scale fully answered.
// - The result is the first rule whose every condition holds: below: X is
//   score < X, at_most: X is score <= X, above: X is score > X, at_least: X
//   is score >= X, so the rules say which side a score exactly on a
//   threshold falls. No rule holding leaves the result empty.
#pragma once

#include <vector>

#include "cradle/plugin_api.hpp"
#include "instrument.hpp"

namespace cradle::quiz {

struct Scores {
  Outcome outcome;                      // the scales' scores, the result, the plot
  const Rule* rule = nullptr;           // the rule that matched (points into the Instrument)
  std::vector<AnswerProblem> problems;  // when any, the rest is not meaningful
};

Scores score(const Instrument& instrument, const Answers& answers);

}  // namespace cradle::quiz
