// Slugs: the URL-safe names of packs and items.
#pragma once

#include <string>
#include <string_view>

#include "cradle/export.hpp"

namespace cradle {

// Lowercase ASCII letters and digits joined by single '-', apostrophes
// dropped ("Baby's first" -> "babys-first"), at most `max_length` characters
// cut at a word boundary. Empty when the text has no ASCII letter or digit.
CRADLE_API std::string slugify(std::string_view text, std::size_t max_length = 60);

// True when `s` is a non-empty slug: [a-z0-9]+(-[a-z0-9]+)*.
CRADLE_API bool is_slug(std::string_view s);

}  // namespace cradle
