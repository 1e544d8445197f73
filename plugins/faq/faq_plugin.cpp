// The FAQ content type: one faq.md, one Item per question.
#include "cradle/plugin_api.hpp"
#include "cradle/source_file.hpp"
#include "faq_parser.hpp"

namespace cradle::faq {
namespace {

class FaqContentType final : public ContentType {
 public:
  SourceOutput load(const SourceRequest& request) noexcept override {
    try {
      auto text = read_source_file(request.pack_dir / request.source);
      if (!text) return source_error(request.source, text.error().message);
      return parse_faq(text.value(), request.source);
    } catch (const std::exception& e) {
      return source_error(request.source, std::string("could not be loaded: ") + e.what());
    } catch (...) {  // nothing may cross the module boundary
      return source_error(request.source, "could not be loaded: unknown error");
    }
  }
};

const PluginInfo kInfo{kPluginApiVersion, "faq", "content-type", "1.0.0",
                       "Questions and answers from a Markdown file of '## ' questions"};

}  // namespace
}  // namespace cradle::faq

CRADLE_PLUGIN(cradle::faq::kInfo, cradle::faq::FaqContentType)
