// A pack.yaml, loaded by the pack loader with the real content types, in a
// folder holding every source file of the bundled packs (so a manifest can
// name any of them, with any type).
#include "cradle/pack_loader.hpp"
#include "support.hpp"

namespace fs = std::filesystem;

namespace {
fs::path make_pack_dir() {
  fs::path dir = cradle::fuzz::scratch_dir() / "pack";
  for (const auto& pack : fs::directory_iterator(cradle::fuzz::bundled_packs()))
    fs::copy(pack.path(), dir, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
  return dir;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const fs::path dir = make_pack_dir();
  cradle::fuzz::write_file(dir / "pack.yaml", cradle::fuzz::as_text(data, size));
  (void)cradle::load_pack(dir, cradle::fuzz::registry(), {.include_drafts = size % 2 == 0});
  return 0;
}
