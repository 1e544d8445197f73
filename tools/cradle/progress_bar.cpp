#include "progress_bar.hpp"

#include <unistd.h>

#include <cstdio>

namespace cradle::cli {

ProgressBar::ProgressBar(bool enabled, std::chrono::milliseconds delay)
    : enabled_(enabled), show_after_(std::chrono::steady_clock::now() + delay) {
  if (enabled_) thread_ = std::thread([this] { loop(); });
}

ProgressBar::~ProgressBar() {
  if (!enabled_) return;
  {
    std::lock_guard lock(mutex_);
    stop_ = true;
  }
  wake_.notify_all();
  thread_.join();
  if (drawn_) std::fprintf(stderr, "\r%*s\r", 79, "");
  std::fflush(stderr);
}

bool ProgressBar::stderr_is_terminal() { return isatty(STDERR_FILENO) == 1; }

void ProgressBar::update(std::size_t done, std::size_t total, const std::string& what) {
  if (!enabled_) return;
  std::lock_guard lock(mutex_);
  done_ = done;
  total_ = total == 0 ? 1 : total;
  what_ = what;
  if (std::chrono::steady_clock::now() >= show_after_) draw();
}

void ProgressBar::draw() {
  constexpr int kWidth = 30;
  std::size_t done = done_ > total_ ? total_ : done_;
  int filled = static_cast<int>(kWidth * done / total_);
  std::string bar(static_cast<std::size_t>(filled), '#');
  bar.resize(kWidth, ' ');
  std::string what = what_.size() > 36 ? what_.substr(0, 35) + "~" : what_;
  std::fprintf(stderr, "\r[%s] %3d%%  %-36s", bar.c_str(), static_cast<int>(100 * done / total_),
               what.c_str());
  std::fflush(stderr);
  drawn_ = true;
}

void ProgressBar::loop() {
  std::unique_lock lock(mutex_);
  while (!stop_) {
    wake_.wait_for(lock, std::chrono::milliseconds(200));
    if (!stop_ && std::chrono::steady_clock::now() >= show_after_) draw();
  }
}

}  // namespace cradle::cli
