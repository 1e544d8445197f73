// The pack loader: a pack folder (pack.yaml and its sources) into a Pack,
// with every problem reported as a FILE:LINE diagnostic.
#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

#include "cradle/diagnostic.hpp"
#include "cradle/export.hpp"
#include "cradle/library.hpp"
#include "cradle/model.hpp"
#include "cradle/registry.hpp"

namespace cradle {

// The pack format this Cradle reads: a pack.yaml's `api:`. Raised only when
// packs must be written differently, not when the plugin ABI changes
// (kPluginApiVersion).
inline constexpr int kPackFormatVersion = 1;

struct LoadOptions {
  bool include_drafts = false;
};

struct LoadedPack {
  Pack pack;
  std::filesystem::path dir;
  Diagnostics diagnostics;  // any error: the pack must not be installed
};

// Reads `dir`/pack.yaml, validates the manifest, and runs each `content:`
// entry through the content type it names. Links are left as written.
CRADLE_API LoadedPack load_pack(const std::filesystem::path& dir, const Registry& registry,
                                const LoadOptions& options = {});

// Resolves every link in `packs` to its full `pack:PACK/SLUG` form, checking
// it against the packs being loaded together and, for other packs, against
// `installed` (may be null). A link to a missing item of a known pack is an
// error; to a pack that is not installed, a warning. Diagnostics are added to
// the pack whose source holds the link.
CRADLE_API void resolve_links(std::vector<LoadedPack>& packs, const Library* installed);

// Checks each pack's `requires:` against `cradle_version` and the packs
// being loaded together or, failing that, `installed` (may be null). An
// unmet requirement is a diagnostic of `severity` (an install refuses it;
// validate only points it out) on the pack's pack.yaml naming what is
// needed and what there is.
CRADLE_API void check_requirements(std::vector<LoadedPack>& packs, const Library* installed,
                                   std::string_view cradle_version,
                                   Severity severity = Severity::error);

// Fills each item's plain `text` (and `summary`, when empty, from its first
// paragraph).
CRADLE_API void fill_text(Pack& pack);

}  // namespace cradle
