// The HTML pages, each a function of the Library snapshot it is given.
#pragma once

#include <optional>
#include <string>

#include "cradle/library.hpp"
#include "cradle/plugin_api.hpp"

namespace cradle::web {

std::string home_page(const Library& library);
// Items listed on each page of a pack that is a list (a blog).
inline constexpr std::size_t kItemsPerPage = 10;

// Page `number` (from 1) of a pack's items: a FAQ as one page of <details>,
// anything else as a list, kItemsPerPage a page with links to the pages
// either side. Nothing when there is no such page.
std::optional<std::string> pack_page(const Library& library, const Pack& pack, int number = 1);
// One item. For an item with a form, `answers` and `problems` re-show it
// after answers that need another look.
std::string item_page(const Library& library, const Pack& pack, const Item& item,
                      const Answers* answers = nullptr,
                      const std::vector<AnswerProblem>* problems = nullptr);
// The posts of a pack carrying `tag`, in pack order.
std::string tag_page(const Library& library, const Pack& pack, const std::string& tag);
// What a content type answered to a reader's form.
std::string response_page(const Library& library, const Pack& pack, const Item& item,
                          const Document& response);
// Full-text results for `query`, grouped by pack, matches highlighted.
std::string search_page(const Library& library, const std::string& query);
std::string not_found_page();
std::string error_page(int status, const std::string& title, const std::string& message);

// The URL an item's form posts to.
std::string answers_url(const Pack& pack, const Item& item);

}  // namespace cradle::web
