// Which packs a pack points to, through the links in its items and through
// its `requires:`: what `cradle info` lists, and what `cradle remove` warns
// about.
#pragma once

#include <map>
#include <string>

#include "cradle/model.hpp"

namespace cradle::cli {

// Other packs' ids -> how many of `pack`'s links point into each.
std::map<std::string, std::size_t> links_to_other_packs(const Pack& pack);

}  // namespace cradle::cli
