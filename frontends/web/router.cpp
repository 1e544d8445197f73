#include "router.hpp"

#include <boost/json/serialize.hpp>
#include <boost/url/parse.hpp>

#include "api.hpp"
#include "assets.hpp"
#include "pages.hpp"

namespace cradle::web {
namespace json = boost::json;
namespace {

constexpr std::string_view kHtml = "text/html; charset=utf-8";
constexpr std::string_view kJson = "application/json";

// The decoded path segments of a target, or nothing when the target is
// malformed or could reach outside a route: "..", "." and empty inner
// segments, NUL, or a '/' or '\' that arrived percent-encoded.
std::optional<std::vector<std::string>> path_segments(std::string_view target) {
  auto url = boost::urls::parse_origin_form(target);
  if (!url) return std::nullopt;
  std::vector<std::string> out;
  for (auto segment : url->segments()) {
    std::string s = segment;
    if (s == ".." || s == "." || s.find_first_of(std::string_view("/\\\0", 3)) != std::string::npos)
      return std::nullopt;
    out.push_back(std::move(s));
  }
  return out;
}

Response json_response(unsigned version, http::status status, const json::value& body) {
  return make_response(version, status, kJson, json::serialize(body) + "\n");
}

Response api_error_response(unsigned version, http::status status, std::string_view code,
                            std::string_view message) {
  return json_response(version, status, api_error(code, message));
}

Response html(unsigned version, http::status status, std::string body) {
  return make_response(version, status, kHtml, std::move(body));
}

Response redirect(unsigned version, std::string location) {
  auto res = make_response(
      version, http::status::moved_permanently, kHtml,
      "<!doctype html><title>Moved</title><a href=\"" + location + "\">Moved here</a>\n");
  res.set(http::field::location, location);
  return res;
}

Response api(const Request& req, const std::vector<std::string>& seg, const Library& lib) {
  unsigned v = req.version();
  // seg: "api", "v1", ...
  auto not_found = [&](std::string message) {
    return api_error_response(v, http::status::not_found, "not_found", message);
  };
  if (seg.size() < 3 || seg[2] != "packs") return not_found("no such API endpoint");
  if (seg.size() == 3) return json_response(v, http::status::ok, api_packs(lib));
  const Pack* pack = lib.find_pack(seg[3]);
  if (!pack) return not_found("no pack '" + seg[3] + "' is installed");
  if (seg.size() == 4) return json_response(v, http::status::ok, api_pack(*pack));
  if (seg[4] != "items") return not_found("no such API endpoint");
  if (seg.size() == 5) return json_response(v, http::status::ok, api_items(*pack));
  if (seg.size() == 6) {
    const Item* item = lib.find_item(pack->id, seg[5]);
    if (!item) return not_found("pack '" + pack->id + "' has no item '" + seg[5] + "'");
    return json_response(v, http::status::ok, api_item(*item));
  }
  return not_found("no such API endpoint");
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

Response handle(const Request& req, const Library& lib) {
  unsigned v = req.version();
  auto segments = path_segments(req.target());
  bool is_api = req.target().starts_with("/api/");

  if (req.method() != http::verb::get && req.method() != http::verb::head) {
    auto res = is_api ? api_error_response(v, http::status::method_not_allowed,
                                           "method_not_allowed", "use GET or HEAD")
                      : html(v, http::status::method_not_allowed,
                             error_page(405, "Not allowed", "This address can only be read."));
    res.set(http::field::allow, "GET, HEAD");
    return res;
  }
  if (!segments) {
    return is_api ? api_error_response(v, http::status::bad_request, "bad_target",
                                       "the address is malformed")
                  : html(v, http::status::bad_request,
                         error_page(400, "Bad address", "This address is malformed."));
  }
  const auto& seg = *segments;
  // "/" parses to no segments; "/p/x/" to {"p", "x", ""}.
  if (seg.empty() || (seg.size() == 1 && seg[0].empty()))
    return html(v, http::status::ok, home_page(lib));
  if (seg.size() == 1 && seg[0] == "healthz")
    return make_response(v, http::status::ok, "text/plain; charset=utf-8", "ok\n");
  if (seg.size() == 2 && seg[0] == "assets" && seg[1] == "cradle.css")
    return make_response(v, http::status::ok, "text/css; charset=utf-8", std::string(kCss));
  if (seg.size() >= 2 && seg[0] == "api" && seg[1] == "v1") return api(req, seg, lib);
  if (seg[0] == "p" && seg.size() >= 2 && seg.size() <= 3) {
    const Pack* pack = lib.find_pack(seg[1]);
    if (pack && seg.size() == 2) return redirect(v, "/p/" + pack->id + "/");
    if (pack && seg[2].empty()) return html(v, http::status::ok, pack_page(lib, *pack));
    if (pack) {
      if (const Item* item = lib.find_item(pack->id, seg[2]))
        return html(v, http::status::ok, item_page(lib, *pack, *item));
    }
  }
  if (is_api)
    return api_error_response(v, http::status::not_found, "not_found", "no such API endpoint");
  return html(v, http::status::not_found, not_found_page());
}

}  // namespace cradle::web
