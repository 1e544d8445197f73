// install, remove, validate: from pack folders and .cpack archives alike.
#include <iostream>

#include "commands.hpp"
#include "install_pipeline.hpp"
#include "pack_set.hpp"

namespace cradle::cli {
namespace fs = std::filesystem;
namespace {

struct InstallArgs {
  std::vector<fs::path> paths;
  bool drafts = false;
};

void install(App& app, const std::vector<fs::path>& paths, const LoadOptions& options) {
  auto packs = install_packs(app, paths, options);
  for (const auto& p : packs)
    std::cout << "Installed " << p.id << " " << p.version << " (" << p.items.size()
              << (p.items.size() == 1 ? " item" : " items") << ")\n";
}

}  // namespace

void install_bundled_if_empty(App& app) {
  auto snapshot = app.catalog().snapshot();
  if (!snapshot) throw UserError{snapshot.error().message};
  if (!snapshot.value()->packs().empty()) return;
  auto dirs = bundled_pack_dirs();
  if (dirs.empty()) return;
  std::cout << "Your library is empty: installing the packs that come with Cradle.\n";
  install(app, dirs, {});
}

void add_install_commands(CLI::App& cli, App& app) {
  auto args = std::make_shared<InstallArgs>();
  auto* inst =
      cli.add_subcommand("install", "Install or upgrade packs from folders or .cpack files");
  inst->add_option("PATH", args->paths, "Pack folders (each holds a pack.yaml) or .cpack files")
      ->required()
      ->check(CLI::ExistingPath);
  inst->add_flag("--drafts", args->drafts, "Include draft items");
  inst->callback([&app, args] { install(app, args->paths, {args->drafts}); });

  auto ids = std::make_shared<std::vector<std::string>>();
  auto* rm = cli.add_subcommand("remove", "Remove installed packs");
  rm->add_option("ID", *ids, "Pack ids, as `cradle list` shows them")->required();
  rm->callback([&app, ids] {
    if (auto r = app.catalog().remove(*ids); !r)
      throw UserError{r.error().message + "; nothing was removed"};
    for (const auto& id : *ids) std::cout << "Removed " << id << "\n";
  });

  // Several packs are checked together, so links between them resolve.
  auto paths = std::make_shared<std::vector<fs::path>>();
  auto* val =
      cli.add_subcommand("validate", "Check pack folders or .cpack files without installing them");
  val->add_option("PATH", *paths, "Pack folders or .cpack files, checked together")
      ->required()
      ->check(CLI::ExistingPath);
  val->callback([&app, paths] {
    auto sources = open_pack_sources(app, *paths);
    PackSet set = load_pack_set(app, sources, {});
    if (set.errors > 0)
      throw UserError{std::to_string(set.errors) + (set.errors == 1 ? " error" : " errors") +
                      " above: fix them and validate again"};
    for (std::size_t i = 0; i < set.packs.size(); ++i) {
      const Pack& p = set.packs[i].pack;
      int warnings = set.warnings_per_pack.at(i);
      std::cout << (*paths)[i].string() << ": valid: " << p.id << " " << p.version << ", "
                << p.items.size() << (p.items.size() == 1 ? " item, " : " items, ") << warnings
                << (warnings == 1 ? " warning\n" : " warnings\n");
    }
  });
}

}  // namespace cradle::cli
