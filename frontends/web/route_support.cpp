#include "route_support.hpp"

#include <boost/json/serialize.hpp>
#include <boost/url/parse.hpp>

#include "api.hpp"
#include "html.hpp"
#include "pages.hpp"
#include "utf8.hpp"

namespace cradle::web {
namespace json = boost::json;

std::string Target::param(std::string_view key) const {
  auto it = params.find(key);
  return it == params.end() ? std::string() : it->second;
}

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

std::string Call::site_url() const {
  std::string_view host = req[http::field::host];
  bool plain = !host.empty() && host.size() <= 255 &&
               host.find_first_not_of(
                   "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                   "0123456789.-:[]") == std::string_view::npos;
  return "http://" + std::string(plain ? host : "localhost");
}

bool content_type_is(const Request& req, std::string_view type) {
  std::string_view v = req[http::field::content_type];
  return v.substr(0, v.find(';')) == type;
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
      "<!doctype html><title>Moved</title><a href=\"" + escape(location) + "\">Moved here</a>\n");
  res.set(http::field::location, location);
  return res;
}

}  // namespace cradle::web
