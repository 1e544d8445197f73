#include "pack_source.hpp"

#include <chrono>

#include "cradle/archive.hpp"

namespace cradle::cli {
namespace fs = std::filesystem;
namespace {

// A staged folder is removed when its command ends, but a command killed
// outright (SIGKILL, a power cut) cannot; sweep up what such a run left.
// A day old is long past any install still running.
void sweep_stale(const fs::path& staging_root) {
  std::error_code ec;
  auto cutoff = fs::file_time_type::clock::now() - std::chrono::hours(24);
  for (const auto& entry : fs::directory_iterator(staging_root, ec)) {
    if (!entry.path().filename().string().starts_with("cpack-")) continue;
    auto when = entry.last_write_time(ec);
    if (!ec && when < cutoff) fs::remove_all(entry.path(), ec);
  }
}

}  // namespace

PackSource PackSource::open(const fs::path& path, const fs::path& staging_root) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) return PackSource(path, {});
  auto staged = extract_cpack(path, staging_root);
  if (!staged) throw UserError{staged.error().message};
  return PackSource(staged.value(), path);
}

PackSource::PackSource(PackSource&& other) noexcept
    : dir_(std::move(other.dir_)), archive_(std::move(other.archive_)) {
  other.dir_.clear();
  other.archive_.clear();
}

PackSource::~PackSource() {
  if (archive_.empty() || dir_.empty()) return;
  std::error_code ec;
  fs::remove_all(dir_, ec);
}

std::string PackSource::where(const std::string& file) const {
  fs::path f(file);
  if (!is_archive()) return f.is_relative() ? (dir_ / f).lexically_normal().string() : file;
  if (f.is_absolute()) {
    auto inside = f.lexically_relative(dir_);
    if (inside.empty() || inside.begin()->string() == "..") return unstaged(file);
    f = inside;
  }
  std::string rel = f.lexically_normal().generic_string();
  return archive_.string() + (rel == "." ? "" : ":" + rel);
}

std::string PackSource::unstaged(std::string text) const {
  if (!is_archive()) return text;
  const std::string from = dir_.string(), to = archive_.string();
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

std::vector<PackSource> open_pack_sources(App& app, const std::vector<fs::path>& paths) {
  const fs::path staging_root = app.data_dir() / "staging";
  bool swept = false;
  std::vector<PackSource> out;
  for (const auto& path : paths) {
    std::error_code ec;
    if (!swept && !fs::is_directory(path, ec)) {
      sweep_stale(staging_root);
      swept = true;
    }
    out.push_back(PackSource::open(path, staging_root));
  }
  return out;
}

}  // namespace cradle::cli
