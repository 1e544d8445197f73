// The line of facts under an item's title (date, author, reading time, size
// of a questionnaire) and its tags, drawn from whichever fields it has.
#pragma once

#include <string>

#include "cradle/model.hpp"

namespace cradle::web {

// "6 October 2026 · ABaby&Someone · 4 min read", escaped; empty if nothing.
std::string item_meta_html(const Item& item);
// The item's tags as links to their tag pages; empty if none.
std::string item_tags_html(const Pack& pack, const Item& item);
// "2026-10-06" -> "6 October 2026"; other text unchanged.
std::string readable_date(const std::string& iso);
// True when the item carries `tag`.
bool has_tag(const Item& item, const std::string& tag);

}  // namespace cradle::web
