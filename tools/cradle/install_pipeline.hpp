// The one install every entry point shares (`cradle install`, the bundled
// packs on first run, the desktop viewer's File → Install pack…): open the
// sources, load and check them together, and write them in one transaction.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "app.hpp"
#include "cradle/pack_loader.hpp"

namespace cradle::cli {

// Installs every pack in `paths` (folders or .cpack files), all or nothing,
// and returns them. Each diagnostic is printed to stderr as it is found and,
// when `problems` is given, appended to it as the same one line. Throws
// UserError, saying nothing was installed, on any error.
std::vector<Pack> install_packs(App& app, const std::vector<std::filesystem::path>& paths,
                                const LoadOptions& options,
                                std::vector<std::string>* problems = nullptr);

}  // namespace cradle::cli
