// Links between items: `pack:PACK/SLUG` to another pack's item, a plain `SLUG`
// to an item of the same pack, or an external http(s)/mailto URL.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cradle/export.hpp"

namespace cradle {

struct ItemRef {
  std::string pack;
  std::string slug;  // empty for a link to the pack itself (`pack:PACK`)
  bool operator==(const ItemRef&) const = default;
};

enum class LinkKind { item, external, invalid };

struct ParsedLink {
  LinkKind kind = LinkKind::invalid;
  ItemRef target;  // kind == item
};

// Classifies a link target as written in a source, in the pack `current_pack`.
CRADLE_API ParsedLink parse_link(std::string_view href, std::string_view current_pack);

// "pack:PACK/SLUG" or "pack:PACK".
CRADLE_API std::string to_href(const ItemRef& ref);

// The target of a resolved internal href, or nothing for an external one.
CRADLE_API std::optional<ItemRef> item_ref_of(std::string_view href);

}  // namespace cradle
