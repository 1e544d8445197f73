#include "pack_set.hpp"

#include <algorithm>
#include <iostream>

#include "cradle/data_dir.hpp"

namespace cradle::cli {
namespace fs = std::filesystem;

PackSet load_pack_set(App& app, const std::vector<fs::path>& dirs, const LoadOptions& options) {
  PackSet set;
  for (const auto& dir : dirs) set.packs.push_back(load_pack(dir, app.registry(), options));
  auto installed = app.catalog().snapshot();
  if (!installed) throw UserError{installed.error().message};
  resolve_links(set.packs, installed.value().get());

  for (const auto& loaded : set.packs) {
    for (auto d : loaded.diagnostics) {
      // Name files as the user can open them: relative to where they are.
      if (fs::path(d.file).is_relative())
        d.file = (loaded.dir / d.file).lexically_normal().string();
      std::cerr << format(d) << '\n';
      (d.severity == Severity::error ? set.errors : set.warnings)++;
    }
  }
  return set;
}

std::vector<fs::path> bundled_pack_dirs() {
  std::vector<fs::path> out;
  fs::path root = bundled_packs_dir();
  std::error_code ec;
  if (root.empty()) return out;
  for (const auto& entry : fs::directory_iterator(root, ec))
    if (fs::exists(entry.path() / "pack.yaml", ec)) out.push_back(entry.path());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace cradle::cli
