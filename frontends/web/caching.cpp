#include "caching.hpp"

#include <sodium.h>

#include <ctime>

namespace cradle::web {
namespace {

std::string http_date() {
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[40];
  std::strftime(text, sizeof text, "%a, %d %b %Y %H:%M:%S GMT", &utc);
  return text;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Pages and API answers change when packs do: keep them, but ask first.
// (Fingerprinted assets set their own, immutable, Cache-Control.)
std::string_view cache_control_for(std::string_view) { return "no-cache"; }

}  // namespace

std::string strong_etag(std::string_view body) {
  unsigned char hash[16];
  crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(body.data()),
                     body.size(), nullptr, 0);
  char hex[sizeof hash * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
  return std::string("\"") + hex + "\"";
}

bool if_none_match_matches(std::string_view header, std::string_view etag) {
  if (trim(header) == "*") return true;
  while (!header.empty()) {
    auto comma = header.find(',');
    std::string_view tag = trim(header.substr(0, comma));
    if (tag.starts_with("W/")) tag.remove_prefix(2);
    if (tag == etag) return true;
    if (comma == std::string_view::npos) break;
    header.remove_prefix(comma + 1);
  }
  return false;
}

void add_validators(const Request& req, Response& res) {
  bool readable = req.method() == http::verb::get || req.method() == http::verb::head;
  if (!readable || res.result() != http::status::ok) return;
  res.set(http::field::etag, strong_etag(res.body()));
  if (!res.count(http::field::cache_control))
    res.set(http::field::cache_control, cache_control_for(req.target()));
}

void answer_conditionally(const Request& req, Response& res) {
  res.set(http::field::date, http_date());
  auto etag_field = res.find(http::field::etag);
  if (etag_field == res.end()) return;
  std::string etag(etag_field->value());
  auto inm = req.find(http::field::if_none_match);
  if (inm != req.end() && if_none_match_matches(inm->value(), etag)) {
    res.result(http::status::not_modified);
    res.body().clear();
    res.erase(http::field::content_length);
    res.erase(http::field::content_type);
  }
}

}  // namespace cradle::web
