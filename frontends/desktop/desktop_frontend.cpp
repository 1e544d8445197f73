// The desktop frontend plugin: `cradle view`. A thin Boost.DLL shell around
// cradle_desktop_ui, which holds the viewer itself.
#include <atomic>

#include "cradle/plugin_api.hpp"
#include "viewer_app.hpp"

namespace cradle::desktop {
namespace {

class DesktopFrontend final : public Frontend {
 public:
  Result<void> run(FrontendHost& host, const FrontendOptions& options) noexcept override {
    auto args = parse_viewer_args(options.args);
    if (!args) return args.error();
    return run_viewer(host, args.value(), stop_);
  }
  void stop() noexcept override { stop_ = true; }

 private:
  std::atomic<bool> stop_{false};
};

const PluginInfo kInfo{kPluginApiVersion, "desktop", "frontend", "1.0.0",
                       "the desktop viewer (Qt 6 Quick): read, search, take the quiz"};

}  // namespace
}  // namespace cradle::desktop

CRADLE_PLUGIN(cradle::desktop::kInfo, cradle::desktop::DesktopFrontend)
