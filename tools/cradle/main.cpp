// The `cradle` command: installs, checks, browses, serves and views packs,
// and packs them for publishers.
#include <CLI/CLI.hpp>
#include <iostream>

#include "app.hpp"
#include "commands.hpp"

int main(int argc, char** argv) {
  using namespace cradle::cli;
  App app;
  CLI::App cli{"Cradle: install content packs and read them on the web or the desktop.", "cradle"};
  cli.set_version_flag("--version", std::string("cradle ") + CRADLE_VERSION);
  cli.require_subcommand(1);
  cli.fallthrough();
  cli.add_option("--data-dir", app.data_dir_flag,
                 "Where the catalog lives (else $CRADLE_HOME, $XDG_DATA_HOME/cradle, "
                 "~/.local/share/cradle)");
  add_install_commands(cli, app);
  add_browse_commands(cli, app);
  add_run_commands(cli, app);
  add_publish_commands(cli, app);
  add_trust_commands(cli, app);

  try {
    cli.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return cli.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return cli.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return cli.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "cradle: usage error: " << e.what() << " (see `cradle --help`)\n";
    return kUsageError;
  } catch (const UserError& e) {
    std::cerr << "cradle: error: " << e.message << "\n";
    return kUserError;
  } catch (const std::exception& e) {
    std::cerr << "cradle: error: " << e.what() << "\n";
    return kUserError;
  }
  return kOk;
}
