#include "semver.hpp"

#include <algorithm>
#include <charconv>
#include <vector>

#include "cradle/versions.hpp"

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

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  for (;;) {
    auto at = s.find(sep);
    out.push_back(s.substr(0, at));
    if (at == std::string_view::npos) return out;
    s.remove_prefix(at + 1);
  }
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// Pre-release order (semver §11): numeric identifiers numerically, below
// alphanumeric ones; a shorter list of equal identifiers first.
int compare_prerelease(std::string_view a, std::string_view b) {
  if (a == b) return 0;
  if (a.empty()) return 1;  // 1.0.0 > 1.0.0-beta
  if (b.empty()) return -1;
  auto as = split(a, '.'), bs = split(b, '.');
  for (std::size_t i = 0; i < as.size() && i < bs.size(); ++i) {
    bool an = all_digits(as[i]), bn = all_digits(bs[i]);
    if (an && bn) {
      if (as[i].size() != bs[i].size()) return as[i].size() < bs[i].size() ? -1 : 1;
      if (int c = as[i].compare(bs[i]); c != 0) return c < 0 ? -1 : 1;
    } else if (an != bn) {
      return an ? -1 : 1;
    } else if (int c = as[i].compare(bs[i]); c != 0) {
      return c < 0 ? -1 : 1;
    }
  }
  return as.size() == bs.size() ? 0 : (as.size() < bs.size() ? -1 : 1);
}

int compare(const SemVer& a, const SemVer& b) {
  if (a.major != b.major) return a.major < b.major ? -1 : 1;
  if (a.minor != b.minor) return a.minor < b.minor ? -1 : 1;
  if (a.patch != b.patch) return a.patch < b.patch ? -1 : 1;
  return compare_prerelease(a.prerelease, b.prerelease);
}

// "1", "1.2" or a full version, for a comparator.
std::optional<SemVer> parse_partial(std::string_view s) {
  auto dots = std::count(s.begin(), s.end(), '.');
  if (s.find_first_of("-+") == std::string_view::npos) {
    if (dots == 0) return parse_semver(std::string(s) + ".0.0");
    if (dots == 1) return parse_semver(std::string(s) + ".0");
  }
  return parse_semver(s);
}

// One comparator: does `v` pass it? Nothing when it cannot be read.
std::optional<bool> passes(const SemVer& v, std::string_view comparator) {
  if (comparator == "*") return true;
  std::string_view op;
  for (std::string_view candidate : {">=", "<=", ">", "<", "=", "^", "~"}) {
    if (comparator.starts_with(candidate)) {
      op = candidate;
      break;
    }
  }
  auto bound = parse_partial(comparator.substr(op.size()));
  if (!bound) return std::nullopt;
  int c = compare(v, *bound);
  if (op == ">=") return c >= 0;
  if (op == "<=") return c <= 0;
  if (op == ">") return c > 0;
  if (op == "<") return c < 0;
  if (op.empty() || op == "=") return c == 0;
  SemVer upper;
  if (op == "^" && bound->major > 0) {
    upper.major = bound->major + 1;
  } else {  // "~", or "^" under 1.0.0: the same minor
    upper.major = bound->major;
    upper.minor = bound->minor + 1;
  }
  upper.prerelease = "0";  // below every pre-release of the next version
  return c >= 0 && compare(v, upper) < 0;
}

// Whether `v` is in `range`; nothing when the range cannot be read. With
// no version, only reads the range.
std::optional<bool> in_range(const std::optional<SemVer>& v, std::string_view range) {
  bool any = false;
  for (auto set : split(range, '|')) {
    // "a || b" splits into "a ", "", " b": the empty middle is the second bar.
    std::size_t comparators = 0;
    bool all = true;
    for (auto comparator : split(set, ' ')) {
      if (comparator.empty()) continue;
      ++comparators;
      auto ok = passes(v ? *v : SemVer{}, comparator);
      if (!ok) return std::nullopt;
      all = all && *ok;
    }
    if (comparators == 0) {
      if (set.empty()) continue;  // between the two bars of "||"
      return std::nullopt;
    }
    any = any || all;
  }
  return any;
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

std::optional<int> compare_versions(std::string_view a, std::string_view b) {
  auto va = parse_semver(a), vb = parse_semver(b);
  if (!va || !vb) return std::nullopt;
  return compare(*va, *vb);
}

bool is_version_range(std::string_view range) {
  if (range.find_first_not_of(" |") == std::string_view::npos) return false;
  return in_range(std::nullopt, range).has_value();
}

bool version_satisfies(std::string_view version, std::string_view range) {
  auto v = parse_semver(version);
  if (!v) return false;
  return in_range(v, range).value_or(false);
}

}  // namespace cradle
