// The viewer as an application: a QGuiApplication, the QML engine with
// Cradle.Desktop's Main.qml, and either the event loop (a window) or one
// offscreen frame saved as a PNG (`cradle view --screenshot`).
#pragma once

#include <atomic>
#include <string>
#include <vector>

#include "cradle/plugin_api.hpp"

// The entry points the frontend module calls into cradle_desktop_ui.
#define CRADLE_DESKTOP_API __attribute__((visibility("default")))

namespace cradle::desktop {

// What `cradle view` hands on as FrontendOptions::args.
struct ViewerArgs {
  std::string open;        // PACK or PACK/SLUG
  std::string screenshot;  // write this PNG and return
  int width = 1100, height = 760;
  std::string theme;  // light | dark | empty
};

// Reads --open, --screenshot, --size WxH and --theme; an unknown argument
// or a bad size is an Error naming it.
CRADLE_DESKTOP_API Result<ViewerArgs> parse_viewer_args(const std::vector<std::string>& args);

// Runs until the window closes or `stop` becomes true (checked by the event
// loop), or, with a screenshot, until it is written. A page that does not
// exist, or a PNG that cannot be written, is an Error. Never throws.
CRADLE_DESKTOP_API Result<void> run_viewer(FrontendHost& host, const ViewerArgs& args,
                                           const std::atomic<bool>& stop) noexcept;

}  // namespace cradle::desktop
