// A plugin whose construction throws: the registry must refuse it, with the
// reason, and go on.
#include <stdexcept>

#include "cradle/plugin_api.hpp"

namespace {
class Throws final : public cradle::Frontend {
 public:
  Throws() { throw std::runtime_error("cannot open the display"); }
  cradle::Result<void> run(cradle::FrontendHost&,
                           const cradle::FrontendOptions&) noexcept override {
    return {};
  }
  void stop() noexcept override {}
};
const cradle::PluginInfo kInfo{cradle::kPluginApiVersion, "test-throwing", "frontend", "0.1.0",
                               "test plugin"};
}  // namespace

CRADLE_PLUGIN(kInfo, Throws)
