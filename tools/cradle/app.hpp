// What every `cradle` subcommand shares: the global options, lazily opened
// registry and catalog, and the one way errors leave the program.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "cradle/catalog.hpp"
#include "cradle/registry.hpp"

namespace cradle::cli {

// Exit codes: 0 success, 1 a user error (bad pack, unknown id), 2 a usage error.
enum Exit : int { kOk = 0, kUserError = 1, kUsageError = 2 };

// A user error: one line saying what went wrong and what to do. Thrown by
// commands, caught once in main() and printed as "cradle: error: ...".
struct UserError {
  std::string message;
};

class App {
 public:
  std::optional<std::filesystem::path> data_dir_flag;

  std::filesystem::path data_dir() const;
  // Loads plugins on first use; prints one warning line per refused module
  // unless `quiet` (for `cradle plugins`, which lists them itself).
  const Registry& registry(bool quiet = false);
  // Opens the catalog on first use; throws UserError if it cannot.
  Catalog& catalog();

 private:
  std::unique_ptr<Registry> registry_;
  std::unique_ptr<Catalog> catalog_;
};

// Prints "cradle: warning: ..." to stderr.
void warn(const std::string& message);

}  // namespace cradle::cli
