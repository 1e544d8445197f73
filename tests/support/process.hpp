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

// Runs CRADLE_BIN on a pseudo-terminal (util-linux `script`), as a person at
// a terminal would, typing `input`. Everything it printed, stdout and
// stderr together, is in `out`.
Outcome run_cradle_on_terminal(const std::vector<std::string>& args, const std::string& input,
                               const std::vector<std::string>& env = {});

// A cradle running in the background, its output going to files.
class BackgroundCradle {
 public:
  BackgroundCradle(const std::vector<std::string>& args, const std::vector<std::string>& env = {});
  ~BackgroundCradle();  // kills it (SIGKILL) if it still runs
  BackgroundCradle(const BackgroundCradle&) = delete;
  BackgroundCradle& operator=(const BackgroundCradle&) = delete;

  int pid() const { return pid_; }
  void kill_now();  // SIGKILL, then reaps it
  // Waits for it to end; its exit code, or -1 when a signal ended it.
  Outcome wait();

 private:
  int pid_ = -1;
  std::string out_file_, err_file_;
};

}  // namespace cradle::test
