// install, remove, validate: from pack folders and .cpack archives alike.
#include <unistd.h>

#include <algorithm>
#include <boost/json/serialize.hpp>
#include <iostream>

#include "commands.hpp"
#include "data_lock.hpp"
#include "installer.hpp"
#include "pack_links.hpp"
#include "pack_set.hpp"
#include "pack_store.hpp"
#include "progress_bar.hpp"

namespace cradle::cli {
namespace fs = std::filesystem;
namespace json = boost::json;
namespace {

struct InstallArgs {
  std::vector<fs::path> paths;
  InstallOptions options;
  bool quiet = false;
  bool as_json = false;
  double lock_wait_seconds = 30;
};

std::string items_text(std::size_t n) { return std::to_string(n) + (n == 1 ? " item" : " items"); }

std::string outcome_line(const PackOutcome& p) {
  using Action = PackOutcome::Action;
  std::string detail = " (" + items_text(p.items) +
                       (p.signature == "trusted" ? ", signed by " + p.signer : "") + ")";
  switch (p.action) {
    case Action::installed:
      return "Installed " + p.id + " " + p.version + detail;
    case Action::reinstalled:
      return "Reinstalled " + p.id + " " + p.version + detail;
    case Action::upgraded:
      return "Upgraded " + p.id + " " + p.previous + " -> " + p.version + detail;
    case Action::downgraded:
      return "Downgraded " + p.id + " " + p.previous + " -> " + p.version + detail;
    case Action::unchanged:
      return p.id + " " + p.version +
             " is already installed: nothing to do (--force installs it again)";
  }
  return {};
}

json::object report_json(const InstallReport& r) {
  json::array packs, warnings, diagnostics;
  for (const auto& p : r.packs)
    packs.push_back(json::object{{"id", p.id},
                                 {"version", p.version},
                                 {"previous", p.previous},
                                 {"action", action_name(p.action)},
                                 {"items", p.items},
                                 {"signature", p.signature},
                                 {"signer", p.signer}});
  for (const auto& w : r.warnings) warnings.push_back(json::string(w));
  for (const auto& d : r.diagnostics)
    diagnostics.push_back(
        json::object{{"severity", d.severity == Severity::error ? "error" : "warning"},
                     {"file", d.file},
                     {"line", d.line},
                     {"message", d.message}});
  json::object out{
      {"ok", r.ok}, {"packs", packs}, {"warnings", warnings}, {"diagnostics", diagnostics}};
  if (!r.ok) out["error"] = r.error;
  return out;
}

void install(App& app, const InstallArgs& args) {
  InstallReport report;
  {
    ProgressBar bar(!args.quiet && !args.as_json && ProgressBar::stderr_is_terminal());
    InstallOptions options = args.options;
    options.lock_wait =
        std::chrono::milliseconds(static_cast<long long>(args.lock_wait_seconds * 1000));
    report = install_packs(
        app, args.paths, options,
        [&bar](std::size_t done, std::size_t total, const std::string& what) {
          bar.update(done, total, what);
        },
        [&args](const std::string& message) {
          if (!args.as_json) std::cerr << "cradle: " << message << "\n";
        });
  }
  for (const auto& d : report.diagnostics) std::cerr << format(d) << '\n';
  // A refused install's warnings (an unsigned archive, say) would only
  // bury the reason it was refused.
  if (report.ok)
    for (const auto& w : report.warnings) warn(w);
  if (args.as_json) std::cout << json::serialize(report_json(report)) << "\n";
  if (!report.ok) throw UserError{report.error};
  if (args.as_json || args.quiet) return;
  for (const auto& p : report.packs) std::cout << outcome_line(p) << "\n";
}

struct RemoveArgs {
  std::vector<std::string> ids;
  bool yes = false;
  double lock_wait_seconds = 30;
};

// Lines warning what removing `ids` takes from the packs that stay.
std::vector<std::string> what_breaks(const Library& lib, const std::vector<std::string>& ids) {
  std::vector<std::string> out;
  auto removed = [&](const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
  };
  for (const auto& p : lib.packs()) {
    if (removed(p.id)) continue;
    for (const auto& [target, n] : links_to_other_packs(p))
      if (removed(target))
        out.push_back(p.id + " links to " + target + " " + std::to_string(n) +
                      (n == 1 ? " time" : " times") +
                      "; those links will show as not installed until it is installed again");
    for (const auto& need : p.requirements)
      if (removed(need.pack))
        out.push_back(p.id + " requires " + need.pack + " " + need.range +
                      ", and may not work properly without it");
  }
  return out;
}

bool confirmed(const Library& lib, const std::vector<std::string>& ids) {
  std::cerr << "Remove";
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const Pack* p = lib.find_pack(ids[i]);
    std::cerr << (i ? ", " : " ") << ids[i] << (p ? " " + p->version : "");
  }
  std::cerr << " from your library? [y/N] " << std::flush;
  std::string answer;
  std::getline(std::cin, answer);
  return answer == "y" || answer == "Y" || answer == "yes" || answer == "Yes";
}

void remove(App& app, const RemoveArgs& args) {
  auto lib = app.catalog().snapshot();
  if (!lib) throw UserError{lib.error().message};
  for (const auto& id : args.ids)
    if (!lib.value()->find_pack(id))
      throw UserError{"no pack '" + id +
                      "' is installed (`cradle list` shows what is); nothing was removed"};
  for (const auto& line : what_breaks(*lib.value(), args.ids)) warn(line);
  // A script (stdin not a terminal) is never asked: it asked already.
  if (!args.yes && isatty(STDIN_FILENO) && !confirmed(*lib.value(), args.ids)) {
    std::cout << "Nothing was removed.\n";
    return;
  }

  const fs::path data = app.data_dir();
  remove_packs(app, args.ids,
               std::chrono::milliseconds(static_cast<long long>(args.lock_wait_seconds * 1000)),
               [&](const std::string& holder) {
                 std::cerr << "cradle: waiting for another cradle (pid " << holder
                           << ") to finish changing " << data.string() << "\n";
               });
  for (const auto& id : args.ids) std::cout << "Removed " << id << "\n";
}

}  // namespace

