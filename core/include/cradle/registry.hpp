// The plugin registry: finds Boost.DLL modules, checks them, and hands out the
// objects they make.
//
// A module is loaded only if it exports `cradle_plugin_info` and
// `cradle_plugin_factory`, was built against kPluginApiVersion, has a name no
// earlier module took, and its factory succeeds. Anything else is refused
// with one line naming the file and the reason, and the scan goes on.
//
// Lifetime: every object handed out keeps its module loaded; the Registry can
// be destroyed before them. Thread safety: const methods may be called
// concurrently.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "cradle/export.hpp"
#include "cradle/plugin_api.hpp"

namespace cradle {

struct PluginRecord {
  std::filesystem::path file;
  std::string name;
  std::string kind;  // "content-type" | "frontend"
  std::string version;
  std::string summary;
};

struct RefusedPlugin {
  std::filesystem::path file;
  std::string reason;
};

class CRADLE_API Registry {
 public:
  // Scans each folder (not recursively) for *.so modules, in order. Missing
  // folders are skipped silently.
  explicit Registry(const std::vector<std::filesystem::path>& folders);
  ~Registry();
  Registry(const Registry&) = delete;
  Registry& operator=(const Registry&) = delete;

  const std::vector<PluginRecord>& plugins() const noexcept;
  const std::vector<RefusedPlugin>& refused() const noexcept;

  // nullptr when no loaded plugin of that kind has that name.
  std::shared_ptr<ContentType> content_type(std::string_view name) const noexcept;
  std::shared_ptr<Frontend> frontend(std::string_view name) const noexcept;

  // "FILE: reason" for a refused module.
  static std::string describe(const RefusedPlugin& refused);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace cradle
