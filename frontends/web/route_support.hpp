// What the route handlers share: the decoded request target, the call they
// answer, and the ways they build HTML and JSON answers.
#pragma once

#include <boost/json/value.hpp>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "router.hpp"
#include "shown_extra_cache.hpp"

namespace cradle::web {

inline constexpr std::string_view kHtml = "text/html; charset=utf-8";
inline constexpr std::string_view kJson = "application/json";

// A request target, percent-decoded by Boost.URL.
struct Target {
  std::vector<std::string> segments;
  std::map<std::string, std::string, std::less<>> params;  // first value of each
  std::string param(std::string_view key) const;
};

// The decoded target, or nothing when it is malformed or could reach outside
// a route: "." or ".." segments, NUL, a '/' or '\' that arrived
// percent-encoded inside a segment, or bytes that are not UTF-8.
std::optional<Target> parse_target(std::string_view target);

// The parts of one request the handlers need.
struct Call {
  const Request& req;
  const std::vector<std::string>& seg;
  const Target& target;
  const Library& lib;
  FrontendHost& host;
  ShownExtraCache& shown_extras;
  unsigned version() const { return req.version(); }
  bool is_post() const { return req.method() == http::verb::post; }
  // "http://HOST" from the Host header when it is a plain host[:port], else
  // "http://localhost": the base of the absolute URLs in feeds and sitemaps.
  std::string site_url() const;
};

bool content_type_is(const Request& req, std::string_view type);

Response json_response(unsigned version, http::status status, const boost::json::value& body);
// {"error": {"code", "message"}} with `status`.
Response api_error_response(unsigned version, http::status status, std::string_view code,
                            std::string_view message);
Response html(unsigned version, http::status status, std::string body);
// 405 with Allow, as JSON under /api/ and as a page elsewhere.
Response not_allowed(const Call& c, std::string_view allow);
Response redirect(unsigned version, std::string location);

// The routes under /api/v1 and /p, each for the requests whose first
// segments name it.
Response api_routes(const Call& c);   // /api/v1/...
Response pack_routes(const Call& c);  // /p/PACK/...

}  // namespace cradle::web