void install_bundled_if_empty(App& app) {
  auto empty = app.catalog().empty();
  if (!empty) throw UserError{empty.error().message};
  if (!empty.value()) return;
  auto dirs = bundled_pack_dirs();
  if (dirs.empty()) return;
  std::cout << "Your library is empty: installing the packs that come with Cradle.\n";
  InstallArgs args;
  args.paths = dirs;
  args.options.trusted_source = true;
  install(app, args);
}

void add_install_commands(CLI::App& cli, App& app) {
  auto args = std::make_shared<InstallArgs>();
  auto* inst =
      cli.add_subcommand("install", "Install or upgrade packs from folders or .cpack files");
  inst->add_option("PATH", args->paths, "Pack folders (each holds a pack.yaml) or .cpack files")
      ->required()
      ->check(CLI::ExistingPath);
  inst->add_flag("--drafts", args->options.include_drafts, "Include draft items");
  inst->add_flag("--force", args->options.force, "Install again a version already installed");
  inst->add_flag("--allow-downgrade", args->options.allow_downgrade,
                 "Install a version older than the one installed");
  inst->add_flag("--require-signature", args->options.require_signature,
                 "Refuse packs not signed by a key in the trust store");
  inst->add_flag("-q,--quiet", args->quiet, "Print only warnings and errors; no progress bar");
  inst->add_flag("--json", args->as_json, "Print what was done as JSON, for scripts");
  inst->add_option("--wait", args->lock_wait_seconds,
                   "Seconds to wait for another install to finish before giving up")
      ->check(CLI::Range(0.0, 3600.0))
      ->capture_default_str();
  inst->callback([&app, args] { install(app, *args); });

  auto rm_args = std::make_shared<RemoveArgs>();
  auto* rm = cli.add_subcommand("remove", "Remove installed packs");
  rm->add_option("ID", rm_args->ids, "Pack ids, as `cradle list` shows them")->required();
  rm->add_flag("-y,--yes", rm_args->yes, "Do not ask first (scripts are never asked)");
  rm->add_option("--wait", rm_args->lock_wait_seconds,
                 "Seconds to wait for another install to finish before giving up")
      ->check(CLI::Range(0.0, 3600.0))
      ->capture_default_str();
  rm->callback([&app, rm_args] { remove(app, *rm_args); });

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
    print_diagnostics(set);
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
