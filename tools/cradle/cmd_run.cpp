// serve and view: hand the library to a frontend plugin and run it.
#include <iostream>

#include "commands.hpp"
#include "cradle/catalog_host.hpp"

namespace cradle::cli {
namespace {

void run_frontend(App& app, const std::string& name, const FrontendOptions& options,
                  const std::string& missing_hint) {
  auto frontend = app.registry().frontend(name);
  if (!frontend) throw UserError{missing_hint};
  install_bundled_if_empty(app);
  CatalogHost::Callbacks callbacks;
  callbacks.ready = [name](const std::string& where) {
    std::cout << "Serving your library on " << where << " (Ctrl+C stops)" << std::endl;
  };
  auto host = CatalogHost::open(app.data_dir(), app.registry(), callbacks);
  if (!host) throw UserError{host.error().message};
  if (auto r = frontend->run(*host.value(), options); !r) throw UserError{r.error().message};
}

}  // namespace

void add_run_commands(CLI::App& cli, App& app) {
  auto options = std::make_shared<FrontendOptions>();
  auto* serve = cli.add_subcommand("serve", "Serve the library over HTTP");
  serve->add_option("--bind", options->bind, "Address to listen on")->capture_default_str();
  serve->add_option("--port", options->port, "Port (0: any free port)")->capture_default_str();
  serve->add_option("--threads", options->threads, "Server threads")
      ->check(CLI::Range(1, 256))
      ->capture_default_str();
  serve->callback([&app, options] {
    run_frontend(app, "web", *options,
                 "the web frontend is not installed: no plugin named 'web' was found "
                 "(`cradle plugins` shows what was)");
  });

  auto* view = cli.add_subcommand("view", "Open the library in the desktop viewer");
  view->callback([&app] {
    run_frontend(app, "desktop", {},
                 "the desktop viewer is not installed yet: this Cradle has no 'desktop' "
                 "frontend plugin; use `cradle serve` and a browser meanwhile");
  });
}

}  // namespace cradle::cli
