// One blog post: YAML front matter between `---` lines, then Markdown.
#include "post_parser.hpp"
#include "support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  (void)cradle::blog::parse_post(cradle::fuzz::as_text(data, size), "posts/fuzz.md", "fuzz");
  return 0;
}
