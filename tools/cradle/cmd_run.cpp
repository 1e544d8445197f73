// serve and view: hand the library to a frontend plugin and run it.
#include <fstream>
#include <iostream>
#include <mutex>

#include "commands.hpp"
#include "cradle/catalog_host.hpp"
#include "data_lock.hpp"
#include "pack_store.hpp"
#include "viewer_host.hpp"

namespace cradle::cli {
namespace {

// The web server's limits an operator may change (frontends/web/server_context.hpp).
struct ServeLimits {
  int read_timeout_seconds = 15;
  int max_connections = 4096;
};

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

// Opens the catalog host and runs `name`'s run() until it returns. The
// desktop viewer gets a ViewerHost around it (installing, kept results).
void run_frontend(App& app, const std::string& name, const FrontendOptions& options,
                  const std::string& missing_hint, CatalogHost::Callbacks callbacks,
                  bool viewer = false) {
  auto frontend = app.registry().frontend(name);
  if (!frontend) throw UserError{missing_hint};
  install_bundled_if_empty(app);
  sweep_if_idle(app);
  auto host = CatalogHost::open(app.data_dir(), app.registry(), callbacks);
  if (!host) throw UserError{host.error().message};
  std::unique_ptr<FrontendHost> wrapper;
  if (viewer) wrapper = std::make_unique<ViewerHost>(app, *host.value());
  FrontendHost& given = wrapper ? *wrapper : *host.value();
  if (auto r = frontend->run(given, options); !r) throw UserError{r.error().message};
}

struct ViewArgs {
  std::string open;        // PACK or PACK/SLUG
  std::string screenshot;  // a .png to write, then exit
  std::string size;        // WxH
  std::string theme;       // light | dark
};

// The viewer's own options, handed on as FrontendOptions::args.
std::vector<std::string> view_args(const ViewArgs& v) {
  std::vector<std::string> args;
  auto add = [&](const char* flag, const std::string& value) {
    if (!value.empty()) args.insert(args.end(), {flag, value});
  };
  add("--open", v.open);
  add("--screenshot", v.screenshot);
  add("--size", v.size);
  add("--theme", v.theme);
  return args;
}

}  // namespace

void add_run_commands(CLI::App& cli, App& app) {
  auto options = std::make_shared<FrontendOptions>();
  auto* serve = cli.add_subcommand("serve", "Serve the library over HTTP");
  serve->add_option("--bind", options->bind, "Address to listen on")->capture_default_str();
  serve->add_option("--port", options->port, "Port (0: any free port)")->capture_default_str();
  serve
      ->add_option("--threads", options->threads,
                   "I/O threads (new pages, searches and quiz results are made on a render "
                   "pool: a thread a core, at least this many)")
      ->check(CLI::Range(1, 256))
      ->capture_default_str();
  auto logging = std::make_shared<LogArgs>();
  serve
      ->add_option("--access-log", logging->access_log,
                   "Where to write one line per request: a file, or - for standard output")
      ->capture_default_str();
  serve->add_flag("--quiet", logging->quiet, "Write no access log");
  auto limits = std::make_shared<ServeLimits>();
  serve
      ->add_option("--read-timeout", limits->read_timeout_seconds,
                   "Seconds a connection may take to send a request")
      ->check(CLI::Range(1, 3600))
      ->capture_default_str();
  serve
      ->add_option("--max-connections", limits->max_connections,
                   "Open connections past which new ones are closed at once")
      ->check(CLI::Range(1, 1'000'000))
      ->capture_default_str();
  serve->callback([&app, options, logging, limits] {
    options->args = {"read-timeout=" + std::to_string(limits->read_timeout_seconds),
                     "max-connections=" + std::to_string(limits->max_connections)};
    options->access_log = !logging->quiet;
    CatalogHost::Callbacks callbacks;
    callbacks.log = log_sink(logging->access_log);
    callbacks.ready = [](const std::string& where) {
      std::cout << "Serving your library on " << where << " (Ctrl+C stops)" << std::endl;
    };
    run_frontend(app, "web", *options,
                 "the web frontend is not installed: no plugin named 'web' was found "
                 "(`cradle plugins` shows what was)",
                 callbacks);
  });

  auto v = std::make_shared<ViewArgs>();
  auto* view = cli.add_subcommand("view", "Open the library in the desktop viewer");
  view->add_option("--open", v->open, "Open this page: PACK or PACK/SLUG");
  view->add_option("--screenshot", v->screenshot,
                   "Draw the page offscreen, save it as this PNG file and exit");
  view->add_option("--size", v->size, "Window size for --screenshot, e.g. 1200x800")
      ->check(CLI::Validator(
          [](std::string& s) -> std::string {
            auto x = s.find('x');
            bool ok = x != std::string::npos && x > 0 && x + 1 < s.size() &&
                      s.find_first_not_of("0123456789x") == std::string::npos &&
                      s.find('x', x + 1) == std::string::npos;
            return ok ? "" : "expected WIDTHxHEIGHT, e.g. 1200x800";
          },
          "WxH"));
  view->add_option("--theme", v->theme, "light or dark, instead of following the system")
      ->check(CLI::IsMember({"light", "dark"}));
  view->callback([&app, v] {
    FrontendOptions options;
    options.args = view_args(*v);
    CatalogHost::Callbacks callbacks;
    callbacks.log = [](const std::string& line) { std::cerr << line << std::endl; };
    callbacks.ready = [v](const std::string& where) {
      if (!v->screenshot.empty()) std::cout << "Saved " << where << std::endl;
    };
    run_frontend(app, "desktop", options,
                 "the desktop viewer is not installed: this Cradle was built without Qt 6 "
                 "(tools/install-deps brings it), so no 'desktop' plugin was found; use "
                 "`cradle serve` and a browser meanwhile",
                 callbacks, true);
  });
}

}  // namespace cradle::cli
