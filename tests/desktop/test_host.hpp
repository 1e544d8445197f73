// The FrontendHost the desktop tests give the viewer: a real CatalogHost on
// a temp data dir, kept results in a real History file there, and installs
// and removals done by running the real `cradle` command into that dir.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "cradle/catalog_host.hpp"
#include "cradle/history.hpp"

namespace cradle::test {

// Runs CRADLE_BIN --data-dir DATA_DIR ARGS...; returns its exit code and
// appends what it printed to `output`.
int run_cradle_in(const std::filesystem::path& data_dir, const std::vector<std::string>& args,
                  std::string* output = nullptr);

class TestHost final : public FrontendHost {
 public:
  TestHost(std::filesystem::path data_dir, CatalogHost& catalog)
      : data_dir_(std::move(data_dir)), catalog_(catalog) {}

  std::shared_ptr<const Library> library() noexcept override { return catalog_.library(); }
  void ready(const std::string&) noexcept override {}
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
  Result<History*> history();

  std::filesystem::path data_dir_;
  CatalogHost& catalog_;
  std::unique_ptr<History> history_;
};

}  // namespace cradle::test
