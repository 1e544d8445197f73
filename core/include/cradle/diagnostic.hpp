// Diagnostics: problems found in a pack's files, each pinned to a file and a
// line so a publisher can go straight to it.
#pragma once

#include <string>
#include <vector>

#include "cradle/export.hpp"

namespace cradle {

enum class Severity { error, warning };

struct Diagnostic {
  Severity severity = Severity::error;
  std::string file;  // as the publisher knows it: relative to the pack folder where possible
  int line = 0;      // 1-based; 0 when the problem is not on one line
  std::string message;
};

using Diagnostics = std::vector<Diagnostic>;

// "FILE:LINE: error: message" (": LINE" left out when line is 0).
CRADLE_API std::string format(const Diagnostic& d);

CRADLE_API bool has_errors(const Diagnostics& ds);

}  // namespace cradle
