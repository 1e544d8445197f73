#include "archive_manifest.hpp"

#include <cctype>
#include <cstdio>

#include "cradle/archive.hpp"

namespace cradle::cpack {

Result<std::string> normalize_entry_path(std::string_view name) {
  if (name.starts_with('/')) return Error{"has an absolute path"};
  std::string out;
  while (!name.empty()) {
    auto slash = name.find('/');
    auto part = name.substr(0, slash);
    name.remove_prefix(slash == std::string_view::npos ? name.size() : slash + 1);
    if (part.empty() || part == ".") continue;
    if (part == "..") return Error{"climbs out of the pack folder with '..'"};
    if (!out.empty()) out += '/';
    out += part;
  }
  return out;
}

std::string format_manifest(const Hashes& hashes) {
  std::string out;
  for (const auto& [path, hex] : hashes) out += hex + "  " + path + "\n";
  return out;
}

Result<Hashes> parse_manifest(std::string_view text) {
  Hashes out;
  int number = 0;
  while (!text.empty()) {
    ++number;
    auto nl = text.find('\n');
    auto line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (line.empty()) continue;

    auto where = std::string(kCpackManifest) + " line " + std::to_string(number);
    bool hex_ok = line.size() > 66 && (line.substr(64, 2) == "  " || line.substr(64, 2) == " *");
    std::string hex;
    for (std::size_t i = 0; hex_ok && i < 64; ++i) {
      hex_ok = std::isxdigit(static_cast<unsigned char>(line[i]));
      hex += static_cast<char>(std::tolower(static_cast<unsigned char>(line[i])));
    }
    if (!hex_ok) return Error{where + " is not 'SHA256  PATH'"};
    auto path = normalize_entry_path(line.substr(66));
    if (!path) return Error{where + " names a path that " + path.error().message};
    if (path->empty()) return Error{where + " names no file"};
    if (!out.emplace(path.value(), hex).second)
      return Error{where + " lists '" + shown_name(path.value()) + "' a second time"};
  }
  return out;
}

std::string shown_size(std::uint64_t bytes) {
  if (bytes < 1024) return std::to_string(bytes) + " bytes";
  char buf[32];
  const char* unit = bytes < (1u << 20) ? "KiB" : "MiB";
  double value = static_cast<double>(bytes) / (bytes < (1u << 20) ? 1024.0 : 1048576.0);
  std::snprintf(buf, sizeof buf, "%.1f %s", value, unit);
  return buf;
}

std::string shown_name(std::string_view name) {
  std::string out(name);
  for (auto& c : out)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = '?';
  return out;
}

}  // namespace cradle::cpack
