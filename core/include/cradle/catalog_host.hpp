// CatalogHost: the FrontendHost the `cradle` command gives a frontend. It
// serves Library snapshots of one catalog and keeps them current: a
// background thread checks the catalog's generation every `poll_interval`
// and swaps in a new snapshot when it changed, so packs installed or removed
// by another process appear without a restart. reload() does it at once.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "cradle/export.hpp"
#include "cradle/plugin_api.hpp"
#include "cradle/registry.hpp"
#include "cradle/result.hpp"

namespace cradle {

class CRADLE_API CatalogHost final : public FrontendHost {
 public:
  struct Callbacks {
    std::function<void(const std::string& where)> ready;  // default: prints to stdout
    std::function<void(const std::string& line)> log;     // default: prints to stderr
  };

  // Opens the catalog in `data_dir` and takes the first snapshot. respond()
  // asks `registry`'s content types, which must outlive the host.
  static Result<std::unique_ptr<CatalogHost>> open(
      const std::filesystem::path& data_dir, const Registry& registry, Callbacks callbacks = {},
      std::chrono::milliseconds poll_interval = std::chrono::milliseconds(500));

  ~CatalogHost() override;  // stops the polling thread

  std::shared_ptr<const Library> library() noexcept override;
  void ready(const std::string& where) noexcept override;
  void log(const std::string& line) noexcept override;
  FormResponse respond(const Item& item, const Answers& answers) noexcept override;
  void refresh() noexcept override;

  // Re-reads the catalog now if its generation changed. Thread-safe.
  Result<void> reload();

 private:
  struct Impl;
  explicit CatalogHost(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace cradle
