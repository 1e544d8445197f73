// Opening a .cpack from anyone: every entry's name and kind is checked
// before a byte of it is written, files are written by this code (never by
// archive_write_disk) into a fresh folder, and the whole is checked against
// the manifest before the caller sees it.
#include <archive.h>
#include <archive_entry.h>
#include <stdlib.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <optional>
#include <set>
#include <utility>

#include "archive_handles.hpp"
#include "archive_locale.hpp"
#include "archive_manifest.hpp"
#include "cradle/archive.hpp"
#include "cradle/signing.hpp"
#include "sha256.hpp"
#include "utf8.hpp"

namespace cradle {
namespace fs = std::filesystem;
namespace {

// The new folder, removed with everything in it unless keep() is called.
class Staged {
 public:
  explicit Staged(fs::path dir) : dir_(std::move(dir)) {}
  ~Staged() {
    if (dir_.empty()) return;
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  Staged(const Staged&) = delete;
  Staged& operator=(const Staged&) = delete;

  const fs::path& dir() const { return dir_; }
  fs::path keep() { return std::exchange(dir_, {}); }

 private:
  fs::path dir_;
};

class Extraction {
 public:
  // With `check_only`, every entry's header is checked and nothing is
  // written or read: the first pass, so a hostile archive is refused before
  // anything of it reaches the disk.
  Extraction(const fs::path& archive_path, const fs::path& dir, std::uint64_t archive_bytes,
             bool check_only)
      : archive_path_(archive_path),
        dir_(dir),
        archive_bytes_(archive_bytes),
        check_only_(check_only) {}

  const std::optional<std::string>& manifest() const { return manifest_; }
  const std::optional<std::string>& signature() const { return signature_; }

  // Reads every entry, writing files into dir_.
  Result<void> extract(archive* a) {
    for (;;) {
      archive_entry* entry = nullptr;
      int status = archive_read_next_header(a, &entry);
      if (status == ARCHIVE_EOF) return {};
      if (status < ARCHIVE_WARN)  // a warning (an odd charset, say) still gives a usable entry
        return refuse("cannot be read as a .cpack: " + libarchive_error(a));
      if (++entries_ > kCpackMaxEntries)
        return refuse("has more than " + std::to_string(kCpackMaxEntries) +
                      " entries, more than a .cpack may hold");
      if (auto r = take(a, entry); !r) return r;
    }
  }

  // Checks the files against the manifest, in archive order, then the
  // manifest against the files.
  Result<void> verify() const {
    if (!manifest_)
      return refuse("has no " + std::string(kCpackManifest) +
                    " at its root, so its files cannot be checked: make .cpack files with "
                    "`cradle pack`");
    auto listed = cpack::parse_manifest(*manifest_);
    if (!listed) return refuse(listed.error().message);
    for (const auto& [name, hex] : files_) {
      auto it = listed->find(name);
      if (it == listed->end())
        return refuse_entry(name, "is not listed in " + std::string(kCpackManifest) +
                                      ": the archive was changed after it was packed; ask its "
                                      "publisher for a fresh copy");
      if (it->second != hex)
        return refuse_entry(name, "does not match its SHA-256 in " + std::string(kCpackManifest) +
                                      ": the archive is damaged or was changed after it was "
                                      "packed; ask its publisher for a fresh copy");
    }
    std::set<std::string> present;
    for (const auto& file : files_) present.insert(file.first);
    for (const auto& [name, hex] : listed.value()) {
      if (!present.count(name))
        return refuse(std::string(kCpackManifest) + " lists '" + cpack::shown_name(name) +
                      "', which is not in the archive: it is incomplete; ask its publisher "
                      "for a fresh copy");
    }
    return {};
  }

 private:
  Error refuse(const std::string& why) const { return Error{archive_path_.string() + ": " + why}; }
  Error refuse_entry(std::string_view name, const std::string& why) const {
    return refuse("entry '" + cpack::shown_name(name) + "' " + why);
  }
  Error unsafe(std::string_view name, const std::string& why) const {
    return refuse_entry(name, why + ", so the archive was refused as unsafe");
  }

