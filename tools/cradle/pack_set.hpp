// Loading the packs named on a command line together, so links between them
// resolve, and printing what the loader found.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "app.hpp"
#include "cradle/pack_loader.hpp"
#include "pack_source.hpp"

namespace cradle::cli {

struct PackSet {
  std::vector<LoadedPack> packs;
  int errors = 0;
  int warnings = 0;
  std::vector<int> warnings_per_pack;  // parallel to packs
  std::vector<std::string> messages;   // every diagnostic as printed, in order
};

// Loads every pack and resolves links against the set and what `app`'s
// catalog has installed. Prints each diagnostic as "FOLDER/FILE:LINE: ..."
// or, for a pack from an archive, "ARCHIVE:FILE:LINE: ...".
PackSet load_pack_set(App& app, const std::vector<PackSource>& sources, const LoadOptions& options);

// The pack folders bundled with Cradle (content-packs/), in name order.
std::vector<std::filesystem::path> bundled_pack_dirs();

}  // namespace cradle::cli
