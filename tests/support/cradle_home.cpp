#include "support/cradle_home.hpp"

#include <algorithm>
#include <stdexcept>

namespace cradle::test {
namespace fs = std::filesystem;

std::vector<std::string> CradleHome::with_data_dir(std::vector<std::string> args) const {
  args.insert(args.begin(), {"--data-dir", data().string()});
  return args;
}

Outcome CradleHome::cradle(std::vector<std::string> args, std::vector<std::string> env) const {
  env.push_back("CRADLE_PLUGIN_PATH=");
  return run_cradle(with_data_dir(std::move(args)), env);
}

fs::path CradleHome::faq_pack(const std::string& id, const std::string& version,
                              const std::string& answer, const std::string& manifest_extra) const {
  fs::path dir = work_.path() / (id + "-" + version);
  fs::remove_all(dir);
  work_.write((dir / "pack.yaml").lexically_relative(work_.path()).string(),
              "id: " + id + "\nversion: " + version + "\ntitle: The " + id +
                  " pack\nlanguage: en\nauthors: [Sam Lee]\napi: 1\ncontent:\n  - type: faq\n"
                  "    source: faq.md\n" +
                  manifest_extra);
  work_.write((dir / "faq.md").lexically_relative(work_.path()).string(),
              "## What helps at night? {#night}\n\n" + answer + "\n");
  return dir;
}

fs::path CradleHome::packed(const fs::path& folder, const std::string& name,
                            const fs::path& key) const {
  fs::path out = work_.path() / name;
  std::vector<std::string> args{"pack", folder.string(), "-o", out.string()};
  if (!key.empty()) args.insert(args.end(), {"--key", key.string()});
  auto o = cradle(args);
  if (o.exit_code != 0) throw std::runtime_error("cradle pack failed: " + o.err);
  return out;
}

std::size_t line_count(const std::string& s) {
  return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n'));
}

}  // namespace cradle::test
