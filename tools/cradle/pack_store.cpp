#include "pack_store.hpp"

#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <set>

#include "app.hpp"
#include "cradle/archive.hpp"

namespace cradle::cli {
namespace fs = std::filesystem;
namespace {

// A fresh, empty folder `root`/PREFIX-XXXXXX (mode 0700).
fs::path new_folder(const fs::path& root, const std::string& prefix) {
  std::error_code ec;
  fs::create_directories(root, ec);
  std::string pattern = (root / (prefix + "XXXXXX")).string();
  if (ec || !mkdtemp(pattern.data()))
    throw UserError{"cannot create a folder in " + root.string() + ": " +
                    (ec ? ec.message() : std::strerror(errno)) +
                    " (check the data dir is writable)"};
  return pattern;
}

// Whether the staging folder's maker is gone: its name carries the pid.
// A name without one (an older Cradle's) is abandoned after a day.
bool abandoned(const fs::directory_entry& entry) {
  std::string name = entry.path().filename().string();
  if (!name.starts_with(kStagingPrefix)) return false;
  std::string rest = name.substr(std::strlen(kStagingPrefix));
  auto dash = rest.find('-');
  char* end = nullptr;
  long pid = dash == std::string::npos ? 0 : std::strtol(rest.c_str(), &end, 10);
  if (pid > 0 && end == rest.c_str() + dash)
    return kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
  std::error_code ec;
  auto when = entry.last_write_time(ec);
  return !ec && when < fs::file_time_type::clock::now() - std::chrono::hours(24);
}

}  // namespace

fs::path staging_root(const fs::path& data_dir) { return data_dir / "staging"; }
fs::path store_root(const fs::path& data_dir) { return data_dir / "packs"; }

fs::path stage_folder(const fs::path& folder, const fs::path& staging) {
  auto files = list_pack_files(folder);
  if (!files) throw UserError{files.error().message};
  fs::path dir = new_folder(staging, std::string(kStagingPrefix) + std::to_string(getpid()) + "-");
  for (const auto& name : files.value()) {
    std::error_code ec;
    fs::path to = dir / name;
    fs::create_directories(to.parent_path(), ec);
    if (!ec) fs::copy_file(folder / name, to, ec);
    if (ec) {
      fs::remove_all(dir, ec);
      throw UserError{"cannot copy " + (folder / name).string() + " to stage it: " + ec.message()};
    }
  }
  return dir;
}

std::string move_into_store(const fs::path& staged, const fs::path& data_dir,
                            const std::string& id) {
  // An empty folder of the final name first, so the name is ours; rename()
  // then replaces it in one step.
  fs::path target = new_folder(store_root(data_dir), id + "-");
  std::error_code ec;
  fs::rename(staged, target, ec);
  if (ec) {
    fs::remove(target, ec);
    throw UserError{"cannot move pack " + id + " into " + store_root(data_dir).string() + ": " +
                    ec.message()};
  }
  // The rename on disk before the catalog names the folder.
  if (int fd = ::open(store_root(data_dir).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); fd >= 0) {
    (void)fsync(fd);
    ::close(fd);
  }
  return target.filename().string();
}

void remove_from_store(const fs::path& data_dir, const std::string& store_dir) {
  if (store_dir.empty() || store_dir.find('/') != std::string::npos || store_dir == "." ||
      store_dir == "..")
    return;
  std::error_code ec;
  fs::remove_all(store_root(data_dir) / store_dir, ec);
}

void sweep_staging(const fs::path& staging) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(staging, ec))
    if (abandoned(entry)) fs::remove_all(entry.path(), ec);
}

void sweep(const fs::path& data_dir, const Library& installed) {
  sweep_staging(staging_root(data_dir));
  std::set<std::string> named;
  for (const auto& p : installed.packs()) named.insert(p.store_dir);
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(store_root(data_dir), ec))
    if (!named.count(entry.path().filename().string())) fs::remove_all(entry.path(), ec);
}

}  // namespace cradle::cli