  Result<void> take(archive* a, archive_entry* entry) {
    const char* raw = archive_entry_pathname_utf8(entry);
    if (!raw) raw = archive_entry_pathname(entry);
    if (!raw || !*raw) return refuse("has an entry with no name");
    std::string_view shown = raw;
    if (first_invalid_utf8(shown)) return unsafe(shown, "has a name that is not valid UTF-8");

    auto name = cpack::normalize_entry_path(raw);
    if (!name) return unsafe(shown, name.error().message);
    // Links first: a hard link's type says "regular file".
    if (archive_entry_hardlink(entry)) return unsafe(shown, "is a hard link");
    auto type = archive_entry_filetype(entry);
    if (type == AE_IFLNK || archive_entry_symlink(entry))
      return unsafe(shown, "is a symbolic link");
    if (type != AE_IFREG && type != AE_IFDIR)
      return unsafe(shown, "is a device, FIFO or socket; a .cpack holds only files and folders");
    if (name->empty()) {
      if (type == AE_IFDIR) return {};  // "./": the pack folder itself
      return unsafe(shown, "names the pack folder itself as a file");
    }
    if (!seen_.insert(name.value()).second)
      return refuse_entry(shown, "appears twice; a .cpack holds each file once");

    fs::path target = dir_ / fs::path(name.value());
    std::error_code ec;
    if (type == AE_IFDIR) {
      if (check_only_) return {};
      fs::create_directories(target, ec);
      if (ec) return refuse_entry(shown, "cannot be extracted: " + ec.message());
      return {};
    }

    std::int64_t size = archive_entry_size(entry);
    if (size < 0) return refuse_entry(shown, "has no size, so the archive is damaged");
    if (static_cast<std::uint64_t>(size) > kCpackMaxFileBytes)
      return refuse_entry(shown, "is " + cpack::shown_size(static_cast<std::uint64_t>(size)) +
                                     "; a file in a .cpack may be at most " +
                                     cpack::shown_size(kCpackMaxFileBytes));
    total_ += static_cast<std::uint64_t>(size);
    if (total_ > kCpackMaxTotalBytes)
      return refuse_entry(shown, "takes the archive over " +
                                     cpack::shown_size(kCpackMaxTotalBytes) +
                                     " of files, more than a .cpack may hold");
    // A zip bomb: a few bytes of archive that unpack to far more.
    if (total_ > kCpackRatioFloorBytes && total_ / kCpackMaxExpansionRatio > archive_bytes_)
      return refuse_entry(shown, "takes the archive to " + cpack::shown_size(total_) +
                                     " unpacked from " + cpack::shown_size(archive_bytes_) +
                                     ", more than " + std::to_string(kCpackMaxExpansionRatio) +
                                     " times its size, so the archive was refused as unsafe");

    bool is_signature = name.value() == kCpackSignature;
    if (is_signature && static_cast<std::uint64_t>(size) > kMaxSignatureBytes)
      return refuse_entry(shown, "is too large to be a signature");
    if (check_only_) return {};  // libarchive skips the data
    if (name.value() == kCpackManifest) return read_small(a, shown, manifest_);
    if (is_signature) return read_small(a, shown, signature_);
    fs::create_directories(target.parent_path(), ec);
    if (ec) return refuse_entry(shown, "cannot be extracted: " + ec.message());
    return write_file(a, shown, name.value(), target);
  }

  // The manifest or signature: read into memory, never written out.
  Result<void> read_small(archive* a, std::string_view shown, std::optional<std::string>& into) {
    std::string text;
    auto r = read_data(a, shown, [&](std::string_view chunk) {
      text += chunk;
      return true;
    });
    if (!r) return r;
    into = std::move(text);
    return {};
  }

