// Writing a .cpack: list the pack's files, stream each into a gzip'd pax tar
// while hashing it, add the manifest last, then rename the finished file
// into place.
#include <archive.h>
#include <archive_entry.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

#include "archive_handles.hpp"
#include "archive_locale.hpp"
#include "archive_manifest.hpp"
#include "cradle/archive.hpp"
#include "cradle/signing.hpp"
#include "sha256.hpp"

namespace cradle {
namespace fs = std::filesystem;
namespace {

// A temporary file beside the archive's final place, removed unless
// commit() renamed it there. Beside, so the rename stays on one file system
// and is atomic.
class TempFile {
 public:
  explicit TempFile(const fs::path& final_path) : final_(final_path) {
    fs::path dir = final_path.parent_path().empty() ? fs::path(".") : final_path.parent_path();
    std::string pattern = (dir / ("." + final_path.filename().string() + ".tmp-XXXXXX")).string();
    fd_ = mkstemp(pattern.data());
    if (fd_ >= 0) path_ = pattern;
  }
  ~TempFile() {
    if (fd_ >= 0) close(fd_);
    if (!path_.empty()) {
      std::error_code ec;
      fs::remove(path_, ec);
    }
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  int fd() const { return fd_; }

  // Flushes the file to disk and renames it over the final path, so a crash
  // leaves the old file or the new one, never a torn one.
  Result<void> commit() {
    // mkstemp makes 0600; a published archive is for others to read.
    if (fchmod(fd_, 0644) != 0 || fsync(fd_) != 0 || close(fd_) != 0) {
      fd_ = -1;
      return Error{"cannot write " + final_.string() + ": " + std::strerror(errno)};
    }
    fd_ = -1;
    std::error_code ec;
    fs::rename(path_, final_, ec);
    if (ec) return Error{"cannot write " + final_.string() + ": " + ec.message()};
    path_.clear();
    return {};
  }

 private:
  fs::path final_;
  fs::path path_;
  int fd_ = -1;
};

// Writes one regular file's header. No owner and a fixed time: extraction
// ignores both, and leaving them out makes packing reproducible.
Result<void> write_header(archive* a, const std::string& name, std::uint64_t size) {
  ArchiveEntry entry(archive_entry_new());
  archive_entry_set_pathname(entry.get(), name.c_str());
  archive_entry_set_filetype(entry.get(), AE_IFREG);
  archive_entry_set_perm(entry.get(), 0644);
  archive_entry_set_size(entry.get(), static_cast<la_int64_t>(size));
  archive_entry_set_mtime(entry.get(), 0, 0);
  // A warning is a name that is not valid UTF-8, stored as raw bytes instead.
  if (archive_write_header(a, entry.get()) < ARCHIVE_WARN)
    return Error{"cannot add " + name + ": " + libarchive_error(a)};
  return {};
}

Result<void> write_data(archive* a, const std::string& name, std::string_view bytes) {
  if (archive_write_data(a, bytes.data(), bytes.size()) != static_cast<la_ssize_t>(bytes.size()))
    return Error{"cannot add " + name + ": " + libarchive_error(a)};
  return {};
}

// Streams one file into the archive, hashing what it wrote. `size` is the
// size listed in its header; a file that grows or shrinks meanwhile would
// be stored cut or padded, so that is an Error.
Result<std::string> add_file(archive* a, const fs::path& pack_dir, const std::string& name,
                             std::uint64_t size) {
  fs::path path = pack_dir / name;
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"cannot read " + path.string()};
  if (auto r = write_header(a, name, size); !r) return r.error();
  Sha256 hash;
  std::string buffer(64 * 1024, '\0');
  std::uint64_t done = 0;
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    std::string_view chunk(buffer.data(), static_cast<std::size_t>(in.gcount()));
    if (chunk.empty()) break;
    done += chunk.size();
    if (done > size) break;
    hash.update(chunk);
    if (auto r = write_data(a, name, chunk); !r) return r.error();
  }
  if (in.bad()) return Error{"cannot read " + path.string()};
  if (done != size) return Error{path.string() + " changed while it was being packed: pack again"};
  return hash.hex();
}

// Checks the files against what extract_cpack() accepts; returns their sizes.
Result<std::vector<std::uint64_t>> sizes_within_limits(const fs::path& pack_dir,
                                                       const std::vector<std::string>& files) {
  if (files.size() + 1 > kCpackMaxEntries)
    return Error{pack_dir.string() + " has " + std::to_string(files.size()) +
                 " files; a .cpack holds at most " + std::to_string(kCpackMaxEntries - 1)};
  std::vector<std::uint64_t> sizes;
  std::uint64_t total = 0;
  for (const auto& name : files) {
    std::error_code ec;
    std::uint64_t size = fs::file_size(pack_dir / name, ec);
    if (ec) return Error{"cannot read " + (pack_dir / name).string() + ": " + ec.message()};
    if (size > kCpackMaxFileBytes)
      return Error{(pack_dir / name).string() + " is " + cpack::shown_size(size) +
                   "; a file in a .cpack may be at most " + cpack::shown_size(kCpackMaxFileBytes)};
    total += size;
    sizes.push_back(size);
  }
  if (total > kCpackMaxTotalBytes)
    return Error{pack_dir.string() + " holds " + cpack::shown_size(total) +
                 " of files; a .cpack may hold at most " + cpack::shown_size(kCpackMaxTotalBytes)};
  return sizes;
}

bool is_hidden(const fs::path& p) { return p.filename().string().starts_with('.'); }

}  // namespace

