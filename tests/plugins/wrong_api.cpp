// Built against another plugin API version: the registry must refuse it
// without calling its factory.
#include <cstdlib>

#include "cradle/plugin_api.hpp"

namespace {
class NeverMade final : public cradle::ContentType {
 public:
  NeverMade() { std::abort(); }  // proves the factory is never called
  cradle::SourceOutput load(const cradle::SourceRequest&) noexcept override { return {}; }
};
const cradle::PluginInfo kInfo{cradle::kPluginApiVersion + 998, "test-wrong-api", "content-type",
                               "0.1.0", "test plugin"};
}  // namespace

CRADLE_PLUGIN(kInfo, NeverMade)
