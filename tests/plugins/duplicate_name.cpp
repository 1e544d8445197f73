// Takes a name another plugin already has: the registry keeps the first.
#include "cradle/plugin_api.hpp"

namespace {
class Dup final : public cradle::ContentType {
 public:
  cradle::SourceOutput load(const cradle::SourceRequest&) noexcept override { return {}; }
};
const cradle::PluginInfo kInfo{cradle::kPluginApiVersion, "test-echo", "content-type", "0.2.0",
                               "test plugin"};
}  // namespace

CRADLE_PLUGIN(kInfo, Dup)
