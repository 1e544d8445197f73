// The JSON API under /api/v1: bodies as Boost.JSON values, serialized by the
// router.
#pragma once

#include <boost/json/value.hpp>
#include <string_view>

#include "cradle/library.hpp"

namespace cradle::web {

boost::json::value api_packs(const Library& library);
boost::json::value api_pack(const Pack& pack);
// Each item as {slug, type, title, summary}, in pack order.
boost::json::value api_items(const Pack& pack);
// {slug, type, title, summary, fields, blocks, text}; links in blocks keep
// their `pack:` form and gain "url" where the target is installed.
boost::json::value api_item(const Item& item);
// {"query", "results": [{pack, slug, type, title, snippet, matches, rank}]}:
// snippet is plain text and matches its highlighted [byte offset, length]s.
boost::json::value api_search(std::string_view query, const std::vector<SearchHit>& hits);
// {"query", "suggestions": [{pack, slug, type, title, url}]}: the items whose
// words begin with what the reader typed, best first.
boost::json::value api_suggest(std::string_view typed, const std::vector<SearchHit>& hits);
// {"error": {"code", "message"}}
boost::json::value api_error(std::string_view code, std::string_view message);

}  // namespace cradle::web
