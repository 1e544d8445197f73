// Building .cpack archives by hand with libarchive, as a damaged or hostile
// one would be made, and reading them back.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace cradle::test {

struct TarEntry {
  enum class Kind { file, dir, symlink, hardlink, fifo, chardev };
  std::string name;
  std::string content;  // file
  Kind kind = Kind::file;
  std::string link = {};   // symlink, hardlink: the target
  std::uint64_t fill = 0;  // file: this many more bytes of 'x' after `content`, streamed
};
using TarEntries = std::vector<TarEntry>;

// Every entry of a tar (any compression), its data read in full.
TarEntries read_tar(const std::filesystem::path& path);

// A gzip'd pax tar of `entries`, exactly as given (no checks); with
// `gzip` false, a plain tar (which a .cpack may also be), quick to write
// however big.
void write_tar(const std::filesystem::path& path, const TarEntries& entries, bool gzip = true);

TarEntries without(TarEntries entries, const std::string& name);

}  // namespace cradle::test
