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
  // Every diagnostic, its file named as the user can find it: "FOLDER/FILE"
  // or, for a pack from an archive, "ARCHIVE:FILE".
  Diagnostics shown;
};

// Loads every pack and resolves links against the set and what `app`'s
// catalog has installed, and checks each pack's `requires:` against them:
// an unmet one is an error with `requirements` (an install), else only a
// warning (validate and pack check the pack, not the reader's library).
// Prints nothing.
PackSet load_pack_set(App& app, const std::vector<PackSource>& sources, const LoadOptions& options,
                      bool requirements = false);

// Prints each of `set.shown` as one line on stderr.
void print_diagnostics(const PackSet& set);

// The pack folders bundled with Cradle (content-packs/), in name order.
std::vector<std::filesystem::path> bundled_pack_dirs();

}  // namespace cradle::cli
