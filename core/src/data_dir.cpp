#include "cradle/data_dir.hpp"

#include <boost/dll/runtime_symbol_info.hpp>
#include <cstdlib>
#include <string_view>

namespace cradle {
namespace fs = std::filesystem;
namespace {

const char* env(const char* name) {
  const char* v = std::getenv(name);
  return v && *v ? v : nullptr;
}

// The folder holding the running executable's bin/ (the build's stage folder
// or the install prefix).
fs::path executable_prefix() {
  std::error_code ec;
  fs::path exe = boost::dll::program_location(ec);
  if (ec) return {};
  return exe.parent_path().parent_path();
}

void add_unique(std::vector<fs::path>& out, const fs::path& p) {
  if (p.empty()) return;
  std::error_code ec;
  fs::path key = fs::weakly_canonical(p, ec);
  if (ec) key = p;
  for (const auto& q : out)
    if (q == key) return;
  out.push_back(key);
}

}  // namespace

fs::path resolve_data_dir(const std::optional<fs::path>& flag) {
  if (flag && !flag->empty()) return *flag;
  if (const char* home = env("CRADLE_HOME")) return home;
  if (const char* xdg = env("XDG_DATA_HOME")) return fs::path(xdg) / "cradle";
  if (const char* home = env("HOME")) return fs::path(home) / ".local/share/cradle";
  return fs::current_path() / ".cradle";
}

std::vector<fs::path> plugin_search_path() {
  std::vector<fs::path> out;
  if (const char* list = env("CRADLE_PLUGIN_PATH")) {
    std::string_view rest = list;
    while (!rest.empty()) {
      auto colon = rest.find(':');
      add_unique(out, fs::path(std::string(rest.substr(0, colon))));
      if (colon == std::string_view::npos) break;
      rest.remove_prefix(colon + 1);
    }
  }
  if (auto prefix = executable_prefix(); !prefix.empty())
    add_unique(out, prefix / "lib/cradle/plugins");
  add_unique(out, fs::path(CRADLE_INSTALL_PREFIX) / "lib/cradle/plugins");
  return out;
}

fs::path bundled_packs_dir() {
  std::error_code ec;
  for (fs::path candidate : {executable_prefix() / "share/cradle/content-packs",
                             fs::path(CRADLE_SOURCE_DIR) / "content-packs"}) {
    if (fs::is_directory(candidate, ec)) return candidate;
  }
  return {};
}

}  // namespace cradle
