// A reader's data dir and a publisher's work folder for tests that run the
// real `cradle`, with small FAQ packs made to order.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "support/process.hpp"
#include "support/temp_dir.hpp"

namespace cradle::test {

class CradleHome {
 public:
  // `cradle --data-dir DATA ARGS...`, with only the bundled plugins.
  Outcome cradle(std::vector<std::string> args, std::vector<std::string> env = {}) const;
  std::vector<std::string> with_data_dir(std::vector<std::string> args) const;

  std::filesystem::path data() const { return home_.path() / "data"; }
  const TempDir& work() const { return work_; }

  // A FAQ pack folder in work(): id, version, one question whose answer is
  // `answer`, and `manifest_extra` appended to its pack.yaml.
  std::filesystem::path faq_pack(const std::string& id, const std::string& version,
                                 const std::string& answer = "Gentle words for tired parents.",
                                 const std::string& manifest_extra = "") const;
  // `cradle pack FOLDER -o work()/NAME`, signed with `key` if given.
  std::filesystem::path packed(const std::filesystem::path& folder, const std::string& name,
                               const std::filesystem::path& key = {}) const;

 private:
  TempDir home_, work_;
};

std::size_t line_count(const std::string& s);

}  // namespace cradle::test
