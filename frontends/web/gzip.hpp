// gzip (RFC 1952) through zlib, and reading a request's Accept-Encoding.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cradle::web {

// `data` gzip-compressed at zlib's best level (answers are compressed once per
// Library snapshot, so the slow level costs nothing per request), or nothing
// when zlib fails.
std::optional<std::string> gzip_compress(std::string_view data);

// True when an Accept-Encoding value accepts gzip: "gzip", "x-gzip" or "*"
// listed with a q-value above zero (RFC 9110 section 12.5.3).
bool accepts_gzip(std::string_view accept_encoding);

}  // namespace cradle::web
