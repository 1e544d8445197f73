#include "install_pipeline.hpp"

#include "pack_set.hpp"

namespace cradle::cli {

std::vector<Pack> install_packs(App& app, const std::vector<std::filesystem::path>& paths,
                                const LoadOptions& options, std::vector<std::string>* problems) {
  std::vector<PackSource> sources;
  try {
    sources = open_pack_sources(app, paths);
  } catch (const UserError& e) {
    throw UserError{e.message + "; nothing was installed"};
  }
  PackSet set = load_pack_set(app, sources, options);
  if (problems) problems->insert(problems->end(), set.messages.begin(), set.messages.end());
  if (set.errors > 0) {
    throw UserError{std::to_string(set.errors) + (set.errors == 1 ? " problem" : " problems") +
                    " above; nothing was installed. Fix them and run install again "
                    "(`cradle validate PATH` checks a pack without installing it)"};
  }
  std::vector<Pack> packs;
  for (auto& loaded : set.packs) packs.push_back(loaded.pack);
  if (auto r = app.catalog().install(packs); !r)
    throw UserError{"install failed, nothing was changed: " + r.error().message};
  return packs;
}

}  // namespace cradle::cli