  Result<void> write_file(archive* a, std::string_view shown, const std::string& name,
                          const fs::path& target) {
    // Entries are unique and the folder is new and ours (mode 0700), so
    // nothing here can already exist or be a link.
    std::ofstream out(target, std::ios::binary | std::ios::trunc);
    if (!out) return refuse_entry(shown, "cannot be extracted to " + target.string());
    Sha256 hash;
    auto r = read_data(a, shown, [&](std::string_view chunk) {
      hash.update(chunk);
      return static_cast<bool>(out.write(chunk.data(), static_cast<std::streamsize>(chunk.size())));
    });
    if (!r) return r;
    out.close();
    if (!out) return refuse_entry(shown, "cannot be extracted to " + target.string());
    files_.emplace_back(name, hash.hex());
    return {};
  }

  // Hands each piece of the current entry's data to `sink`.
  template <class Sink>
  Result<void> read_data(archive* a, std::string_view shown, Sink&& sink) {
    std::string buffer(64 * 1024, '\0');
    for (;;) {
      la_ssize_t n = archive_read_data(a, buffer.data(), buffer.size());
      if (n == 0) return {};
      if (n < 0)
        return refuse_entry(shown,
                            "cannot be read, the archive is damaged: " + libarchive_error(a));
      if (!sink(std::string_view(buffer.data(), static_cast<std::size_t>(n))))
        return refuse_entry(shown, "cannot be written to the staging folder");
    }
  }

  const fs::path& archive_path_;
  const fs::path& dir_;
  std::size_t entries_ = 0;
  std::uint64_t total_ = 0;
  std::set<std::string> seen_;
  std::vector<std::pair<std::string, std::string>> files_;  // name, hash, in archive order
  std::optional<std::string> manifest_;
  std::optional<std::string> signature_;
  std::uint64_t archive_bytes_ = 0;
  bool check_only_ = false;
  static constexpr std::uint64_t kMaxSignatureBytes = 4096;
};

Result<OpenedCpack> extract(const fs::path& archive_path, const fs::path& staging_root) {
  std::error_code ec;
  fs::create_directories(staging_root, ec);
  if (ec)
    return Error{"cannot create the staging folder " + staging_root.string() + ": " + ec.message()};
  std::uint64_t archive_bytes = fs::file_size(archive_path, ec);
  if (ec) return Error{archive_path.string() + ": cannot be read: " + ec.message()};
  std::string pattern =
      (staging_root / (std::string(kStagingPrefix) + std::to_string(getpid()) + "-XXXXXX"))
          .string();
  if (!mkdtemp(pattern.data()))
    return Error{"cannot create a folder in " + staging_root.string() + ": " +
                 std::strerror(errno)};
  Staged staged(pattern);

  cpack::Utf8Names utf8;  // names as UTF-8, whatever the process's locale
  // Two passes: the headers alone, then (all of them fine) the files.
  std::optional<Extraction> extraction;
  for (bool check_only : {true, false}) {
    ArchiveReader reader(archive_read_new());
    archive* a = reader.get();
    archive_read_support_filter_all(a);
    archive_read_support_format_tar(a);
    if (archive_read_open_filename(a, archive_path.c_str(), 64 * 1024) != ARCHIVE_OK)
      return Error{archive_path.string() + ": cannot be read as a .cpack: " + libarchive_error(a)};
    extraction.emplace(archive_path, staged.dir(), archive_bytes, check_only);
    if (auto r = extraction->extract(a); !r) return r.error();
  }
  if (auto r = extraction->verify(); !r) return r.error();
  return OpenedCpack{staged.keep(), *extraction->manifest(), extraction->signature()};
}

}  // namespace

Result<OpenedCpack> open_cpack(const fs::path& archive_path, const fs::path& staging_root) {
  try {
    return extract(archive_path, staging_root);
  } catch (const std::exception& e) {  // bad_alloc, or libsodium failing to start
    return Error{archive_path.string() + ": cannot be extracted: " + e.what()};
  }
}

Result<fs::path> extract_cpack(const fs::path& archive_path, const fs::path& staging_root) {
  auto opened = open_cpack(archive_path, staging_root);
  if (!opened) return opened.error();
  return std::move(opened.value().dir);
}

}  // namespace cradle
