#include "cradle/registry.hpp"

#include <algorithm>
#include <boost/dll/shared_library.hpp>

namespace cradle {
namespace fs = std::filesystem;
namespace dll = boost::dll;

namespace {

// Ties an object's life to its module's: the object is destroyed first, then
// the last holder of the library unloads it.
template <class T>
std::shared_ptr<T> keep_loaded(std::shared_ptr<dll::shared_library> lib, std::shared_ptr<T> obj) {
  struct Holder {
    std::shared_ptr<dll::shared_library> lib;  // declared first: destroyed last
    std::shared_ptr<T> obj;
  };
  auto holder = std::make_shared<Holder>(Holder{std::move(lib), std::move(obj)});
  T* raw = holder->obj.get();
  return std::shared_ptr<T>(std::move(holder), raw);
}

std::vector<fs::path> modules_in(const fs::path& folder) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(folder, ec)) {
    if (entry.is_regular_file(ec) && entry.path().extension() == ".so") out.push_back(entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string text_or_empty(const char* s) { return s ? s : ""; }

}  // namespace

struct Registry::Impl {
  std::vector<PluginRecord> plugins;
  std::vector<RefusedPlugin> refused;
  std::vector<std::pair<std::string, std::shared_ptr<ContentType>>> content_types;
  std::vector<std::pair<std::string, std::shared_ptr<Frontend>>> frontends;

  bool name_taken(const std::string& name, fs::path* by) const {
    for (const auto& p : plugins)
      if (p.name == name) {
        *by = p.file;
        return true;
      }
    return false;
  }

  void load(const fs::path& file) {
    auto refuse = [&](std::string reason) { refused.push_back({file, std::move(reason)}); };

    std::error_code ec;
    auto lib = std::make_shared<dll::shared_library>(file, dll::load_mode::default_mode, ec);
    if (ec) return refuse("cannot be loaded: " + ec.message());
    for (const char* symbol : {"cradle_plugin_info", "cradle_plugin_factory"}) {
      if (!lib->has(symbol))
        return refuse(std::string("missing symbol '") + symbol + "': not a Cradle plugin");
    }

    const auto& info = lib->get_alias<const PluginInfo>("cradle_plugin_info");
    if (info.api_version != kPluginApiVersion) {
      return refuse("built for plugin API " + std::to_string(info.api_version) +
                    ", this Cradle has API " + std::to_string(kPluginApiVersion) +
                    ": rebuild the plugin against this Cradle");
    }
    PluginRecord record{file, text_or_empty(info.name), text_or_empty(info.kind),
                        text_or_empty(info.version), text_or_empty(info.summary)};
    if (record.name.empty()) return refuse("its metadata has no name");
    if (record.kind != "content-type" && record.kind != "frontend")
      return refuse("unknown kind '" + record.kind + "' (expected content-type or frontend)");
    fs::path first;
    if (name_taken(record.name, &first))
      return refuse("duplicate plugin name '" + record.name + "', already loaded from " +
                    first.string());

    auto& factory = lib->get_alias<PluginFactory>("cradle_plugin_factory");
    PluginObject made = factory();
    if (!made.error.empty()) return refuse("its factory failed: " + made.error);
    if (record.kind == "content-type" && made.content_type) {
      content_types.emplace_back(record.name, keep_loaded(lib, std::move(made.content_type)));
    } else if (record.kind == "frontend" && made.frontend) {
      frontends.emplace_back(record.name, keep_loaded(lib, std::move(made.frontend)));
    } else {
      return refuse("its factory made no " + record.kind);
    }
    plugins.push_back(std::move(record));
  }
};

Registry::Registry(const std::vector<fs::path>& folders) : impl_(std::make_unique<Impl>()) {
  for (const auto& folder : folders)
    for (const auto& file : modules_in(folder)) impl_->load(file);
}

Registry::~Registry() = default;

const std::vector<PluginRecord>& Registry::plugins() const noexcept { return impl_->plugins; }
const std::vector<RefusedPlugin>& Registry::refused() const noexcept { return impl_->refused; }

std::shared_ptr<ContentType> Registry::content_type(std::string_view name) const noexcept {
  for (const auto& [n, obj] : impl_->content_types)
    if (n == name) return obj;
  return nullptr;
}

std::shared_ptr<Frontend> Registry::frontend(std::string_view name) const noexcept {
  for (const auto& [n, obj] : impl_->frontends)
    if (n == name) return obj;
  return nullptr;
}

std::string Registry::describe(const RefusedPlugin& refused) {
  return refused.file.string() + ": " + refused.reason;
}

}  // namespace cradle
