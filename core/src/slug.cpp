#include "cradle/slug.hpp"

namespace cradle {
namespace {
bool is_ascii_alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
}  // namespace

std::string slugify(std::string_view text, std::size_t max_length) {
  std::string out;
  bool pending_separator = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = text[i];
    // Apostrophes join their word ("don't" -> "dont"): ASCII ' and U+2019.
    if (c == '\'') continue;
    if (text.compare(i, 3, "\xE2\x80\x99") == 0) {
      i += 2;
      continue;
    }
    if (is_ascii_alnum(c)) {
      if (pending_separator && !out.empty()) out += '-';
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      pending_separator = false;
    } else {
      pending_separator = true;
    }
  }
  if (out.size() > max_length) {
    auto cut = out.rfind('-', max_length);
    out.resize(cut == std::string::npos || cut == 0 ? max_length : cut);
  }
  return out;
}

bool is_slug(std::string_view s) {
  if (s.empty() || s.front() == '-' || s.back() == '-') return false;
  char prev = 0;
  for (char c : s) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && prev != '-');
    if (!ok) return false;
    prev = c;
  }
  return true;
}

}  // namespace cradle
