#include "caching.hpp"

#include <sodium.h>

#include <ctime>

#include "header_list.hpp"

namespace cradle::web {
std::string strong_etag(std::string_view body) {
  unsigned char hash[16];
  crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(body.data()),
                     body.size(), nullptr, 0);
  char hex[sizeof hash * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
  return std::string("\"") + hex + "\"";
}

bool if_none_match_matches(std::string_view header, std::string_view etag) {
  if (trim_ows(header) == "*") return true;
  return any_list_element(header, [&](std::string_view tag) {
    if (tag.starts_with("W/")) tag.remove_prefix(2);
    return tag == etag;
  });
}

const std::string& http_date() {
  thread_local std::time_t formatted_at = -1;
  thread_local std::string text;
  std::time_t now = std::time(nullptr);
  if (now != formatted_at) {
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buffer[40];
    std::strftime(buffer, sizeof buffer, "%a, %d %b %Y %H:%M:%S GMT", &utc);
    text = buffer;
    formatted_at = now;
  }
  return text;
}

}  // namespace cradle::web
