// Where Cradle keeps its state, and where it finds what it ships.
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

#include "cradle/export.hpp"

namespace cradle {

// The data dir: `flag` when given, else $CRADLE_HOME, else
// $XDG_DATA_HOME/cradle, else ~/.local/share/cradle. Not created here.
CRADLE_API std::filesystem::path resolve_data_dir(const std::optional<std::filesystem::path>& flag);

// Folders scanned for plugin modules, in order: each entry of
// $CRADLE_PLUGIN_PATH (':'-separated), then lib/cradle/plugins beside the
// running executable (the build's stage folder, or the install prefix), then
// the configured install prefix's. Duplicates removed.
CRADLE_API std::vector<std::filesystem::path> plugin_search_path();

// The folder of packs shipped with Cradle (content-packs/), installed beside
// the executable or, in a build tree, the source tree's. Empty if neither.
CRADLE_API std::filesystem::path bundled_packs_dir();

}  // namespace cradle
