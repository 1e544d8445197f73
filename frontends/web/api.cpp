#include "api.hpp"

#include "cradle/json.hpp"

namespace cradle::web {
namespace json = boost::json;

json::value api_packs(const Library& library) {
  json::array packs;
  for (const auto& pack : library.packs()) packs.push_back(manifest_to_json(pack));
  return json::object{{"packs", std::move(packs)}};
}

json::value api_pack(const Pack& pack) {
  json::object out = manifest_to_json(pack);
  return out;
}

json::value api_items(const Pack& pack) {
  json::array items;
  for (const auto& item : pack.items) {
    items.push_back(json::object{{"slug", item.slug},
                                 {"type", item.type},
                                 {"title", item.title},
                                 {"summary", item.summary}});
  }
  return json::object{{"pack", pack.id}, {"items", std::move(items)}};
}

json::value api_item(const Item& item) {
  json::object out = to_json(item);
  out.erase("pack");
  return out;
}

json::value api_search(std::string_view query, const std::vector<SearchHit>& hits) {
  json::array results;
  for (const auto& hit : hits) {
    std::string snippet;
    json::array matches;
    std::size_t start = 0;
    for (char ch : hit.snippet) {
      if (ch == kMatchBegin) {
        start = snippet.size();
      } else if (ch == kMatchEnd) {
        matches.push_back(json::array{start, snippet.size() - start});
      } else {
        snippet += ch;
      }
    }
    results.push_back(json::object{{"pack", hit.item->pack},
                                   {"slug", hit.item->slug},
                                   {"type", hit.item->type},
                                   {"title", hit.item->title},
                                   {"snippet", std::move(snippet)},
                                   {"matches", std::move(matches)},
                                   {"rank", hit.rank}});
  }
  return json::object{{"query", query}, {"results", std::move(results)}};
}

json::value api_suggest(std::string_view typed, const std::vector<SearchHit>& hits) {
  json::array suggestions;
  for (const auto& hit : hits) {
    suggestions.push_back(json::object{{"pack", hit.item->pack},
                                       {"slug", hit.item->slug},
                                       {"type", hit.item->type},
                                       {"title", hit.item->title},
                                       {"url", "/p/" + hit.item->pack + "/" + hit.item->slug}});
  }
  return json::object{{"query", typed}, {"suggestions", std::move(suggestions)}};
}

json::value api_error(std::string_view code, std::string_view message) {
  return json::object{{"error", json::object{{"code", code}, {"message", message}}}};
}

}  // namespace cradle::web
