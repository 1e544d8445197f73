#include "data_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <thread>

#include "app.hpp"

namespace cradle::cli {
namespace fs = std::filesystem;
namespace {

int open_lock_file(const fs::path& data_dir) {
  std::error_code ec;
  fs::create_directories(data_dir, ec);
  fs::path file = data_dir / "lock";
  int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0)
    throw UserError{"cannot open " + file.string() + ": " + std::strerror(errno) +
                    " (check the data dir is writable)"};
  return fd;
}

std::string holder_of(int fd) {
  char buf[32] = {};
  ssize_t n = pread(fd, buf, sizeof buf - 1, 0);
  std::string pid = n > 0 ? std::string(buf, static_cast<std::size_t>(n)) : "";
  while (!pid.empty() && (pid.back() == '\n' || pid.back() == ' ')) pid.pop_back();
  return pid.empty() ? "unknown" : pid;
}

void record_holder(int fd) {
  std::string pid = std::to_string(getpid()) + "\n";
  if (ftruncate(fd, 0) == 0) (void)!pwrite(fd, pid.data(), pid.size(), 0);
}

}  // namespace

DataDirLock::DataDirLock(const fs::path& data_dir, std::chrono::milliseconds wait,
                         const std::function<void(const std::string&)>& on_wait)
    : fd_(open_lock_file(data_dir)) {
  auto deadline = std::chrono::steady_clock::now() + wait;
  bool told = false;
  while (flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK && errno != EINTR) {
      int err = errno;
      ::close(fd_);
      throw UserError{"cannot lock " + (data_dir / "lock").string() + ": " + std::strerror(err)};
    }
    std::string holder = holder_of(fd_);
    if (std::chrono::steady_clock::now() >= deadline) {
      ::close(fd_);
      throw UserError{"another cradle (pid " + holder + ") is installing or removing packs in " +
                      data_dir.string() +
                      "; nothing was changed. Wait for it to finish and run this again"};
    }
    if (!told && on_wait) on_wait(holder);
    told = true;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  record_holder(fd_);
}

DataDirLock::~DataDirLock() {
  if (fd_ < 0) return;
  if (ftruncate(fd_, 0) != 0) {
    // The pid left in the file is only shown in messages; the lock is what counts.
  }
  flock(fd_, LOCK_UN);
  ::close(fd_);
}

bool DataDirLock::try_with(const fs::path& data_dir, const std::function<void()>& body) {
  int fd = open_lock_file(data_dir);
  if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
    ::close(fd);
    return false;
  }
  DataDirLock lock;
  lock.fd_ = fd;
  record_holder(fd);
  body();
  return true;
}

}  // namespace cradle::cli
