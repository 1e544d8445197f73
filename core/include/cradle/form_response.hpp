// What a content type makes of a reader's answers to a form, and how a
// frontend lays it out. A quiz's answer is mostly text stored with the item
// at install (the matching result, where its thresholds come from, the
// notice); the response names those documents instead of copying them, so a
// frontend may show them from work it did once per Library snapshot.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "cradle/export.hpp"
#include "cradle/model.hpp"

namespace cradle {

// A reader's answers to a form: question id -> the value chosen.
using Answers = std::map<std::string, int>;

// One thing wrong with a set of answers, naming the question.
struct AnswerProblem {
  std::string question;  // a question id, or empty for the answers as a whole
  std::string message;
};

// One of the item's stored documents, item.extras[index], as an answer shows
// it: inside a callout block of tone `callout`, or as it is when that is empty.
struct ShownExtra {
  std::size_t index = 0;
  std::string callout;
};

// What respond() makes of answers: the problems, or (problems empty) what to
// show: `document`, made for these answers, followed by each of `extras` in
// order. Every index is below item.extras.size(); CatalogHost turns a
// response that breaks this into a problem, so a frontend can rely on it.
struct FormResponse {
  Document document;
  std::vector<AnswerProblem> problems;
  std::vector<ShownExtra> extras;
};

// A response that is only problems; the second form is one problem with the
// answers as a whole.
inline FormResponse problems_only(std::vector<AnswerProblem> problems) {
  FormResponse r;
  r.problems = std::move(problems);
  return r;
}
inline FormResponse problems_only(std::string message) {
  return problems_only({{"", std::move(message)}});
}

// `extra` laid out as shown: item.extras[extra.index] wrapped in its callout.
// Empty when the index is out of range.
CRADLE_API Document shown_extra(const Item& item, const ShownExtra& extra);

// The whole answer as one Document: `r.document`, then each extra as
// shown_extra() lays it out. For frontends with no use for the parts.
CRADLE_API Document shown_document(const Item& item, const FormResponse& r);

}  // namespace cradle
