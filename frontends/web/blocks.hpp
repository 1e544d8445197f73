// Drawing a Document as HTML: every Block kind, with no knowledge of which
// content type made it.
#pragma once

#include <string>

#include "cradle/library.hpp"
#include "cradle/plugin_api.hpp"

namespace cradle::web {

struct RenderContext {
  const Library& library;
  // Headings are shifted down this many levels (an item page's title is the
  // h1, so its body's "#" becomes h2).
  int heading_offset = 0;
  // Where a form block posts its answers; empty: the form is not drawn.
  std::string form_action;
  // A form shown again after a problem keeps the reader's choices.
  const Answers* answers = nullptr;
};

void render_document(const Document& doc, const RenderContext& ctx, std::string& out);

// The heading_offset that makes `doc`'s highest heading an h`top`, so that a
// page's heading levels go down one step at a time whether the author began
// with "#" or "##".
int heading_offset_for(const Document& doc, int top);

// Drawn by form_html.cpp and outcome_html.cpp.
void render_form(const Form& form, const RenderContext& ctx, std::string& out);
void render_outcome(const Outcome& outcome, std::string& out);

}  // namespace cradle::web
