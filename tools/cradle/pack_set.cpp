#include "pack_set.hpp"

#include <algorithm>
#include <iostream>

#include "cradle/data_dir.hpp"

namespace cradle::cli {
namespace fs = std::filesystem;

PackSet load_pack_set(App& app, const std::vector<PackSource>& sources,
                      const LoadOptions& options) {
  PackSet set;
  for (const auto& source : sources)
    set.packs.push_back(load_pack(source.dir(), app.registry(), options));
  auto installed = app.catalog().snapshot();
  if (!installed) throw UserError{installed.error().message};
  resolve_links(set.packs, installed.value().get());

  for (std::size_t i = 0; i < set.packs.size(); ++i) {
    const PackSource& source = sources[i];
    set.warnings_per_pack.push_back(0);
    for (auto d : set.packs[i].diagnostics) {
      if (d.severity == Severity::warning) ++set.warnings_per_pack.back();
      // Name files as the user can find them: in their folder or archive.
      d.file = source.where(d.file);
      d.message = source.unstaged(d.message);
      set.messages.push_back(format(d));
      std::cerr << set.messages.back() << '\n';
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
