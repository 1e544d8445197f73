#include "installer.hpp"

#include <cstdlib>
#include <thread>

#include "cradle/versions.hpp"
#include "data_lock.hpp"
#include "pack_set.hpp"
#include "pack_source.hpp"
#include "pack_store.hpp"
#include "trust_store.hpp"

namespace cradle::cli {
namespace fs = std::filesystem;
namespace {

using Action = PackOutcome::Action;

std::string plural(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// The signature check of one staged source, as the policy wants it: a
// refusal is thrown, a warning added to `report`.
SignatureVerdict judge(const PackSource& source, const TrustStore& trust, bool require,
                       InstallReport& report) {
  const std::string where = source.origin().string();
  if (!source.is_archive()) {
    if (require)
      throw UserError{where +
                      " is a folder, and this library installs only signed .cpack archives "
                      "(--require-signature or `cradle trust policy`); nothing was installed"};
    return {"folder", "", "", std::nullopt};
  }
  SignatureVerdict v = check_signature(trust, source.manifest(), source.signature());
  if (v.refusal) throw UserError{where + ": " + *v.refusal + "; nothing was installed"};
  std::string problem;
  if (v.state == "unsigned") {
    problem = where + " is not signed";
  } else if (v.state == "untrusted") {
    problem = where + " is signed by a key you have not trusted (id " + v.key_id + ")";
  }
  if (problem.empty()) return v;
  if (require)
    throw UserError{problem +
                    ", and this library installs only packs signed by a trusted key: if you "
                    "know the publisher, `cradle trust add THEIR-KEY.pub`; nothing was installed"};
  report.warnings.push_back(problem + ": install it only if you trust where it came from" +
                            (v.state == "untrusted" ? " (`cradle trust add` their .pub key)" : ""));
  return v;
}

// What installing `pack` over what is installed would do; throws on a
// refused downgrade.
Action decide(const Pack& pack, const Pack* installed, const InstallOptions& options) {
  if (!installed) return Action::installed;
  auto order = compare_versions(pack.version, installed->version).value_or(1);
  if (order > 0) return Action::upgraded;
  if (order == 0) return options.force ? Action::reinstalled : Action::unchanged;
  if (!options.allow_downgrade)
    throw UserError{pack.id + " " + pack.version + " is older than the installed " +
                    installed->version +
                    "; nothing was installed (--allow-downgrade installs it anyway)"};
  return Action::downgraded;
}

// Fills `report` as it goes, so what was found before a throw is kept.
void run(App& app, const std::vector<fs::path>& paths, const InstallOptions& options,
         const InstallProgress& progress, const std::function<void(const std::string&)>& on_wait,
         InstallReport& report) {
  const fs::path data = app.data_dir();
  DataDirLock lock(data, options.lock_wait, [&](const std::string& holder) {
    if (on_wait)
      on_wait("waiting for another cradle (pid " + holder + ") to finish changing " +
              data.string());
  });
  auto before = app.catalog().snapshot();
  if (!before) throw UserError{before.error().message};
  const Library& installed = *before.value();
  sweep(data, installed);

  const std::size_t total = 2 * paths.size() + 1;
  std::size_t step = 0;
  auto tell = [&](const std::string& what) {
    if (progress) progress(step, total, what);
    ++step;
  };

  std::vector<PackSource> sources;
  try {
    for (const auto& path : paths) {
      tell("unpacking " + path.filename().string());
      sources.push_back(PackSource::open(path, staging_root(data)));
      pause_for_tests();
    }
  } catch (const UserError& e) {
    throw UserError{e.message + "; nothing was installed"};
  }

  TrustStore trust(data);
  const bool require =
      !options.trusted_source && (options.require_signature || trust.require_signature());
  std::vector<SignatureVerdict> verdicts;
  for (const auto& source : sources) verdicts.push_back(judge(source, trust, require, report));

  tell("checking " + plural(sources.size(), "pack", "packs"));
  PackSet set = load_pack_set(app, sources, {options.include_drafts}, /*requirements=*/true);
  report.diagnostics = set.shown;
  if (set.errors > 0)
    throw UserError{plural(set.errors, "problem", "problems") +
                    " above; nothing was installed. Fix them and run install again "
                    "(`cradle validate PATH` checks a pack without installing it)"};
  pause_for_tests();

  std::vector<Pack> to_write;
  std::vector<std::string> new_dirs, old_dirs;
  std::vector<std::size_t> written;  // index into sources
  for (std::size_t i = 0; i < set.packs.size(); ++i) {
    Pack& pack = set.packs[i].pack;
    const Pack* old = installed.find_pack(pack.id);
    Action action = decide(pack, old, options);
    report.packs.push_back({pack.id, pack.version, old ? old->version : "", action,
                            pack.items.size(), verdicts[i].state, verdicts[i].signer});
    if (action == Action::unchanged) continue;
    pack.signature = verdicts[i].state;
    pack.signer = verdicts[i].signer;
    if (old) old_dirs.push_back(old->store_dir);
    written.push_back(i);
  }

  try {
    for (std::size_t i : written) {
      tell("installing " + set.packs[i].pack.id);
      Pack& pack = set.packs[i].pack;
      // The staged folder is given up before the rename: if the rename
      // half-happens, sweep() is what clears it, not the PackSource.
      fs::path staged = sources[i].release();
      pack.store_dir = move_into_store(staged, data, pack.id);
      new_dirs.push_back(pack.store_dir);
      to_write.push_back(pack);
      pause_for_tests();
    }
    if (!to_write.empty()) {
      if (auto r = app.catalog().install(to_write); !r)
        throw UserError{"install failed, nothing was changed: " + r.error().message};
    }
  } catch (const UserError&) {
    for (const auto& dir : new_dirs) remove_from_store(data, dir);
    throw;
  }
  pause_for_tests();
  for (const auto& dir : old_dirs) remove_from_store(data, dir);
  if (progress) progress(total, total, "done");
  report.ok = true;
}

}  // namespace

const char* action_name(PackOutcome::Action action) {
  switch (action) {
    case Action::installed:
      return "installed";
    case Action::upgraded:
      return "upgraded";
    case Action::reinstalled:
      return "reinstalled";
    case Action::downgraded:
      return "downgraded";
    case Action::unchanged:
      return "unchanged";
  }
  return "installed";
}

InstallReport install_packs(App& app, const std::vector<fs::path>& paths,
                            const InstallOptions& options, const InstallProgress& progress,
                            const std::function<void(const std::string&)>& on_wait) {
  InstallReport report;
  try {
    run(app, paths, options, progress, on_wait, report);
  } catch (const UserError& e) {
    report.ok = false;
    report.error = e.message;
  } catch (const std::exception& e) {
    report.ok = false;
    report.error = std::string(e.what()) + "; nothing was installed";
  }
  if (!report.ok) report.packs.clear();
  return report;
}

void pause_for_tests() {
  const char* ms = std::getenv("CRADLE_TEST_STEP_DELAY_MS");
  if (!ms || !*ms) return;
  std::this_thread::sleep_for(std::chrono::milliseconds(std::atoi(ms)));
}

void remove_packs(App& app, const std::vector<std::string>& ids,
                  std::chrono::milliseconds lock_wait,
                  const std::function<void(const std::string&)>& on_wait) {
  const fs::path data = app.data_dir();
  DataDirLock lock(data, lock_wait, on_wait);
  auto now = app.catalog().snapshot();  // what another cradle may have changed meanwhile
  if (!now) throw UserError{now.error().message};
  std::vector<std::string> store_dirs;
  for (const auto& id : ids)
    if (const Pack* p = now.value()->find_pack(id)) store_dirs.push_back(p->store_dir);
  if (auto r = app.catalog().remove(ids); !r)
    throw UserError{r.error().message + "; nothing was removed"};
  for (const auto& dir : store_dirs) remove_from_store(data, dir);
}

}  // namespace cradle::cli
