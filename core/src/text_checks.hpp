// Checks run on a pack's text files before any parser sees them: text must
// be UTF-8, and YAML must not nest too deeply or expand through aliases into
// far more than it says (a "billion laughs"). Internal to core.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "cradle/diagnostic.hpp"

namespace cradle {

inline constexpr int kYamlMaxDepth = 64;
inline constexpr std::size_t kYamlMaxExpandedNodes = 100'000;

// An error at the line of the first byte that is not UTF-8, if any.
std::optional<Diagnostic> check_utf8_text(std::string_view text, const std::string& file);

// An error when `yaml` nests deeper than kYamlMaxDepth or its aliases expand
// to more than kYamlMaxExpandedNodes nodes. Line numbers count from
// `first_line` (the line the YAML starts on in `file`). YAML that does not
// parse passes: the loader reports that with its own words.
std::optional<Diagnostic> check_yaml_limits(std::string_view yaml, const std::string& file,
                                            int first_line = 1);

// Runs both checks on every text file (.md, .markdown, .yaml, .yml, .txt)
// in `dir`, hidden files left out; YAML files whole, Markdown files' front
// matter. Names files relative to `dir`.
Diagnostics check_pack_text(const std::filesystem::path& dir);

}  // namespace cradle
