#include "pack_source.hpp"

#include <utility>

#include "cradle/archive.hpp"
#include "pack_store.hpp"

namespace cradle::cli {
namespace fs = std::filesystem;

PackSource PackSource::open(const fs::path& path, const fs::path& staging) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) return PackSource(stage_folder(path, staging), path, false);
  auto opened = open_cpack(path, staging);
  if (!opened) throw UserError{opened.error().message};
  PackSource source(opened->dir, path, true);
  source.manifest_ = std::move(opened->manifest);
  source.signature_ = std::move(opened->signature);
  return source;
}

PackSource::PackSource(PackSource&& other) noexcept
    : dir_(std::move(other.dir_)),
      origin_(std::move(other.origin_)),
      archive_(other.archive_),
      manifest_(std::move(other.manifest_)),
      signature_(std::move(other.signature_)) {
  other.dir_.clear();
}

PackSource::~PackSource() {
  if (dir_.empty()) return;
  std::error_code ec;
  fs::remove_all(dir_, ec);
}

fs::path PackSource::release() { return std::exchange(dir_, {}); }

std::string PackSource::where(const std::string& file) const {
  fs::path f(file);
  if (f.is_absolute()) {
    auto inside = f.lexically_relative(dir_);
    if (inside.empty() || inside.begin()->string() == "..") return unstaged(file);
    f = inside;
  }
  std::string rel = f.lexically_normal().generic_string();
  if (!archive_) return rel == "." ? origin_.string() : (origin_ / rel).lexically_normal().string();
  return origin_.string() + (rel == "." ? "" : ":" + rel);
}

std::string PackSource::unstaged(std::string text) const {
  const std::string from = dir_.string(), to = origin_.string();
  if (from.empty()) return text;
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

std::vector<PackSource> open_pack_sources(App& app, const std::vector<fs::path>& paths) {
  const fs::path staging = staging_root(app.data_dir());
  sweep_staging(staging);
  std::vector<PackSource> out;
  for (const auto& path : paths) out.push_back(PackSource::open(path, staging));
  return out;
}

}  // namespace cradle::cli
