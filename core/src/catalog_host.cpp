#include "cradle/catalog_host.hpp"

#include <condition_variable>
#include <iostream>
#include <mutex>
#include <thread>

#include "cradle/catalog.hpp"

namespace cradle {

struct CatalogHost::Impl {
  const Registry* registry = nullptr;
  Callbacks callbacks;
  std::chrono::milliseconds poll_interval;

  std::mutex catalog_mutex;  // the Catalog is single-threaded
  std::unique_ptr<Catalog> catalog;

  std::mutex snapshot_mutex;
  std::shared_ptr<const Library> snapshot;

  std::mutex stop_mutex;
  std::condition_variable stop_cv;
  bool stopping = false;
  std::thread poller;

  Result<void> reload() {
    std::lock_guard lock(catalog_mutex);
    auto generation = catalog->generation();
    if (!generation) return generation.error();
    {
      std::lock_guard s(snapshot_mutex);
      if (snapshot && snapshot->generation() == generation.value()) return {};
    }
    auto fresh = catalog->snapshot();
    if (!fresh) return fresh.error();
    std::lock_guard s(snapshot_mutex);
    snapshot = std::move(fresh.value());
    return {};
  }

  void poll() {
    std::unique_lock lock(stop_mutex);
    while (!stop_cv.wait_for(lock, poll_interval, [&] { return stopping; })) {
      lock.unlock();
      if (auto r = reload(); !r && callbacks.log)
        callbacks.log("cradle: warning: could not refresh the library: " + r.error().message);
      lock.lock();
    }
  }
};

CatalogHost::CatalogHost(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Result<std::unique_ptr<CatalogHost>> CatalogHost::open(const std::filesystem::path& data_dir,
                                                       const Registry& registry,
                                                       Callbacks callbacks,
                                                       std::chrono::milliseconds poll_interval) {
  auto impl = std::make_unique<Impl>();
  impl->registry = &registry;
  if (!callbacks.ready)
    callbacks.ready = [](const std::string& where) { std::cout << where << std::endl; };
  if (!callbacks.log) callbacks.log = [](const std::string& line) { std::cerr << line << '\n'; };
  impl->callbacks = std::move(callbacks);
  impl->poll_interval = poll_interval;
  auto catalog = Catalog::open(data_dir);
  if (!catalog) return catalog.error();
  impl->catalog = std::move(catalog.value());
  if (auto r = impl->reload(); !r) return r.error();
  impl->poller = std::thread([p = impl.get()] { p->poll(); });
  return std::unique_ptr<CatalogHost>(new CatalogHost(std::move(impl)));
}

CatalogHost::~CatalogHost() {
  {
    std::lock_guard lock(impl_->stop_mutex);
    impl_->stopping = true;
  }
  impl_->stop_cv.notify_all();
  if (impl_->poller.joinable()) impl_->poller.join();
}

std::shared_ptr<const Library> CatalogHost::library() noexcept {
  std::lock_guard lock(impl_->snapshot_mutex);
  return impl_->snapshot;
}

void CatalogHost::ready(const std::string& where) noexcept {
  try {
    impl_->callbacks.ready(where);
  } catch (...) {
  }
}

void CatalogHost::log(const std::string& line) noexcept {
  try {
    impl_->callbacks.log(line);
  } catch (...) {
  }
}

Result<void> CatalogHost::reload() { return impl_->reload(); }

void CatalogHost::refresh() noexcept {
  try {
    if (auto r = impl_->reload(); !r)
      log("cradle: warning: could not refresh the library: " + r.error().message);
  } catch (...) {
  }
}

FormResponse CatalogHost::respond(const Item& item, const Answers& answers) noexcept {
  auto type = impl_->registry->content_type(item.type);
  if (!type) return problems_only("the '" + item.type + "' content type is not installed");
  FormResponse r = type->respond(item, answers);
  for (const auto& extra : r.extras)
    if (extra.index >= item.extras.size())  // a stale catalog, or a content type's mistake
      return problems_only("the answer names a stored result that '" + item.slug +
                           "' does not have: reinstall its pack");
  return r;
}

}  // namespace cradle
