// A pack named on the command line: a folder, or a .cpack archive. Either
// way it is staged into DATA_DIR/staging first (an archive unpacked and
// checked against its manifest, a folder's pack files copied), so what is
// loaded and checked is exactly what gets installed. The staged folder is
// removed when the PackSource goes, unless release()d into the store.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "app.hpp"

namespace cradle::cli {

class PackSource {
 public:
  // Stages `path`. Throws UserError, naming the path, if it is refused.
  static PackSource open(const std::filesystem::path& path,
                         const std::filesystem::path& staging_root);

  PackSource(PackSource&& other) noexcept;
  PackSource& operator=(PackSource&&) = delete;
  PackSource(const PackSource&) = delete;
  PackSource& operator=(const PackSource&) = delete;
  ~PackSource();  // removes the staged folder, unless released

  // The staged pack folder to load.
  const std::filesystem::path& dir() const { return dir_; }
  // What the user named: the folder or the archive.
  const std::filesystem::path& origin() const { return origin_; }
  bool is_archive() const { return archive_; }
  // An archive's MANIFEST.sha256 and MANIFEST.sig (if it has one).
  const std::string& manifest() const { return manifest_; }
  const std::optional<std::string>& signature() const { return signature_; }

  // The staged folder is no longer this object's to remove.
  std::filesystem::path release();

  // Where a diagnostic's `file` is, as the user can find it: FOLDER/FILE,
  // or ARCHIVE:FILE for a file inside an archive.
  std::string where(const std::string& file) const;
  // `text` with the staging folder's path replaced by what the user named,
  // so no message points at a folder that is about to go.
  std::string unstaged(std::string text) const;

 private:
  PackSource(std::filesystem::path dir, std::filesystem::path origin, bool archive)
      : dir_(std::move(dir)), origin_(std::move(origin)), archive_(archive) {}

  std::filesystem::path dir_;
  std::filesystem::path origin_;
  bool archive_ = false;
  std::string manifest_;
  std::optional<std::string> signature_;
};

// Opens each path in order (see PackSource::open), staging under `app`'s
// data dir after sweeping abandoned staging folders. On a throw, anything
// already staged is removed.
std::vector<PackSource> open_pack_sources(App& app,
                                          const std::vector<std::filesystem::path>& paths);

}  // namespace cradle::cli
