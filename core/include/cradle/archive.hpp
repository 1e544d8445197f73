// .cpack archives: a pack folder as one file a publisher can hand out, and
// the checks that make opening one from a stranger safe.
//
// A .cpack is a gzip-compressed tar (pax) of the pack folder. Entry names are
// relative to the folder, so pack.yaml sits at the root, next to one more
// file, MANIFEST.sha256: a line `HEX  PATH` (SHA-256 in lowercase hex, two
// spaces, the path with '/' separators) for every other file, sorted by path.
// It is the format `sha256sum` writes, so `sha256sum -c MANIFEST.sha256`
// checks an unpacked archive by hand.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "cradle/export.hpp"
#include "cradle/result.hpp"

namespace cradle {

inline constexpr const char* kCpackManifest = "MANIFEST.sha256";

// What one archive may hold. Packs are text and a few pictures; these leave
// plenty of room for that while keeping a hostile archive from filling the
// disk. Writing refuses a pack beyond them, so every .cpack written opens.
inline constexpr std::size_t kCpackMaxEntries = 10'000;  // the manifest and folders included
inline constexpr std::uint64_t kCpackMaxFileBytes = 64ull << 20;
inline constexpr std::uint64_t kCpackMaxTotalBytes = 512ull << 20;
// Files may unpack to at most this many times the archive's size, once
// they hold more than kCpackRatioFloorBytes (small text packs compress well).
inline constexpr std::uint64_t kCpackMaxExpansionRatio = 100;
inline constexpr std::uint64_t kCpackRatioFloorBytes = 1ull << 20;

// Staging folders are named PREFIX + the pid of the process that made them +
// "-" + random letters, so a later run can tell an abandoned one (its
// process is gone) from one in use.
inline constexpr const char* kStagingPrefix = "cpack-";

// The files write_cpack() puts in an archive: every regular file under
// `pack_dir`, as relative '/'-separated paths in sorted order. Hidden files
// and folders (a name starting with '.', like .git) are left out, and so is
// `exclude` (the archive being written, when it is inside the folder). An
// Error names a file that cannot go in a .cpack: a symbolic link or other
// special file, or a name with a line break.
CRADLE_API Result<std::vector<std::string>> list_pack_files(
    const std::filesystem::path& pack_dir, const std::filesystem::path& exclude = {});

// Archives `pack_dir` as `out_file`, replacing any file there. The archive is
// written to a temporary file beside `out_file` and renamed over it only once
// it is complete, so on any Error no file (and no half archive) is left, and
// an existing `out_file` is untouched. Timestamps and owners are not stored,
// so the same folder always packs to the same bytes. An Error names the file
// that failed and why, including a pack beyond the limits above. Does not
// check that the folder is a valid pack: load_pack() does that.
CRADLE_API Result<void> write_cpack(const std::filesystem::path& pack_dir,
                                    const std::filesystem::path& out_file);

// Unpacks `archive` into a new folder under `staging_root` (created if
// missing) and checks it against its manifest before returning the folder,
// which the caller then owns and must remove. The archive's
// MANIFEST.sha256 is checked, not copied: the folder holds the pack alone.
//
// Refused, with an Error naming the archive and the entry, and with every
// file it extracted removed again: an entry with an absolute path or a ".."
// component; anything but a regular file or a folder (symbolic and hard
// links, devices, FIFOs); more than kCpackMaxEntries entries, a file over
// kCpackMaxFileBytes or more than kCpackMaxTotalBytes in all; an entry given
// twice; a missing manifest, a file it does not list, a line it lists with
// no file, or a file whose SHA-256 does not match. Every header is checked
// in a first pass that writes nothing; only then are files written, one by
// one by this code, never by libarchive, so nothing is ever written outside
// the new folder, and nothing at all for an archive refused by its headers.
CRADLE_API Result<std::filesystem::path> extract_cpack(const std::filesystem::path& archive,
                                                       const std::filesystem::path& staging_root);

// What open_cpack() found: the staged folder (the caller's to remove), the
// manifest's bytes, and MANIFEST.sig's, if the archive has one.
struct OpenedCpack {
  std::filesystem::path dir;
  std::string manifest;
  std::optional<std::string> signature;
};

// extract_cpack(), keeping the manifest and the signature (see signing.hpp)
// for the caller to check; a signature over 4 KiB is refused. Also refused:
// an entry name that is not valid UTF-8, and files that unpack to more than
// kCpackMaxExpansionRatio times the archive's size.
CRADLE_API Result<OpenedCpack> open_cpack(const std::filesystem::path& archive,
                                          const std::filesystem::path& staging_root);

struct SecretKey;
// write_cpack(), and signs the manifest with `key` into MANIFEST.sig.
CRADLE_API Result<void> write_cpack(const std::filesystem::path& pack_dir,
                                    const std::filesystem::path& out_file, const SecretKey& key);

}  // namespace cradle
