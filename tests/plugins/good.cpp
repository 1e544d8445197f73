// A well-formed test plugin: a content type that makes one item per source.
#include "cradle/plugin_api.hpp"

namespace {
class EchoContentType final : public cradle::ContentType {
 public:
  cradle::SourceOutput load(const cradle::SourceRequest& request) noexcept override {
    cradle::SourceOutput out;
    cradle::Item item;
    item.slug = "echo";
    item.title = "Echo of " + request.source;
    out.items.push_back(item);
    return out;
  }
};
const cradle::PluginInfo kInfo{cradle::kPluginApiVersion, "test-echo", "content-type", "0.1.0",
                               "test plugin"};
}  // namespace

CRADLE_PLUGIN(kInfo, EchoContentType)
