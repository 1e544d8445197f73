// A quiz as its YAML file describes it: the response scale, the scales its
// questions are keyed to, the questions, and the rules that pick a result.
// read_instrument() checks the file and reports every problem at its line.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cradle/diagnostic.hpp"

namespace cradle::quiz {

// Markdown as written, with the line of the file its first line is on.
struct Markdown {
  std::string text;
  int line = 0;
};

enum class Scoring { mean, sum };

struct Scale {
  std::string id;
  std::string title;
  std::string description;
  Scoring scoring = Scoring::mean;
  int max_missing = 0;  // how many of its questions may be left unanswered
};

struct Question {
  std::string id;
  std::string text;
  std::string scale;     // a Scale id
  bool reverse = false;  // keyed min + max - answer
};

// Holds when the scale's score meets every bound given: below (score < X),
// at_most (<= X), above (> X), at_least (>= X). Which side a score exactly on
// a threshold falls is the publisher's choice: at_most/above or
// below/at_least.
struct Condition {
  std::string scale;
  std::optional<double> below;
  std::optional<double> at_least;
  std::optional<double> at_most;
  std::optional<double> above;
};

struct Rule {
  std::string id;
  std::string title;
  std::vector<Condition> when;  // all must hold; none: always holds
  Markdown body;
};

struct Plot {
  std::string x, y;  // Scale ids
  std::string x_label, y_label;
};

struct Instrument {
  std::string file;  // as the publisher knows it, for diagnostics
  std::string slug;
  std::string title;
  std::string summary;
  Markdown instructions;
  Markdown notice;  // shown before the questions and again with the result
  int min = 1, max = 7;
  std::map<int, std::string> labels;  // response value -> its label, where it has one
  std::vector<Scale> scales;
  std::vector<Question> questions;  // in the order they are asked
  Markdown thresholds_source;       // where the rules' cut-offs come from
  std::vector<Rule> rules;          // the first whose conditions all hold wins
  std::optional<Plot> plot;
};

struct ReadInstrument {
  // Empty when the file is not a YAML mapping. With errors in diagnostics it
  // holds what could be read, so later checks (the Markdown) can still run
  // and every problem is reported in one pass; it must not be used as a quiz.
  std::optional<Instrument> instrument;
  Diagnostics diagnostics;
};

// `text` is the YAML file's content; `file` its path relative to the pack
// folder; `file_stem` its name without extension, the slug when none is given.
ReadInstrument read_instrument(std::string_view text, const std::string& file,
                               std::string_view file_stem);

}  // namespace cradle::quiz
