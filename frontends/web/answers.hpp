// Reading a reader's answers from a request body: an HTML form post
// (application/x-www-form-urlencoded) or the API's JSON.
#pragma once

#include <string_view>

#include "cradle/plugin_api.hpp"

namespace cradle::web {

struct ParsedAnswers {
  Answers answers;
  std::vector<AnswerProblem> problems;  // values that are not whole numbers
  bool malformed = false;               // the body itself could not be read
  std::string error;                    // why, when malformed
};

// `q1=4&q2=7`, percent-decoded with Boost.URL. Empty values are unanswered.
ParsedAnswers answers_from_form(std::string_view body);
// `{"answers": {"q1": 4, ...}}`.
ParsedAnswers answers_from_json(std::string_view body);

// True when `item` carries a form to answer.
bool has_form(const Item& item);

}  // namespace cradle::web
