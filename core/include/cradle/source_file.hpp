// Small helpers every content type needs to read its sources.
#pragma once

#include <filesystem>
#include <string>

#include "cradle/export.hpp"
#include "cradle/plugin_api.hpp"
#include "cradle/result.hpp"

namespace cradle {

// The whole file as bytes. An Error ("cannot be read: REASON") when it
// cannot be opened or read.
CRADLE_API Result<std::string> read_source_file(const std::filesystem::path& path);

// A SourceOutput with no items and one error about `file` (line 0).
CRADLE_API SourceOutput source_error(const std::string& file, std::string message);

}  // namespace cradle
