// Each file cmd_*.cpp adds its subcommands to the CLI11 parser. A command's
// callback throws UserError on failure; main() turns that into exit 1.
#pragma once

#include <CLI/CLI.hpp>

#include "app.hpp"

namespace cradle::cli {

void add_install_commands(CLI::App& cli, App& app);  // install, remove, validate
void add_browse_commands(CLI::App& cli, App& app);   // list, info, show, search, plugins
void add_run_commands(CLI::App& cli, App& app);      // serve, view
void add_publish_commands(CLI::App& cli, App& app);  // pack, new
void add_trust_commands(CLI::App& cli, App& app);    // keygen, sign, trust

// Installs the bundled packs when the catalog is empty, so a new reader sees
// content with no other step.
void install_bundled_if_empty(App& app);

}  // namespace cradle::cli
