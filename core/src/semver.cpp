#include "semver.hpp"

#include <charconv>

namespace cradle {
namespace {

bool is_identifier_char(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' ||
         c == '.';
}

// A numeric part: digits, no leading zero (semver 2.0 §2).
bool take_number(std::string_view& s, unsigned long& out) {
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  std::size_t len = end - s.data();
  if (ec != std::errc() || len == 0 || (len > 1 && s[0] == '0')) return false;
  s.remove_prefix(len);
  return true;
}

}  // namespace

std::optional<SemVer> parse_semver(std::string_view s) {
  SemVer v;
  if (!take_number(s, v.major) || !s.starts_with('.')) return std::nullopt;
  s.remove_prefix(1);
  if (!take_number(s, v.minor) || !s.starts_with('.')) return std::nullopt;
  s.remove_prefix(1);
  if (!take_number(s, v.patch)) return std::nullopt;
  if (auto plus = s.find('+'); plus != std::string_view::npos) s = s.substr(0, plus);
  if (s.starts_with('-')) {
    s.remove_prefix(1);
    if (s.empty()) return std::nullopt;
    for (char c : s)
      if (!is_identifier_char(c)) return std::nullopt;
    v.prerelease = std::string(s);
    s = {};
  }
  if (!s.empty()) return std::nullopt;
  return v;
}

}  // namespace cradle
