#include "cradle/form_response.hpp"

namespace cradle {

Document shown_extra(const Item& item, const ShownExtra& extra) {
  if (extra.index >= item.extras.size()) return {};
  const Document& stored = item.extras[extra.index];
  if (extra.callout.empty()) return stored;
  Block callout;
  callout.kind = Block::Kind::callout;
  callout.info = extra.callout;
  callout.children = stored;
  return {std::move(callout)};
}

Document shown_document(const Item& item, const FormResponse& r) {
  Document doc = r.document;
  for (const auto& extra : r.extras) {
    Document part = shown_extra(item, extra);
    doc.insert(doc.end(), std::make_move_iterator(part.begin()),
               std::make_move_iterator(part.end()));
  }
  return doc;
}

}  // namespace cradle
