// UTF-8 validity, for names in archives and text in packs. Internal to core.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace cradle {

// The offset of the first byte that does not start a valid UTF-8 sequence
// (overlong forms, surrogates and code points past U+10FFFF are invalid),
// or nothing when all of `text` is valid.
std::optional<std::size_t> first_invalid_utf8(std::string_view text);

}  // namespace cradle
