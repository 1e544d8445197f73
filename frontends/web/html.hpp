// HTML writing: escaping and drawing the content model's Blocks. Every piece
// of pack text passes through escape() on its way into the page.
#pragma once

#include <string>
#include <string_view>

#include "cradle/library.hpp"
#include "cradle/model.hpp"

namespace cradle::web {

// Escapes &, <, >, " and ' so text is inert in element content and in
// double- or single-quoted attributes.
void escape(std::string_view text, std::string& out);
std::string escape(std::string_view text);

// Where a resolved link goes on this site: "/p/PACK/SLUG" for an installed
// target, the URL itself for an external one, empty when the target pack is
// not installed (the text is then shown without a link).
std::string link_url(std::string_view href, const Library& library);

void render_spans(const std::vector<Span>& spans, const Library& library, std::string& out);

struct PageMeta {
  PageMeta(std::string title, std::string language, std::string description = {})
      : title(std::move(title)),
        language(std::move(language)),
        description(std::move(description)) {}

  std::string title;     // <title>, already plain text
  std::string language;  // <html lang>
  std::string description;
  std::string og_type = "website";  // Open Graph: "website" or "article"
  std::string json_ld;              // schema.org data as JSON, or empty
  std::string feed_url;             // the pack's Atom feed, or empty
};

// The whole page around `main_html`: head, skip link, header, main, footer.
std::string page(const PageMeta& meta, std::string_view main_html);

}  // namespace cradle::web
