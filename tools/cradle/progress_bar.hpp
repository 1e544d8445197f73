// A progress bar on stderr for a long install: drawn only on a terminal,
// and only once the work has taken more than a second, so quick installs
// and scripts see nothing of it.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <string>
#include <thread>

namespace cradle::cli {

class ProgressBar {
 public:
  // `enabled` false: a bar that never draws (not a terminal, --quiet, --json).
  explicit ProgressBar(bool enabled,
                       std::chrono::milliseconds delay = std::chrono::milliseconds(1000));
  ~ProgressBar();  // clears the bar's line if it was drawn
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  void update(std::size_t done, std::size_t total, const std::string& what);

  // Whether stderr is a terminal.
  static bool stderr_is_terminal();

 private:
  void draw();  // with mutex_ held
  void loop();

  bool enabled_;
  std::chrono::steady_clock::time_point show_after_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stop_ = false;
  bool drawn_ = false;
  std::size_t done_ = 0, total_ = 1;
  std::string what_;
  std::thread thread_;
};

}  // namespace cradle::cli
