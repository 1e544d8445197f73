// One writer at a time per data dir: install and remove hold an exclusive
// flock on DATA_DIR/lock for as long as they change anything. The lock goes
// with the process, however it ends (even kill -9), so it never goes stale.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <string>

namespace cradle::cli {

class DataDirLock {
 public:
  // Takes the lock, waiting up to `wait` for another cradle to let go;
  // `on_wait` is called once, with that process's pid as the lock file
  // names it, if it has to wait. Throws UserError when the wait runs out or
  // the lock file cannot be opened.
  DataDirLock(const std::filesystem::path& data_dir, std::chrono::milliseconds wait,
              const std::function<void(const std::string& holder)>& on_wait = {});
  ~DataDirLock();
  DataDirLock(const DataDirLock&) = delete;
  DataDirLock& operator=(const DataDirLock&) = delete;

  // Takes the lock only if it is free now; false (and no lock) if not.
  static bool try_with(const std::filesystem::path& data_dir, const std::function<void()>& body);

 private:
  DataDirLock() = default;
  int fd_ = -1;
};

}  // namespace cradle::cli
