// The JSON API under /api/v1, described in assets/openapi.json.
#include <boost/json/monotonic_resource.hpp>
#include <boost/json/serialize.hpp>
#include <charconv>
#include <vector>

#include "answers.hpp"
#include "api.hpp"
#include "assets.hpp"
#include "cradle/json.hpp"
#include "cradle/markdown.hpp"
#include "route_support.hpp"
#include "shown_extra_cache.hpp"

namespace cradle::web {
namespace json = boost::json;
namespace {

Response not_found(const Call& c, std::string message) {
  return api_error_response(c.version(), http::status::not_found, "not_found", message);
}

// {"pack", "slug", "blocks", "text"} of an answer, as the serialized object
// would be, joined from pieces: what was made for these answers is
// serialized here, in an arena on this render thread's stack (no per-node
// allocation or destructor); the stored documents it shows come as bytes
// made once per snapshot, their text already escaped.
std::string answer_json(const Call& c, const Pack& pack, const Item& item, const FormResponse& r) {
  alignas(std::max_align_t) unsigned char arena[8 * 1024];
  json::monotonic_resource mr(arena, sizeof arena);
  std::string blocks = json::serialize(to_json(r.document, json::storage_ptr(&mr)));
  std::string own_text;
  append_plain_text(r.document, own_text);

  std::vector<std::shared_ptr<const ShownExtraCache::Part>> parts;
  parts.reserve(r.extras.size());
  for (const auto& extra : r.extras) parts.push_back(c.shown_extras.get(c.lib, item, extra));

  std::string out = R"({"pack":)" + json::serialize(json::string_view(pack.id)) + R"(,"slug":)" +
                    json::serialize(json::string_view(item.slug)) + R"(,"blocks":)";
  out.append(blocks, 0, blocks.size() - 1);  // open: the stored parts follow
  bool empty = r.document.empty();
  for (const auto& part : parts) {
    if (part->json.empty()) continue;
    if (!empty) out += ',';
    out += part->json;
    empty = false;
  }

  // The text, as plain_text() of the whole: the pieces' texts joined, less
  // the newlines at the very end. JSON escapes a character at a time, so the
  // escaped pieces join as the text does; each newline trimmed is two
  // characters ("\\n") of the escaped end.
  std::size_t trimmed = 0;
  bool all_newlines = true;
  for (auto p = parts.rbegin(); p != parts.rend() && all_newlines; ++p) {
    trimmed += (*p)->text_newlines_at_end;
    all_newlines = (*p)->text_newlines_at_end == (*p)->text_size;
  }
  if (all_newlines)
    while (!own_text.empty() && own_text.back() == '\n') own_text.pop_back();
  std::string own_quoted = json::serialize(json::string_view(own_text));
  out += R"(],"text":)";
  out.append(own_quoted, 0, own_quoted.size() - 1);  // without its closing quote
  for (const auto& part : parts) out += part->text_json;
  out.resize(out.size() - 2 * trimmed);
  out += "\"}\n";
  return out;
}

// POST /api/v1/packs/PACK/items/SLUG/responses
Response responses(const Call& c, const Pack& pack, const Item& item) {
  unsigned v = c.version();
  if (!has_form(item)) return not_found(c, "item '" + item.slug + "' takes no answers");
  if (!content_type_is(c.req, "application/json"))
    return api_error_response(v, http::status::unsupported_media_type, "unsupported_media_type",
                              "send the answers as application/json");
  ParsedAnswers parsed = answers_from_json(c.req.body());
  if (parsed.malformed)
    return api_error_response(v, http::status::bad_request, "bad_json", parsed.error);
  FormResponse r = parsed.problems.empty() ? c.host.respond(item, parsed.answers)
                                           : problems_only(parsed.problems);
  if (!r.problems.empty()) {
    json::array items;
    for (const auto& p : r.problems)
      items.push_back(json::object{{"item", p.question}, {"message", p.message}});
    json::value body = api_error("invalid_answers", r.problems.front().message);
    body.at("error").as_object()["items"] = std::move(items);
    return json_response(v, http::status::unprocessable_entity, body);
  }
  auto res = make_response(v, http::status::ok, kJson, answer_json(c, pack, item, r));
  res.set(http::field::cache_control, "no-store");
  return res;
}

// The whole number in ?limit=, from 1 to 100, or nothing when it is not one.
std::optional<int> limit_param(const Call& c, int fallback) {
  std::string text = c.target.param("limit");
  if (text.empty()) return fallback;
  int limit = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), limit);
  if (ec != std::errc() || end != text.data() + text.size() || limit < 1 || limit > 100)
    return std::nullopt;
  return limit;
}

// GET /api/v1/search?q=&limit=&pack= and GET /api/v1/suggest?q=&limit=&pack=
Response search(const Call& c, bool as_you_type) {
  unsigned v = c.version();
  std::string q = c.target.param("q");
  if (q.empty())
    return api_error_response(v, http::status::bad_request, "missing_query",
                              "give the words to find as ?q=");
  auto limit = limit_param(c, as_you_type ? 8 : 20);
  if (!limit)
    return api_error_response(v, http::status::bad_request, "bad_limit",
                              "limit must be a whole number from 1 to 100");
  std::string pack = c.target.param("pack");
  if (!pack.empty() && !c.lib.find_pack(pack))
    return not_found(c, "no pack '" + pack + "' is installed");
  auto n = static_cast<std::size_t>(*limit);
  if (as_you_type)
    return json_response(v, http::status::ok, api_suggest(q, c.lib.search_prefix(q, n, pack)));
  return json_response(v, http::status::ok, api_search(q, c.lib.search(q, n, pack)));
}

Response openapi(const Call& c) {
  return make_response(c.version(), http::status::ok, kJson, std::string(kOpenApi));
}

}  // namespace

Response api_routes(const Call& c) {
  const auto& seg = c.seg;
  bool reads = seg.size() == 3 && (seg[2] == "search" || seg[2] == "suggest" ||
                                   seg[2] == "openapi.json" || seg[2] == "packs");
  bool answers = seg.size() == 7 && seg[2] == "packs" && seg[4] == "items" && seg[6] == "responses";
  if (answers && !c.is_post()) return not_allowed(c, "POST");
  if (!answers && c.is_post() && (reads || (seg.size() > 3 && seg[2] == "packs")))
    return not_allowed(c, "GET, HEAD");
  if (seg.size() == 3 && seg[2] == "search") return search(c, false);
  if (seg.size() == 3 && seg[2] == "suggest") return search(c, true);
  if (seg.size() == 3 && seg[2] == "openapi.json") return openapi(c);
  if (seg.size() < 3 || seg[2] != "packs") return not_found(c, "no such API endpoint");
  if (seg.size() == 3) return json_response(c.version(), http::status::ok, api_packs(c.lib));
  const Pack* pack = c.lib.find_pack(seg[3]);
  if (!pack) return not_found(c, "no pack '" + seg[3] + "' is installed");
  if (seg.size() == 4) return json_response(c.version(), http::status::ok, api_pack(*pack));
  if (seg[4] != "items") return not_found(c, "no such API endpoint");
  if (seg.size() == 5) return json_response(c.version(), http::status::ok, api_items(*pack));
  const Item* item = c.lib.find_item(pack->id, seg[5]);
  if (!item) return not_found(c, "pack '" + pack->id + "' has no item '" + seg[5] + "'");
  if (seg.size() == 6) return json_response(c.version(), http::status::ok, api_item(*item));
  if (answers) return responses(c, *pack, *item);
  return not_found(c, "no such API endpoint");
}

}  // namespace cradle::web
