// Dispatch: which handler answers a target. The handlers are in
// routes_api.cpp (/api/v1), routes_pages.cpp (/p/PACK/) and below (the
// site's own addresses).
#include "router.hpp"

#include "assets.hpp"
#include "feed.hpp"
#include "pages.hpp"
#include "route_support.hpp"

namespace cradle::web {
namespace {

Response text(const Call& c, std::string_view type, std::string body) {
  return make_response(c.version(), http::status::ok, type, std::move(body));
}

// "/", "/search", "/healthz", "/sitemap.xml", "/robots.txt" and the assets.
Response site_routes(const Call& c) {
  const auto& seg = c.seg;
  if (c.is_post()) return not_allowed(c, "GET, HEAD");
  // "/" parses to no segments.
  if (seg.empty() || (seg.size() == 1 && seg[0].empty()))
    return html(c.version(), http::status::ok, home_page(c.lib));
  if (seg.size() == 1 && seg[0] == "search")
    return html(c.version(), http::status::ok, search_page(c.lib, c.target.param("q")));
  if (seg.size() == 1 && seg[0] == "healthz") return text(c, "text/plain; charset=utf-8", "ok\n");
  if (seg.size() == 1 && seg[0] == "sitemap.xml")
    return text(c, "application/xml; charset=utf-8", sitemap_xml(c.lib, c.site_url()));
  if (seg.size() == 1 && seg[0] == "robots.txt")
    return text(c, "text/plain; charset=utf-8", robots_txt(c.site_url()));
  if (seg.size() == 2 && seg[0] == "assets" && "/assets/" + seg[1] == css_url()) {
    auto res = text(c, "text/css; charset=utf-8", std::string(kCss));
    res.set(http::field::cache_control, "public, max-age=31536000, immutable");
    return res;
  }
  return html(c.version(), http::status::not_found, not_found_page());
}

}  // namespace

Response make_response(unsigned version, http::status status, std::string_view content_type,
                       std::string body) {
  Response res{status, version};
  res.set(http::field::server, "Cradle");
  res.set(http::field::content_type, content_type);
  res.set("Content-Security-Policy",
          "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
  res.set("X-Content-Type-Options", "nosniff");
  res.set("Referrer-Policy", "no-referrer");
  res.body() = std::move(body);
  res.prepare_payload();
  return res;
}

Response handle(const Request& req, const Library& lib, FrontendHost& host,
                ShownExtraCache& shown_extras) {
  unsigned v = req.version();
  auto target = parse_target(req.target());
  bool is_api = req.target().starts_with("/api/");
  if (!target) {
    return is_api ? api_error_response(v, http::status::bad_request, "bad_target",
                                       "the address is malformed")
                  : html(v, http::status::bad_request,
                         error_page(400, "Bad address", "This address is malformed."));
  }
  Call c{req, target->segments, *target, lib, host, shown_extras};
  auto method = req.method();
  if (method != http::verb::get && method != http::verb::head && method != http::verb::post)
    return not_allowed(c, "GET, HEAD");
  const auto& seg = target->segments;
  if (seg.size() >= 2 && seg[0] == "api" && seg[1] == "v1") return api_routes(c);
  if (is_api)
    return api_error_response(v, http::status::not_found, "not_found", "no such API endpoint");
  if (seg.size() >= 2 && seg[0] == "p") return pack_routes(c);
  return site_routes(c);
}

}  // namespace cradle::web
