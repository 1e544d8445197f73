// serve and view: hand the library to a frontend plugin and run it.
#include <fstream>
#include <iostream>
#include <mutex>

#include "commands.hpp"
#include "cradle/catalog_host.hpp"
#include "data_lock.hpp"
#include "pack_store.hpp"

namespace cradle::cli {
namespace {

struct LogArgs {
  std::string access_log = "-";  // "-": standard output
  bool quiet = false;
};

// Where the frontend's log lines go: a file (appended), or standard output.
// Lines come from several server threads, so writes are serialized.
std::function<void(const std::string&)> log_sink(const std::string& target) {
  if (target == "-") {
    auto mutex = std::make_shared<std::mutex>();
    return [mutex](const std::string& line) {
      std::lock_guard lock(*mutex);
      std::cout << line << '\n' << std::flush;
    };
  }
  auto file = std::make_shared<std::ofstream>(target, std::ios::app);
  if (!*file)
    throw UserError{"cannot write the access log " + target + ": choose another --access-log"};
  auto mutex = std::make_shared<std::mutex>();
  return [file, mutex](const std::string& line) {
    std::lock_guard lock(*mutex);
    *file << line << '\n' << std::flush;
  };
}

// What a killed install left (an abandoned staging folder, a pack folder
// no catalog row names) is swept on start, unless an install is running.
void sweep_if_idle(App& app) {
  auto lib = app.catalog().snapshot();
  if (!lib) return;
  DataDirLock::try_with(app.data_dir(), [&] {
    auto now = app.catalog().snapshot();
    if (now) sweep(app.data_dir(), *now.value());
  });
}

void run_frontend(App& app, const std::string& name, const FrontendOptions& options,
                  const std::string& missing_hint, const std::string& log_target = "-") {
  auto frontend = app.registry().frontend(name);
  if (!frontend) throw UserError{missing_hint};
  install_bundled_if_empty(app);
  sweep_if_idle(app);
  CatalogHost::Callbacks callbacks;
  callbacks.log = log_sink(log_target);
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
  auto logging = std::make_shared<LogArgs>();
  serve
      ->add_option("--access-log", logging->access_log,
                   "Where to write one line per request: a file, or - for standard output")
      ->capture_default_str();
  serve->add_flag("--quiet", logging->quiet, "Write no access log");
  serve->callback([&app, options, logging] {
    options->access_log = !logging->quiet;
    run_frontend(app, "web", *options,
                 "the web frontend is not installed: no plugin named 'web' was found "
                 "(`cradle plugins` shows what was)",
                 logging->access_log);
  });

  auto* view = cli.add_subcommand("view", "Open the library in the desktop viewer");
  view->callback([&app] {
    run_frontend(app, "desktop", {},
                 "the desktop viewer is not installed yet: this Cradle has no 'desktop' "
                 "frontend plugin; use `cradle serve` and a browser meanwhile");
  });
}

}  // namespace cradle::cli
