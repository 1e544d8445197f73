// Markdown to Blocks, and those Blocks drawn as HTML by the web frontend:
// any bytes a publisher can put in a source's Markdown.
#include "blocks.hpp"
#include "bundled_host.hpp"
#include "cradle/markdown.hpp"
#include "support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace cradle;
  static const auto library = fuzz::bundled_host().library();
  Diagnostics diagnostics;
  Document doc = markdown_to_document({fuzz::as_text(data, size), "fuzz.md", 1}, diagnostics);
  (void)plain_text(doc);
  std::string html;
  web::render_document(doc, {*library, 1, "", nullptr}, html);
  return 0;
}
