// A FAQ source (faq.md): questions at `## `, Markdown answers below.
#include "faq_parser.hpp"
#include "support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  (void)cradle::faq::parse_faq(cradle::fuzz::as_text(data, size), "faq.md");
  return 0;
}
