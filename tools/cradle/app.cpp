#include "app.hpp"

#include <iostream>

#include "cradle/data_dir.hpp"

namespace cradle::cli {

std::filesystem::path App::data_dir() const { return resolve_data_dir(data_dir_flag); }

const Registry& App::registry(bool quiet) {
  if (!registry_) {
    registry_ = std::make_unique<Registry>(plugin_search_path());
    if (!quiet)
      for (const auto& refused : registry_->refused())
        warn("skipped plugin " + Registry::describe(refused));
  }
  return *registry_;
}

Catalog& App::catalog() {
  if (!catalog_) {
    auto opened = Catalog::open(data_dir());
    if (!opened) throw UserError{opened.error().message};
    catalog_ = std::move(opened.value());
  }
  return *catalog_;
}

void warn(const std::string& message) { std::cerr << "cradle: warning: " << message << '\n'; }

}  // namespace cradle::cli
