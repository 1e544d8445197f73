// The install pipeline, callable by any command or frontend host: stage,
// check, commit. Prints nothing; the caller shows the report.
//
//  1. Take the data dir lock (another install waits, or fails clearly).
//  2. Sweep what dead installs left (abandoned staging, unnamed store
//     folders).
//  3. Stage every path into DATA_DIR/staging (archives checked entry by
//     entry and against their manifest; folders copied).
//  4. Check signatures against the trust store and the policy.
//  5. Load the staged packs, resolve links, check `requires:` and versions.
//  6. Commit: rename each staged folder into DATA_DIR/packs (one rename a
//     pack), then one catalog transaction that names the new folders.
//     Only then are the replaced packs' old folders removed.
// A failure or a kill at any point before the transaction commits leaves
// the catalog, and so everything a reader sees, as it was.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "app.hpp"
#include "cradle/diagnostic.hpp"

namespace cradle::cli {

struct InstallOptions {
  bool include_drafts = false;
  bool force = false;              // reinstall a pack of the same version
  bool allow_downgrade = false;    // install a pack older than the one installed
  bool require_signature = false;  // on top of the trust store's policy
  bool trusted_source = false;     // the bundled packs: no signature policy
  std::chrono::milliseconds lock_wait{30'000};
};

// One step done of `total`, with what is being done ("checking my-pack").
using InstallProgress =
    std::function<void(std::size_t done, std::size_t total, const std::string& what)>;

struct PackOutcome {
  enum class Action { installed, upgraded, reinstalled, downgraded, unchanged };
  std::string id;
  std::string version;
  std::string previous;  // the version installed before, if any
  Action action = Action::installed;
  std::size_t items = 0;
  std::string signature;  // see Pack::signature
  std::string signer;
};

struct InstallReport {
  bool ok = false;
  std::string error;  // one line, when !ok; nothing was changed
  std::vector<PackOutcome> packs;
  std::vector<std::string> warnings;  // one line each (signatures, waiting)
  Diagnostics diagnostics;            // the loader's, files named as the user knows them
};

const char* action_name(PackOutcome::Action action);

// Installs `paths` (pack folders or .cpack files) into `app`'s data dir,
// all or nothing. `on_wait` is told when another cradle holds the lock.
InstallReport install_packs(App& app, const std::vector<std::filesystem::path>& paths,
                            const InstallOptions& options, const InstallProgress& progress = {},
                            const std::function<void(const std::string&)>& on_wait = {});

// Removes the installed packs `ids` under the data dir lock: one catalog
// transaction, then their stored folders. Throws UserError, saying nothing
// was removed, when the catalog refuses. Ids that are not installed are
// skipped.
void remove_packs(App& app, const std::vector<std::string>& ids,
                  std::chrono::milliseconds lock_wait,
                  const std::function<void(const std::string&)>& on_wait = {});

// A test-only pause between steps, so a test can kill an install at points
// spread over its whole run: CRADLE_TEST_STEP_DELAY_MS milliseconds, when set.
void pause_for_tests();

}  // namespace cradle::cli
