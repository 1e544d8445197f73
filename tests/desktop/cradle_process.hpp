// Runs the real `cradle` command on a data dir, as a reader would.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace cradle::test {

// Runs CRADLE_BIN --data-dir DATA_DIR ARGS...; returns its exit code (-1 if
// it did not finish) and appends what it printed to `output`.
int run_cradle_in(const std::filesystem::path& data_dir, const std::vector<std::string>& args,
                  std::string* output = nullptr);

}  // namespace cradle::test
