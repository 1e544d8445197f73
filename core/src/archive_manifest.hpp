// What writing and reading a .cpack agree on: how entry paths are spelled,
// the MANIFEST.sha256 format, and how sizes are shown.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "cradle/result.hpp"

namespace cradle::cpack {

// An archive entry's name as a relative '/'-separated path with "." and
// empty parts dropped ("./posts//a.md" -> "posts/a.md"; "./" -> ""). An
// Error (its message a reason to follow the entry's name) for an absolute
// path or a ".." part, which could reach outside the pack folder.
Result<std::string> normalize_entry_path(std::string_view name);

// path -> SHA-256 hex of every file but the manifest.
using Hashes = std::map<std::string, std::string>;

// One "HEX  PATH\n" line per file, in path order.
std::string format_manifest(const Hashes& hashes);

// The inverse of format_manifest, paths normalized. Also reads the " *PATH"
// form `sha256sum --binary` writes, and upper-case hex. An Error names the
// line that is not "HEX  PATH", or a path listed twice.
Result<Hashes> parse_manifest(std::string_view text);

// A byte count for people: "3.2 MiB", "812 bytes".
std::string shown_size(std::uint64_t bytes);

// An entry name made safe to print: control characters (which could drive
// a terminal) become '?'.
std::string shown_name(std::string_view name);

}  // namespace cradle::cpack