Result<std::vector<std::string>> list_pack_files(const fs::path& pack_dir,
                                                 const fs::path& exclude) {
  std::error_code ec;
  if (!fs::is_directory(pack_dir, ec)) return Error{pack_dir.string() + " is not a folder"};
  bool has_exclude = !exclude.empty() && fs::exists(exclude, ec);

  std::vector<std::string> out;
  auto cannot_read = [&](const std::error_code& e) {
    return Error{"cannot read " + pack_dir.string() + ": " + e.message()};
  };
  fs::recursive_directory_iterator it(pack_dir, ec);
  if (ec) return cannot_read(ec);
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) return cannot_read(ec);
    const fs::path& path = it->path();
    fs::file_status status = it->symlink_status(ec);
    if (ec) return cannot_read(ec);
    if (is_hidden(path)) {  // .git, .DS_Store, editor swap files: not the pack
      if (fs::is_directory(status)) it.disable_recursion_pending();
      continue;
    }
    if (fs::is_directory(status)) continue;
    if (fs::is_symlink(status))
      return Error{path.string() +
                   " is a symbolic link: a .cpack holds only files and folders, so copy in the "
                   "file it points to"};
    if (!fs::is_regular_file(status))
      return Error{path.string() +
                   " is not a regular file (a device, FIFO or socket): move it out of the pack "
                   "folder"};
    if (has_exclude && fs::equivalent(path, exclude, ec)) continue;
    std::string name = path.lexically_relative(pack_dir).generic_string();
    if (name.find_first_of("\r\n") != std::string::npos)
      return Error{path.string() + " has a line break in its name, which " + kCpackManifest +
                   " cannot list: rename it"};
    out.push_back(std::move(name));
  }
  std::sort(out.begin(), out.end());
  return out;
}

namespace {

Result<void> write_archive(const fs::path& pack_dir, const fs::path& out_file,
                           const SecretKey* key) {
  auto files = list_pack_files(pack_dir, out_file);
  if (!files) return files.error();
  auto sizes = sizes_within_limits(pack_dir, files.value());
  if (!sizes) return sizes.error();

  TempFile temp(out_file);
  if (temp.fd() < 0)
    return Error{"cannot write " + out_file.string() + ": " + std::strerror(errno)};
  cpack::Utf8Names utf8;  // before the writer, which reads the locale when it first needs it
  ArchiveWriter writer(archive_write_new());
  archive* a = writer.get();
  if (archive_write_add_filter_gzip(a) != ARCHIVE_OK ||
      archive_write_set_format_pax(a) != ARCHIVE_OK)
    return Error{"cannot write " + out_file.string() + ": " + libarchive_error(a)};
  // No time in the gzip header either, so the same folder gives the same bytes.
  archive_write_set_options(a, "gzip:!timestamp");
  if (archive_write_open_fd(a, temp.fd()) != ARCHIVE_OK)
    return Error{"cannot write " + out_file.string() + ": " + libarchive_error(a)};

  cpack::Hashes hashes;
  for (std::size_t i = 0; i < files->size(); ++i) {
    const std::string& name = files.value()[i];
    auto hex = add_file(a, pack_dir, name, sizes.value()[i]);
    if (!hex) return hex.error();
    hashes[name] = hex.value();
  }
  std::string manifest = cpack::format_manifest(hashes);
  if (auto r = write_header(a, kCpackManifest, manifest.size()); !r) return r;
  if (auto r = write_data(a, kCpackManifest, manifest); !r) return r;
  if (key) {
    std::string signature = sign_manifest(*key, manifest);
    if (auto r = write_header(a, kCpackSignature, signature.size()); !r) return r;
    if (auto r = write_data(a, kCpackSignature, signature); !r) return r;
  }
  if (archive_write_close(a) != ARCHIVE_OK)
    return Error{"cannot write " + out_file.string() + ": " + libarchive_error(a)};
  return temp.commit();
}

}  // namespace

Result<void> write_cpack(const fs::path& pack_dir, const fs::path& out_file) {
  try {
    return write_archive(pack_dir, out_file, nullptr);
  } catch (const std::exception& e) {  // bad_alloc, or libsodium failing to start
    return Error{"cannot write " + out_file.string() + ": " + e.what()};
  }
}

Result<void> write_cpack(const fs::path& pack_dir, const fs::path& out_file, const SecretKey& key) {
  try {
    return write_archive(pack_dir, out_file, &key);
  } catch (const std::exception& e) {  // bad_alloc, or libsodium failing to start
    return Error{"cannot write " + out_file.string() + ": " + e.what()};
  }
}

}  // namespace cradle
