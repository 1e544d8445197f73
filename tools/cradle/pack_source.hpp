// A pack named on the command line: a folder, read where it is, or a .cpack
// archive, unpacked into DATA_DIR/staging for as long as the PackSource
// lives and removed again whatever happens after.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "app.hpp"

namespace cradle::cli {

class PackSource {
 public:
  // A folder is used as it is; a file is opened as a .cpack and checked
  // against its manifest. Throws UserError, naming the path, if the archive
  // is refused.
  static PackSource open(const std::filesystem::path& path,
                         const std::filesystem::path& staging_root);

  PackSource(PackSource&& other) noexcept;
  PackSource& operator=(PackSource&&) = delete;
  PackSource(const PackSource&) = delete;
  PackSource& operator=(const PackSource&) = delete;
  ~PackSource();  // removes the staging folder, if any

  // The pack folder to load: the folder itself, or the staged copy.
  const std::filesystem::path& dir() const { return dir_; }
  bool is_archive() const { return !archive_.empty(); }

  // Where a diagnostic's `file` is, as the user can find it: FOLDER/FILE,
  // or ARCHIVE:FILE for a file inside an archive.
  std::string where(const std::string& file) const;
  // `text` with the staging folder's path replaced by the archive's name,
  // so no message points at a folder that is about to go.
  std::string unstaged(std::string text) const;

 private:
  PackSource(std::filesystem::path dir, std::filesystem::path archive)
      : dir_(std::move(dir)), archive_(std::move(archive)) {}

  std::filesystem::path dir_;
  std::filesystem::path archive_;  // empty for a folder
};

// Opens each path in order (see PackSource::open), staging archives under
// `app`'s data dir. On a throw, anything already staged is removed.
std::vector<PackSource> open_pack_sources(App& app,
                                          const std::vector<std::filesystem::path>& paths);

}  // namespace cradle::cli
