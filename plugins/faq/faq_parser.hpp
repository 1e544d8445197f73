// Parses a FAQ source: `## ` headings are the questions, the Markdown below
// each (up to the next question) its answer.
#pragma once

#include <string>
#include <string_view>

#include "cradle/plugin_api.hpp"

namespace cradle::faq {

// `text` is the file's content, `file` its name for diagnostics. One Item per
// question, in file order; slug from a trailing `{#slug}` on the heading, else
// from the question.
SourceOutput parse_faq(std::string_view text, const std::string& file);

}  // namespace cradle::faq
