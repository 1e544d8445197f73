// The starter packs `cradle new` writes: small, valid and friendly, so a new
// publisher starts from something that works and reads how it is made.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cradle::cli {

struct StarterFile {
  std::string path;  // relative to the pack folder, '/'-separated
  std::string text;
};

// What a starter pack is called and when it is made.
struct StarterInfo {
  std::string id;     // a slug
  std::string title;  // for pack.yaml
  std::string today;  // YYYY-MM-DD, for blog post dates
};

// The types `cradle new` knows: "faq", "blog", "quiz".
const std::vector<std::string>& starter_types();

// pack.yaml and the sources of a starter of `type` (one of starter_types()).
std::vector<StarterFile> starter_files(std::string_view type, const StarterInfo& info);

}  // namespace cradle::cli
