// Routing: one request and one Library snapshot in, one response out. Holds
// no state of its own (what it keeps per snapshot is in the caches it is
// handed); safe on any number of threads at once.
#pragma once

#include <boost/beast/http.hpp>

#include "cradle/library.hpp"
#include "cradle/plugin_api.hpp"
#include "shown_extra_cache.hpp"

namespace cradle::web {

namespace http = boost::beast::http;
using Request = http::request<http::string_body>;
using Response = http::response<http::string_body>;

// `host` scores form answers; the response is built from `library` alone
// (`shown_extras` keeps, per snapshot, the parts of answers made from it).
Response handle(const Request& request, const Library& library, FrontendHost& host,
                ShownExtraCache& shown_extras);

// A response with status, content type and body, and the headers every
// response carries (security headers, Server). HEAD requests get the same
// headers with no body, applied by the session.
Response make_response(unsigned version, http::status status, std::string_view content_type,
                       std::string body);

}  // namespace cradle::web
