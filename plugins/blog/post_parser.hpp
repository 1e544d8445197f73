// Parses one blog post: YAML front matter between `---` lines, then the
// Markdown body. Folder-level concerns (which files, duplicate slugs, order)
// belong to the content type, not here.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "cradle/plugin_api.hpp"

namespace cradle::blog {

struct Post {
  Item item;
  std::chrono::sys_days date;  // the calendar date, for newest-first order
  bool draft = false;
  int slug_line = 1;  // where the slug came from, so a duplicate can point at it
};

struct ParsedPost {
  std::optional<Post> post;  // empty when the file has any error
  Diagnostics diagnostics;
};

// `text` is the file's content; `file` its path relative to the pack folder
// (for diagnostics and Item::source); `file_stem` its name without ".md",
// the slug when the front matter gives none.
ParsedPost parse_post(std::string_view text, const std::string& file, std::string_view file_stem);

}  // namespace cradle::blog
