// Spans and snippets as the small rich-text subset Qt Quick's Text draws:
// every character from a pack is escaped, so no pack can put markup on screen.
#pragma once

#include <QString>
#include <string>
#include <vector>

#include "cradle/model.hpp"

namespace cradle::desktop {

// <i>, <b>, <code>, <a href> and <br/> for a paragraph's or heading's spans.
QString spans_html(const std::vector<Span>& spans);

// A search snippet with the Library's kMatchBegin/kMatchEnd marks as <b>.
QString snippet_html(const std::string& snippet);

// Plain text of spans, for titles and accessible names.
QString spans_text(const std::vector<Span>& spans);

// "2024-03-05" -> "5 March 2024"; anything else unchanged.
QString readable_date(const std::string& iso);

}  // namespace cradle::desktop
