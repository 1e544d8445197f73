// The FAQ content type: one faq.md, one Item per question.
#include <fstream>
#include <sstream>

#include "cradle/plugin_api.hpp"
#include "faq_parser.hpp"

namespace cradle::faq {
namespace {

class FaqContentType final : public ContentType {
 public:
  SourceOutput load(const SourceRequest& request) noexcept override {
    try {
      std::ifstream in(request.pack_dir / request.source, std::ios::binary);
      if (!in) return failure(request.source, "cannot be read");
      std::stringstream text;
      text << in.rdbuf();
      return parse_faq(text.str(), request.source);
    } catch (const std::exception& e) {
      return failure(request.source, std::string("could not be loaded: ") + e.what());
    }
  }

 private:
  static SourceOutput failure(const std::string& file, std::string message) {
    SourceOutput out;
    out.diagnostics.push_back({Severity::error, file, 0, std::move(message)});
    return out;
  }
};

const PluginInfo kInfo{kPluginApiVersion, "faq", "content-type", "1.0.0",
                       "Questions and answers from a Markdown file of '## ' questions"};

}  // namespace
}  // namespace cradle::faq

CRADLE_PLUGIN(cradle::faq::kInfo, cradle::faq::FaqContentType)
