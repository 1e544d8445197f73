#include "blocks.hpp"

#include <algorithm>

#include "html.hpp"

namespace cradle::web {

void render_document(const Document& doc, const RenderContext& ctx, std::string& out) {
  const Library& library = ctx.library;
  for (const auto& b : doc) {
    switch (b.kind) {
      case Block::Kind::heading: {
        std::string tag = "h" + std::to_string(std::clamp(b.level + ctx.heading_offset, 1, 6));
        out += "<" + tag + ">";
        render_spans(b.spans, library, out);
        out += "</" + tag + ">\n";
        break;
      }
      case Block::Kind::paragraph:
        out += "<p>";
        render_spans(b.spans, library, out);
        out += "</p>\n";
        break;
      case Block::Kind::list:
        if (b.ordered) {
          out += b.start == 1 ? "<ol>" : "<ol start=\"" + std::to_string(b.start) + "\">";
        } else {
          out += "<ul>";
        }
        for (const auto& item : b.items) {
          out += "<li>";
          // A tight list item is one paragraph: draw it without <p>.
          if (item.size() == 1 && item[0].kind == Block::Kind::paragraph) {
            render_spans(item[0].spans, library, out);
          } else {
            render_document(item, ctx, out);
          }
          out += "</li>\n";
        }
        out += b.ordered ? "</ol>\n" : "</ul>\n";
        break;
      case Block::Kind::quote:
        out += "<blockquote>";
        render_document(b.children, ctx, out);
        out += "</blockquote>\n";
        break;
      case Block::Kind::callout:
        out += "<aside class=\"callout callout-";
        escape(b.info.empty() ? "note" : b.info, out);
        out += "\">\n";
        render_document(b.children, ctx, out);
        out += "</aside>\n";
        break;
      case Block::Kind::code:
        out += "<pre><code>";
        escape(b.text, out);
        out += "</code></pre>\n";
        break;
      case Block::Kind::image:
        // Pack images are not served yet: show the description in its place.
        out += "<p class=\"image-missing\">";
        escape(b.text, out);
        out += "</p>\n";
        break;
      case Block::Kind::rule:
        out += "<hr>\n";
        break;
      case Block::Kind::form:
        if (b.form && !ctx.form_action.empty()) render_form(*b.form, ctx, out);
        break;
      case Block::Kind::outcome:
        if (b.outcome) render_outcome(*b.outcome, out);
        break;
    }
  }
}

int heading_offset_for(const Document& doc, int top) {
  int highest = 7;
  for (const auto& b : doc)
    if (b.kind == Block::Kind::heading) highest = std::min(highest, b.level);
  return highest == 7 ? 0 : top - highest;
}

}  // namespace cradle::web
