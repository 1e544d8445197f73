// A fresh folder under the system temp dir, removed with everything in it
// when the object goes.
#pragma once

#include <filesystem>
#include <string>

namespace cradle::test {

class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  // Writes `content` to path()/relative, creating folders; returns the path.
  std::filesystem::path write(const std::string& relative, const std::string& content) const;

 private:
  std::filesystem::path path_;
};

// Copies a folder tree (a pack) into `to`.
void copy_tree(const std::filesystem::path& from, const std::filesystem::path& to);

}  // namespace cradle::test
