#include "support.hpp"

#include <stdlib.h>

#include <fstream>
#include <stdexcept>

namespace cradle::fuzz {
namespace fs = std::filesystem;

namespace {
struct Scratch {
  fs::path path;
  Scratch() {
    std::string pattern = (fs::temp_directory_path() / "cradle-fuzz-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
    path = pattern;
  }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};
}  // namespace

const fs::path& scratch_dir() {
  static const Scratch scratch;
  return scratch.path;
}

const Registry& registry() {
  static const Registry plugins({CRADLE_PLUGIN_DIR});
  return plugins;
}

fs::path bundled_packs() { return CRADLE_CONTENT_PACKS; }

void write_file(const fs::path& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

}  // namespace cradle::fuzz
