#include "answers.hpp"

#include <boost/json/monotonic_resource.hpp>
#include <boost/json/parse.hpp>
#include <boost/url/parse_query.hpp>
#include <charconv>

#include "utf8.hpp"

namespace cradle::web {
namespace json = boost::json;

namespace {
bool parse_int(std::string_view s, int& out) {
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size();
}
}  // namespace

ParsedAnswers answers_from_form(std::string_view body) {
  ParsedAnswers out;
  auto params = boost::urls::parse_query(body);
  if (!params) {
    out.malformed = true;
    out.error = "the form data is malformed";
    return out;
  }
  for (auto p : *params) {
    std::string key = p.key.decode();
    std::string value = p.has_value ? p.value.decode() : std::string();
    if (!is_utf8(key) || !is_utf8(value)) {
      out.malformed = true;
      out.error = "the form data is not UTF-8";
      return out;
    }
    if (value.empty()) continue;
    int v = 0;
    if (parse_int(value, v)) {
      out.answers[key] = v;
    } else {
      out.problems.push_back({key, "the answer to " + key + " is not a number"});
    }
  }
  return out;
}

ParsedAnswers answers_from_json(std::string_view body) {
  ParsedAnswers out;
  std::error_code ec;
  // Parsed into an arena: the tree is read once and dropped whole.
  alignas(std::max_align_t) unsigned char arena[4096];
  json::monotonic_resource mr(arena, sizeof arena);
  json::value v = json::parse(body, ec, &mr);
  const json::object* obj = ec ? nullptr : v.if_object();
  const json::value* answers = obj ? obj->if_contains("answers") : nullptr;
  if (!answers || !answers->is_object()) {
    out.malformed = true;
    out.error = ec ? "the body is not JSON: " + ec.message()
                   : "the body must be {\"answers\": {\"QUESTION_ID\": VALUE, ...}}";
    return out;
  }
  for (const auto& [key, value] : answers->get_object()) {
    std::string id(key);
    if (value.is_int64() && value.get_int64() >= INT32_MIN && value.get_int64() <= INT32_MAX) {
      out.answers[id] = static_cast<int>(value.get_int64());
    } else if (!value.is_null()) {
      out.problems.push_back({id, "the answer to " + id + " must be a whole number"});
    }
  }
  return out;
}

bool has_form(const Item& item) {
  for (const auto& b : item.body)
    if (b.kind == Block::Kind::form && b.form) return true;
  return false;
}

}  // namespace cradle::web
