// What the fuzz targets share: a scratch folder for the life of the fuzzing
// process, the plugins built beside them, and the packs Cradle ships.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string_view>

#include "cradle/registry.hpp"

namespace cradle::fuzz {

// A fresh folder under the system temp dir, removed when the process exits
// normally (a crash leaves it behind, with the input that caused it).
const std::filesystem::path& scratch_dir();

// The content types and frontends of this build (its stage folder).
const Registry& registry();

// content-packs/ in the source tree.
std::filesystem::path bundled_packs();

// Writes `bytes` to `path`, replacing it.
void write_file(const std::filesystem::path& path, std::string_view bytes);

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

}  // namespace cradle::fuzz
