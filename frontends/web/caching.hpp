// HTTP caching: strong entity tags from a body's BLAKE2b hash (the same bytes
// give the same tag on every replica), If-None-Match as RFC 9110 reads it,
// and the Date every answer carries. prepared_answer.hpp puts them together.
#pragma once

#include <string>
#include <string_view>

namespace cradle::web {

// "\"<32 hex digits>\"": a strong entity tag for these bytes. Needs libsodium
// initialised.
std::string strong_etag(std::string_view body);

// True when an If-None-Match value (a list, or "*") matches `etag`, comparing
// weakly as RFC 9110 asks for this header.
bool if_none_match_matches(std::string_view header, std::string_view etag);

// Now as an HTTP-date ("Sun, 06 Nov 1994 08:49:37 GMT"), formatted at most
// once a second on each thread. The reference is valid until the calling
// thread's next call.
const std::string& http_date();

}  // namespace cradle::web
