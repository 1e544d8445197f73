// The plugin contract. A plugin is a Boost.DLL module that exports exactly two
// symbols, by alias:
//
//   cradle_plugin_info     a PluginInfo record, read before anything else
//   cradle_plugin_factory  a noexcept function returning a PluginObject
//
// Write them with CRADLE_PLUGIN(info, make) below; never by hand. The
// registry checks info.api_version == kPluginApiVersion before it calls the
// factory, and keeps the module loaded for as long as any object it made
// lives. No exception crosses the boundary: every entry point is noexcept and
// reports failure as a value.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <boost/dll/alias.hpp>

#include "cradle/diagnostic.hpp"
#include "cradle/form_response.hpp"
#include "cradle/history.hpp"
#include "cradle/library.hpp"
#include "cradle/model.hpp"
#include "cradle/result.hpp"

namespace cradle {

// Bumped whenever any type in this header, model.hpp, library.hpp or
// form_response.hpp changes shape. Modules built against another version are refused.
inline constexpr int kPluginApiVersion = 2;

// The metadata record. Plain C data so it can be read safely from a module
// of any API version.
struct PluginInfo {
  int api_version;      // kPluginApiVersion the module was built against
  const char* name;     // unique among loaded plugins: "faq", "web"
  const char* kind;     // "content-type" or "frontend"
  const char* version;  // the plugin's own semver
  const char* summary;  // one line for `cradle plugins`
};

// ---- Content types -------------------------------------------------------

// One `content:` entry of a pack.yaml, handed to the content type it names.
struct SourceRequest {
  std::filesystem::path pack_dir;  // the pack's folder
  std::string source;              // relative to pack_dir, as written in pack.yaml
  std::string pack_id;
  bool include_drafts = false;
};

// What a content type made of one source. Items come in pack order; their
// links are left as written (the loader resolves them). Any error diagnostic
// means the pack is refused.
struct SourceOutput {
  std::vector<Item> items;
  Diagnostics diagnostics;
};

class ContentType {
 public:
  virtual ~ContentType() = default;
  // Reads the source. Problems go into diagnostics with file and line; never
  // throws.
  virtual SourceOutput load(const SourceRequest& request) noexcept = 0;

  // Scores a reader's answers to `item`'s form. Pure: keeps nothing. The
  // default, for content types without forms, reports one problem.
  virtual FormResponse respond(const Item& item, const Answers& answers) noexcept {
    (void)item;
    (void)answers;
    return problems_only("this item takes no answers");
  }
};

// ---- Frontends ------------------------------------------------------------

// What the host offers a running frontend. Thread-safe: frontends call it
// from any of their threads.
class FrontendHost {
 public:
  virtual ~FrontendHost() = default;
  // The current Library snapshot. Never null. A snapshot never changes; the
  // host swaps in a new one when the catalog changes, so call this per
  // request and keep the pointer for the request's life.
  virtual std::shared_ptr<const Library> library() noexcept = 0;
  // Called once by the frontend when it is ready (a server: listening on
  // `where`, e.g. "http://127.0.0.1:8080").
  virtual void ready(const std::string& where) noexcept = 0;
  // One line of the frontend's log (access log, warnings).
  virtual void log(const std::string& line) noexcept = 0;
  // Hands a reader's answers to the content type that made `item` and
  // returns what it says. Nothing is stored.
  virtual FormResponse respond(const Item& item, const Answers& answers) noexcept = 0;
  // Re-reads the catalog now rather than at the next poll (a server's
  // SIGHUP). Failures are logged through log().
  virtual void refresh() noexcept = 0;

  // ---- What a reader's own computer offers (the desktop viewer) ----------
  // A host may leave any of these out: the defaults fail with "not offered
  // here", and a frontend shows that message as it is. None throws.

  // Installs or upgrades the pack at `path` (a pack folder or a .cpack), all
  // or nothing, like `cradle install`; the next library() shows it. Returns
  // the id of the pack installed. On failure nothing changed and the message
  // holds every problem found, one per line, in words a reader can follow.
  virtual Result<std::string> install(const std::filesystem::path& path) noexcept {
    (void)path;
    return not_offered("installing packs");
  }
  // Removes one installed pack; an unknown id is an error and changes nothing.
  virtual Result<void> remove(const std::string& pack_id) noexcept {
    (void)pack_id;
    return not_offered("removing packs");
  }
  // Quiz results the reader chose to keep on this computer (cradle/history.hpp),
  // newest first. keep_result() returns the new id; forget_result() fails for
  // an id not kept. Nothing is kept unless the frontend asks, and only when
  // the reader opted in.
  virtual Result<std::vector<KeptResult>> kept_results() noexcept {
    return not_offered("keeping results");
  }
  virtual Result<std::int64_t> keep_result(const KeptResult& result) noexcept {
    (void)result;
    return not_offered("keeping results");
  }
  virtual Result<void> forget_result(std::int64_t id) noexcept {
    (void)id;
    return not_offered("keeping results");
  }
  virtual Result<void> forget_all_results() noexcept { return not_offered("keeping results"); }

 protected:
  static Error not_offered(const char* what) noexcept {
    return Error{std::string(what) + " is not offered here: use the `cradle` command"};
  }
};

struct FrontendOptions {
  std::string bind = "127.0.0.1";
  unsigned short port = 8080;  // 0: any free port, reported through ready()
  int threads = 1;
  bool access_log = false;        // one FrontendHost::log() line per request
  std::vector<std::string> args;  // frontend-specific, e.g. Qt's argv
};

class Frontend {
 public:
  virtual ~Frontend() = default;
  // Runs until stop() or, for a server, SIGINT/SIGTERM. Blocks the caller.
  virtual Result<void> run(FrontendHost& host, const FrontendOptions& options) noexcept = 0;
  // Asks a running run() to finish gracefully. Safe from any thread, and
  // before or after run().
  virtual void stop() noexcept = 0;
};

// ---- The factory ----------------------------------------------------------

// What the factory returns: exactly one of the two objects, or an error.
struct PluginObject {
  std::shared_ptr<ContentType> content_type;
  std::shared_ptr<Frontend> frontend;
  std::string error;  // non-empty when construction failed
};

using PluginFactory = PluginObject() noexcept;

namespace detail {
template <class T>
PluginObject make_plugin_object() noexcept {
  PluginObject out;
  try {
    auto object = std::make_shared<T>();
    if constexpr (std::is_base_of_v<ContentType, T>) {
      out.content_type = std::move(object);
    } else {
      out.frontend = std::move(object);
    }
  } catch (const std::exception& e) {
    out.error = e.what();
  } catch (...) {
    out.error = "unknown exception";
  }
  return out;
}
}  // namespace detail

}  // namespace cradle

// Exports a plugin. INFO names a `cradle::PluginInfo` variable at namespace scope, TYPE the
// default-constructible ContentType or Frontend class. Use once per module,
// at namespace scope.
#define CRADLE_PLUGIN(INFO, TYPE)                                            \
  namespace cradle_plugin_exports {                                          \
  inline cradle::PluginObject cradle_make() noexcept {                       \
    return cradle::detail::make_plugin_object<TYPE>();                       \
  }                                                                          \
  BOOST_DLL_ALIAS(cradle_plugin_exports::cradle_make, cradle_plugin_factory) \
  BOOST_DLL_ALIAS(INFO, cradle_plugin_info)                                  \
  }
