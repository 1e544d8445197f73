#include "support/packs.hpp"

namespace cradle::test {

const Registry& bundled_registry() {
  static const Registry registry({CRADLE_PLUGIN_DIR});
  return registry;
}

std::string faq_manifest(const std::string& id, const std::string& version) {
  return "id: " + id + "\nversion: " + version + "\ntitle: " + id +
         "\nlanguage: en\napi: 1\ncontent:\n  - type: faq\n    source: faq.md\n";
}

std::string lines(const Diagnostics& ds) {
  std::string out;
  for (const auto& d : ds) out += format(d) + "\n";
  return out;
}

}  // namespace cradle::test
