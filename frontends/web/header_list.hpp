// Header values that are comma-separated lists (RFC 9110 section 5.6.1), as
// If-None-Match and Accept-Encoding are.
#pragma once

#include <string_view>

namespace cradle::web {

// `s` without the optional whitespace (spaces, tabs) around it.
inline std::string_view trim_ows(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Calls `visit(element)` with each trimmed element of `list`, in order, until
// it returns true; returns whether one did.
template <class Visit>
bool any_list_element(std::string_view list, Visit visit) {
  while (true) {
    auto comma = list.find(',');
    if (visit(trim_ows(list.substr(0, comma)))) return true;
    if (comma == std::string_view::npos) return false;
    list.remove_prefix(comma + 1);
  }
}

}  // namespace cradle::web
