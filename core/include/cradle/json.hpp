// JSON forms of the content model (Boost.JSON): how the catalog stores bodies
// and how the web API shows them. The shapes are part of the public API:
//   Span   {"type": "text|emphasis|strong|code|link|break", "text"?, "href"?, "children"?}
//   Block  {"type": "heading|paragraph|list|quote|code|image|rule|callout|form|outcome",
//           ...kind-specific: see block_to_json in json.cpp}
//   Item   {"pack", "slug", "type", "title", "summary", "fields", "blocks", "text"}
#pragma once

#include <boost/json/value.hpp>

#include "cradle/export.hpp"
#include "cradle/model.hpp"
#include "cradle/result.hpp"

namespace cradle {

// The tree is allocated from sp (the default resource when empty); a
// request-scoped boost::json::monotonic_resource makes building and dropping
// a large answer cheap.
CRADLE_API boost::json::value to_json(const Document& doc, boost::json::storage_ptr sp = {});
CRADLE_API boost::json::value to_json(const Fields& fields);
CRADLE_API boost::json::object to_json(const Item& item);
// A pack's manifest without its items.
CRADLE_API boost::json::object manifest_to_json(const Pack& pack);

// Inverses of the above; an Error names what is malformed.
CRADLE_API Result<Document> document_from_json(const boost::json::value& v);
CRADLE_API Result<Fields> fields_from_json(const boost::json::value& v);

}  // namespace cradle
