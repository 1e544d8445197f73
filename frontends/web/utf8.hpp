// UTF-8 validity of what a request carries. Every page and JSON answer is
// UTF-8, so bytes that are not (a percent-encoded %FF in an address or a
// form) are refused where they come in rather than echoed into an answer.
#pragma once

#include <boost/locale/utf.hpp>
#include <string_view>

namespace cradle::web {

// True when all of `text` is UTF-8 (Boost.Locale's decoder: no overlong
// forms, surrogates or code points past U+10FFFF).
inline bool is_utf8(std::string_view text) {
  namespace utf = boost::locale::utf;
  const char* p = text.data();
  const char* end = p + text.size();
  while (p != end) {
    utf::code_point c = utf::utf_traits<char>::decode(p, end);
    if (c == utf::illegal || c == utf::incomplete) return false;
  }
  return true;
}

}  // namespace cradle::web
