// The FrontendHost `cradle view` gives the desktop viewer: the CatalogHost's
// snapshots and answers, plus what only a reader's own computer offers:
// installing and removing packs, and quiz results kept in DATA_DIR/history.db.
#pragma once

#include <memory>
#include <mutex>

#include "app.hpp"
#include "cradle/catalog_host.hpp"
#include "cradle/history.hpp"

namespace cradle::cli {

class ViewerHost final : public FrontendHost {
 public:
  // `app` and `catalog` must outlive the host.
  ViewerHost(App& app, CatalogHost& catalog) : app_(app), catalog_(catalog) {}

  std::shared_ptr<const Library> library() noexcept override { return catalog_.library(); }
  void ready(const std::string& where) noexcept override { catalog_.ready(where); }
  void log(const std::string& line) noexcept override { catalog_.log(line); }
  FormResponse respond(const Item& item, const Answers& answers) noexcept override {
    return catalog_.respond(item, answers);
  }
  void refresh() noexcept override { catalog_.refresh(); }

  Result<std::string> install(const std::filesystem::path& path) noexcept override;
  Result<void> remove(const std::string& pack_id) noexcept override;
  Result<std::vector<KeptResult>> kept_results() noexcept override;
  Result<std::int64_t> keep_result(const KeptResult& result) noexcept override;
  Result<void> forget_result(std::int64_t id) noexcept override;
  Result<void> forget_all_results() noexcept override;

 private:
  // Opens history.db on first use, so a reader who never keeps a result
  // never gets the file.
  Result<History*> history();

  App& app_;
  CatalogHost& catalog_;
  std::mutex mutex_;  // App and History are not thread-safe
  std::unique_ptr<History> history_;
};

}  // namespace cradle::cli
