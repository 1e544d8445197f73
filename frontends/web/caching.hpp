// HTTP caching for every answer: a strong ETag from the body's BLAKE2b hash
// (the same bytes give the same tag on every replica), Cache-Control by kind
// of resource, a Date header, and 304 Not Modified when the client already
// holds the current version (If-None-Match).
#pragma once

#include "router.hpp"

namespace cradle::web {

// Adds the validators that depend only on the answer: a strong ETag and
// Cache-Control by kind, to successful GET and HEAD answers. Done once per
// answer, before it is cached.
void add_validators(const Request& req, Response& res);

// Adds what depends on this request: the Date, and 304 Not Modified (no body)
// when If-None-Match holds the answer's ETag.
void answer_conditionally(const Request& req, Response& res);

// "\"<32 hex digits>\"": a strong entity tag for these bytes.
std::string strong_etag(std::string_view body);

// True when an If-None-Match value (a list, or "*") matches `etag`, comparing
// weakly as RFC 9110 asks for this header.
bool if_none_match_matches(std::string_view header, std::string_view etag);

}  // namespace cradle::web
