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

json::value api_error(std::string_view code, std::string_view message) {
  return json::object{{"error", json::object{{"code", code}, {"message", message}}}};
}

}  // namespace cradle::web
