#include "cradle/source_file.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace cradle {

Result<std::string> read_source_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{std::string("cannot be read: ") + std::strerror(errno)};
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return Error{"cannot be read: an I/O error occurred"};
  return text.str();
}

SourceOutput source_error(const std::string& file, std::string message) {
  SourceOutput out;
  out.diagnostics.push_back({Severity::error, file, 0, std::move(message)});
  return out;
}

}  // namespace cradle
