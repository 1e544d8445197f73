#include "support/library_state.hpp"

#include <sqlite3.h>

#include <fstream>
#include <sstream>

namespace cradle::test {
namespace fs = std::filesystem;
namespace {

std::string dump(const fs::path& file) {
  std::string out;
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    return "(no catalog)";
  }
  for (const char* q : {"SELECT * FROM meta ORDER BY key", "SELECT * FROM packs ORDER BY id",
                        "SELECT * FROM items ORDER BY pack, position"}) {
    out += std::string(q) + "\n";
    sqlite3_exec(
        db, q,
        [](void* sink, int n, char** values, char**) {
          auto& s = *static_cast<std::string*>(sink);
          for (int i = 0; i < n; ++i) s += std::string(values[i] ? values[i] : "NULL") + "|";
          s += "\n";
          return 0;
        },
        &out, nullptr);
  }
  sqlite3_close(db);
  return out;
}

}  // namespace

LibraryState library_state(const fs::path& data_dir) {
  LibraryState state;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(data_dir, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::string rel = it->path().lexically_relative(data_dir).generic_string();
    if (rel == "staging") {
      it.disable_recursion_pending();
      continue;
    }
    if (rel == "lock" || rel.starts_with("catalog.db")) continue;
    if (it->is_directory(ec)) {
      state.files[rel + "/"] = "";
      continue;
    }
    std::ifstream in(it->path(), std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    state.files[rel] = s.str();
  }
  state.catalog = dump(data_dir / "catalog.db");
  return state;
}

std::string staging_contents(const fs::path& data_dir) {
  std::string out;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(data_dir / "staging", ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
    out += it->path().string() + "\n";
  return out;
}

}  // namespace cradle::test
