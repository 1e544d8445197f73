#include "viewer_host.hpp"

#include "installer.hpp"

namespace cradle::cli {

Result<std::string> ViewerHost::install(const std::filesystem::path& path) noexcept {
  std::lock_guard lock(mutex_);
  try {
    InstallReport report = install_packs(app_, {path}, {});
    std::string message;
    for (const auto& d : report.diagnostics) message += format(d) + "\n";
    if (!report.ok) return Error{message + report.error};
    catalog_.refresh();
    if (report.packs.empty()) return Error{path.string() + ": no pack was found there"};
    return report.packs.front().id;
  } catch (const UserError& e) {
    return Error{e.message};
  } catch (const std::exception& e) {
    return Error{path.string() + ": " + e.what() + "; nothing was installed"};
  }
}

Result<void> ViewerHost::remove(const std::string& pack_id) noexcept {
  std::lock_guard lock(mutex_);
  try {
    remove_packs(app_, {pack_id}, std::chrono::seconds(30));
    catalog_.refresh();
    return {};
  } catch (const UserError& e) {
    return Error{e.message};
  } catch (const std::exception& e) {
    return Error{std::string("could not remove ") + pack_id + ": " + e.what()};
  }
}

Result<History*> ViewerHost::history() {
  if (!history_) {
    auto opened = History::open(app_.data_dir());
    if (!opened) return opened.error();
    history_ = std::move(opened.value());
  }
  return history_.get();
}

Result<std::vector<KeptResult>> ViewerHost::kept_results() noexcept {
  std::lock_guard lock(mutex_);
  // No file yet means nothing was ever kept: do not create one to say so.
  std::error_code ec;
  if (!history_ && !std::filesystem::exists(app_.data_dir() / "history.db", ec))
    return std::vector<KeptResult>{};
  auto h = history();
  if (!h) return h.error();
  return h.value()->list();
}

Result<std::int64_t> ViewerHost::keep_result(const KeptResult& result) noexcept {
  std::lock_guard lock(mutex_);
  auto h = history();
  if (!h) return h.error();
  return h.value()->keep(result);
}

Result<void> ViewerHost::forget_result(std::int64_t id) noexcept {
  std::lock_guard lock(mutex_);
  auto h = history();
  if (!h) return h.error();
  return h.value()->forget(id);
}

Result<void> ViewerHost::forget_all_results() noexcept {
  std::lock_guard lock(mutex_);
  auto h = history();
  if (!h) return h.error();
  return h.value()->forget_all();
}

}  // namespace cradle::cli
