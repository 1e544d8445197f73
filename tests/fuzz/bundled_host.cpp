#include "bundled_host.hpp"

#include <algorithm>
#include <stdexcept>

#include "cradle/catalog.hpp"
#include "cradle/pack_loader.hpp"
#include "support.hpp"

namespace cradle::fuzz {
namespace fs = std::filesystem;

namespace {
std::unique_ptr<CatalogHost> open_bundled_host() {
  std::vector<fs::path> dirs;
  for (const auto& entry : fs::directory_iterator(bundled_packs()))
    if (entry.is_directory()) dirs.push_back(entry.path());
  std::sort(dirs.begin(), dirs.end());
  std::vector<LoadedPack> set;
  for (const auto& dir : dirs) set.push_back(load_pack(dir, registry()));
  resolve_links(set, nullptr);
  std::vector<Pack> packs;
  for (const auto& p : set) {
    if (has_errors(p.diagnostics)) throw std::runtime_error("a bundled pack does not load");
    packs.push_back(p.pack);
  }
  const fs::path data_dir = scratch_dir() / "data";
  auto catalog = Catalog::open(data_dir);
  if (!catalog || !catalog.value()->install(packs))
    throw std::runtime_error("cannot install the bundled packs");
  CatalogHost::Callbacks quiet{[](const std::string&) {}, [](const std::string&) {}};
  auto host = CatalogHost::open(data_dir, registry(), quiet, std::chrono::hours(1));
  if (!host) throw std::runtime_error(host.error().message);
  return std::move(host.value());
}
}  // namespace

CatalogHost& bundled_host() {
  static const std::unique_ptr<CatalogHost> host = open_bundled_host();
  return *host;
}

}  // namespace cradle::fuzz
