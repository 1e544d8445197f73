// Markdown to Blocks, through cmark's parse tree. Raw HTML in a source never
// reaches a frontend: HTML blocks are dropped and inline HTML kept as text is
// left out, each with a warning naming the line.
#pragma once

#include <string>
#include <string_view>

#include "cradle/diagnostic.hpp"
#include "cradle/export.hpp"
#include "cradle/model.hpp"

namespace cradle {

struct MarkdownSource {
  std::string_view text;
  std::string file;    // for diagnostics
  int first_line = 1;  // line of `text`'s first line in `file`
};

// Parses CommonMark into Blocks. Never fails: problems (raw HTML, an image
// without a source) are appended to `diagnostics`. Link targets are kept as
// written; resolve_links() turns them into their full form.
CRADLE_API Document markdown_to_document(const MarkdownSource& source, Diagnostics& diagnostics);

// The plain text of spans and documents: words separated by spaces, blocks by
// newlines. Used for search, snippets and summaries.
CRADLE_API std::string plain_text(const std::vector<Span>& spans);
CRADLE_API std::string plain_text(const Document& doc);
// plain_text(doc) before its trailing newlines are trimmed, appended to `out`:
// the plain text of documents shown one after another is the trimmed
// concatenation of theirs.
CRADLE_API void append_plain_text(const Document& doc, std::string& out);

}  // namespace cradle
