// The HTML pages, each a function of the Library snapshot it is given.
#pragma once

#include <string>

#include "cradle/library.hpp"

namespace cradle::web {

std::string home_page(const Library& library);
// A pack's items: a FAQ as one page of <details>, anything else as a list.
std::string pack_page(const Library& library, const Pack& pack);
std::string item_page(const Library& library, const Pack& pack, const Item& item);
std::string not_found_page();
std::string error_page(int status, const std::string& title, const std::string& message);

}  // namespace cradle::web
