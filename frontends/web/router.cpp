#include "router.hpp"

#include <boost/json/serialize.hpp>
#include <boost/url/parse.hpp>

#include <algorithm>
#include <charconv>
#include <map>
#include "answers.hpp"
#include "api.hpp"
#include "assets.hpp"
#include "cradle/json.hpp"
#include "cradle/markdown.hpp"
#include "item_meta.hpp"
#include "pages.hpp"
#include "utf8.hpp"

namespace cradle::web {
namespace json = boost::json;
namespace {

constexpr std::string_view kHtml = "text/html; charset=utf-8";
constexpr std::string_view kJson = "application/json";

// A request target, percent-decoded by Boost.URL.
struct Target {
  std::vector<std::string> segments;
  std::map<std::string, std::string, std::less<>> params;  // first value of each
  std::string param(std::string_view key) const {
    auto it = params.find(key);
    return it == params.end() ? std::string() : it->second;
  }
};

// The decoded target, or nothing when it is malformed or could reach outside
// a route: "." or ".." segments, NUL, a '/' or '\' that arrived
// percent-encoded inside a segment, or bytes that are not UTF-8.
std::optional<Target> parse_target(std::string_view target) {
  auto url = boost::urls::parse_origin_form(target);
  if (!url) return std::nullopt;
  Target out;
  for (auto segment : url->segments()) {
    std::string s = segment;
    if (s == ".." || s == "." ||
        s.find_first_of(std::string_view("/\\\0", 3)) != std::string::npos || !is_utf8(s))
      return std::nullopt;
    out.segments.push_back(std::move(s));
  }
  boost::urls::encoding_opts form_encoding;
  form_encoding.space_as_plus = true;  // as browsers send GET forms
  for (auto p : url->encoded_params()) {
    std::string key = p.key.decode(form_encoding);
    std::string value = p.value.decode(form_encoding);
    if (value.find('\0') != std::string::npos || !is_utf8(key) || !is_utf8(value))
      return std::nullopt;
    out.params.emplace(std::move(key), std::move(value));
  }
  return out;
}

bool content_type_is(const Request& req, std::string_view type) {
  std::string_view v = req[http::field::content_type];
  return v.substr(0, v.find(';')) == type;
}

// The parts of one request the handlers below need.
struct Call {
  const Request& req;
  const std::vector<std::string>& seg;
  const Target& target;
  const Library& lib;
  FrontendHost& host;
  unsigned version() const { return req.version(); }
};

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

Response not_allowed(const Call& c, std::string_view allow) {
  bool is_api = !c.seg.empty() && c.seg[0] == "api";
  auto res =
      is_api ? api_error_response(c.version(), http::status::method_not_allowed,
                                  "method_not_allowed", "this address takes " + std::string(allow))
             : html(c.version(), http::status::method_not_allowed,
                    error_page(405, "Not allowed", "This address can only be read."));
  res.set(http::field::allow, allow);
  return res;
}

Response redirect(unsigned version, std::string location) {
  auto res = make_response(
      version, http::status::moved_permanently, kHtml,
      "<!doctype html><title>Moved</title><a href=\"" + location + "\">Moved here</a>\n");
  res.set(http::field::location, location);
  return res;
}

// POST /api/v1/packs/PACK/items/SLUG/responses
Response api_responses(const Call& c, const Pack& pack, const Item& item) {
  unsigned v = c.version();
  if (!has_form(item))
    return api_error_response(v, http::status::not_found, "not_found",
                              "item '" + item.slug + "' takes no answers");
  if (!content_type_is(c.req, "application/json"))
    return api_error_response(v, http::status::unsupported_media_type, "unsupported_media_type",
                              "send the answers as application/json");
  ParsedAnswers parsed = answers_from_json(c.req.body());
  if (parsed.malformed)
    return api_error_response(v, http::status::bad_request, "bad_json", parsed.error);
  FormResponse r = parsed.problems.empty() ? c.host.respond(item, parsed.answers)
                                           : FormResponse{{}, parsed.problems};
  if (!r.problems.empty()) {
    json::array items;
    for (const auto& p : r.problems)
      items.push_back(json::object{{"item", p.question}, {"message", p.message}});
    json::value body = api_error("invalid_answers", r.problems.front().message);
    body.at("error").as_object()["items"] = std::move(items);
    return json_response(v, http::status::unprocessable_entity, body);
  }
  auto res = json_response(v, http::status::ok,
                           json::object{{"pack", pack.id},
                                        {"slug", item.slug},
                                        {"blocks", to_json(r.document)},
                                        {"text", plain_text(r.document)}});
  res.set(http::field::cache_control, "no-store");
  return res;
}

// GET /api/v1/search?q=&limit=&pack=
Response api_search_response(const Call& c) {
  unsigned v = c.version();
  std::string q = c.target.param("q");
  if (q.empty())
    return api_error_response(v, http::status::bad_request, "missing_query",
                              "give the words to find as ?q=");
  int limit = 20;
  if (std::string l = c.target.param("limit"); !l.empty()) {
    auto [end, ec] = std::from_chars(l.data(), l.data() + l.size(), limit);
    if (ec != std::errc() || end != l.data() + l.size() || limit < 1 || limit > 100)
      return api_error_response(v, http::status::bad_request, "bad_limit",
                                "limit must be a whole number from 1 to 100");
  }
  std::string pack = c.target.param("pack");
  if (!pack.empty() && !c.lib.find_pack(pack))
    return api_error_response(v, http::status::not_found, "not_found",
                              "no pack '" + pack + "' is installed");
  return json_response(v, http::status::ok,
                       api_search(q, c.lib.search(q, static_cast<std::size_t>(limit), pack)));
}

Response api(const Call& c) {
  unsigned v = c.version();
  const auto& seg = c.seg;
  auto not_found = [&](std::string message) {
    return api_error_response(v, http::status::not_found, "not_found", message);
  };
  bool is_post = c.req.method() == http::verb::post;
  if (seg.size() == 3 && seg[2] == "search") {
    if (is_post) return not_allowed(c, "GET, HEAD");
    return api_search_response(c);
  }
  if (seg.size() < 3 || seg[2] != "packs") return not_found("no such API endpoint");
  if (seg.size() == 7 && seg[4] == "items" && seg[6] == "responses") {
    if (!is_post) return not_allowed(c, "POST");
    const Pack* pack = c.lib.find_pack(seg[3]);
    if (!pack) return not_found("no pack '" + seg[3] + "' is installed");
    const Item* item = c.lib.find_item(pack->id, seg[5]);
    if (!item) return not_found("pack '" + pack->id + "' has no item '" + seg[5] + "'");
    return api_responses(c, *pack, *item);
  }
  if (is_post) return not_allowed(c, "GET, HEAD");
  if (seg.size() == 3) return json_response(v, http::status::ok, api_packs(c.lib));
  const Pack* pack = c.lib.find_pack(seg[3]);
  if (!pack) return not_found("no pack '" + seg[3] + "' is installed");
  if (seg.size() == 4) return json_response(v, http::status::ok, api_pack(*pack));
  if (seg[4] != "items") return not_found("no such API endpoint");
  if (seg.size() == 5) return json_response(v, http::status::ok, api_items(*pack));
  if (seg.size() == 6) {
    const Item* item = c.lib.find_item(pack->id, seg[5]);
    if (!item) return not_found("pack '" + pack->id + "' has no item '" + seg[5] + "'");
    return json_response(v, http::status::ok, api_item(*item));
  }
  return not_found("no such API endpoint");
}

// POST /p/PACK/SLUG/answers: the quiz form, without JavaScript.
Response page_answers(const Call& c, const Pack& pack, const Item& item) {
  unsigned v = c.version();
  if (!content_type_is(c.req, "application/x-www-form-urlencoded"))
    return html(v, http::status::unsupported_media_type,
                error_page(415, "Unsupported form", "Send the answers from the form on the page."));
  ParsedAnswers parsed = answers_from_form(c.req.body());
  if (parsed.malformed)
    return html(v, http::status::bad_request, error_page(400, "Bad form", parsed.error));
  FormResponse r = parsed.problems.empty() ? c.host.respond(item, parsed.answers)
                                           : FormResponse{{}, parsed.problems};
  Response res = r.problems.empty()
                     ? html(v, http::status::ok, response_page(c.lib, pack, item, r.document))
                     : html(v, http::status::unprocessable_entity,
                            item_page(c.lib, pack, item, &parsed.answers, &r.problems));
  res.set(http::field::cache_control, "no-store");  // a reader's result is theirs alone
  return res;
}

Response pages(const Call& c) {
  unsigned v = c.version();
  const auto& seg = c.seg;
  bool is_post = c.req.method() == http::verb::post;
  const Pack* pack = seg.size() >= 2 ? c.lib.find_pack(seg[1]) : nullptr;
  if (!pack) return html(v, http::status::not_found, not_found_page());
  if (seg.size() == 4 && seg[3] == "answers") {
    const Item* item = c.lib.find_item(pack->id, seg[2]);
    if (!item || !has_form(*item)) return html(v, http::status::not_found, not_found_page());
    if (!is_post) return not_allowed(c, "POST");
    return page_answers(c, *pack, *item);
  }
  if (is_post) return not_allowed(c, "GET, HEAD");
  if (seg.size() == 2) return redirect(v, "/p/" + pack->id + "/");
  if (seg.size() == 3 && seg[2].empty()) return html(v, http::status::ok, pack_page(c.lib, *pack));
  if (seg.size() == 3) {
    if (const Item* item = c.lib.find_item(pack->id, seg[2]))
      return html(v, http::status::ok, item_page(c.lib, *pack, *item));
  }
  if (seg.size() == 4 && seg[2] == "tags" && !seg[3].empty()) {
    bool any = std::any_of(pack->items.begin(), pack->items.end(),
                           [&](const Item& i) { return has_tag(i, seg[3]); });
    if (any) return html(v, http::status::ok, tag_page(c.lib, *pack, seg[3]));
  }
  return html(v, http::status::not_found, not_found_page());
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

Response handle(const Request& req, const Library& lib, FrontendHost& host) {
  unsigned v = req.version();
  auto target = parse_target(req.target());
  bool is_api = req.target().starts_with("/api/");
  auto method = req.method();
  if (!target) {
    return is_api ? api_error_response(v, http::status::bad_request, "bad_target",
                                       "the address is malformed")
                  : html(v, http::status::bad_request,
                         error_page(400, "Bad address", "This address is malformed."));
  }
  Call c{req, target->segments, *target, lib, host};
  if (method != http::verb::get && method != http::verb::head && method != http::verb::post)
    return not_allowed(c, "GET, HEAD");
  const auto& seg = target->segments;
  if (seg.size() >= 2 && seg[0] == "api" && seg[1] == "v1") return api(c);
  if (seg.size() >= 2 && seg[0] == "p") return pages(c);
  if (method == http::verb::post) return not_allowed(c, "GET, HEAD");
  // "/" parses to no segments.
  if (seg.empty() || (seg.size() == 1 && seg[0].empty()))
    return html(v, http::status::ok, home_page(lib));
  if (seg.size() == 1 && seg[0] == "search")
    return html(v, http::status::ok, search_page(lib, target->param("q")));
  if (seg.size() == 1 && seg[0] == "healthz")
    return make_response(v, http::status::ok, "text/plain; charset=utf-8", "ok\n");
  if (seg.size() == 2 && seg[0] == "assets" && "/assets/" + seg[1] == css_url()) {
    auto res = make_response(v, http::status::ok, "text/css; charset=utf-8", std::string(kCss));
    res.set(http::field::cache_control, "public, max-age=31536000, immutable");
    return res;
  }
  if (is_api)
    return api_error_response(v, http::status::not_found, "not_found", "no such API endpoint");
  return html(v, http::status::not_found, not_found_page());
}

}  // namespace cradle::web
