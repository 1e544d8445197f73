// Runs the real `cradle` binary and captures what it says.
#pragma once

#include <string>
#include <vector>

namespace cradle::test {

struct Outcome {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs CRADLE_BIN with `args` (each shell-quoted) and the environment
// assignments in `env` ("NAME=value"), waiting for it to finish.
Outcome run_cradle(const std::vector<std::string>& args, const std::vector<std::string>& env = {});

}  // namespace cradle::test
