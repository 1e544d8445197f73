#include "support/served_library.hpp"

#include <gtest/gtest.h>

#include <condition_variable>
#include <future>

#include "cradle/catalog.hpp"
#include "support/packs.hpp"

namespace cradle::test {

ServedLibrary::ServedLibrary(const std::vector<std::filesystem::path>& packs,
                             std::chrono::milliseconds poll, std::vector<std::string> args) {
  std::vector<LoadedPack> set;
  for (const auto& p : packs) set.push_back(load_pack(p, bundled_registry()));
  resolve_links(set, nullptr);
  std::vector<Pack> models;
  for (const auto& p : set) {
    if (has_errors(p.diagnostics)) throw std::runtime_error(lines(p.diagnostics));
    models.push_back(p.pack);
  }
  auto cat = Catalog::open(dir_.path());
  if (!cat || !cat.value()->install(models)) throw std::runtime_error("install failed");

  auto ready = std::make_shared<std::promise<std::string>>();
  CatalogHost::Callbacks cb;
  cb.ready = [ready](const std::string& where) { ready->set_value(where); };
  cb.log = [this](const std::string& line) {
    std::lock_guard lock(log_mutex_);
    log_.push_back(line);
  };
  host_ = std::move(CatalogHost::open(dir_.path(), bundled_registry(), cb, poll).value());
  web_ = bundled_registry().frontend("web");
  if (!web_) throw std::runtime_error("no web frontend");
  FrontendOptions options;
  options.port = 0;
  options.threads = 2;
  options.access_log = true;
  options.args = std::move(args);
  auto where = ready->get_future();
  server_ = std::thread([this, options] { run_ok_ = web_->run(*host_, options).ok(); });
  if (where.wait_for(std::chrono::seconds(10)) != std::future_status::ready)
    throw std::runtime_error("the server did not start");
  std::string w = where.get();
  port_ = static_cast<unsigned short>(std::stoi(w.substr(w.rfind(':') + 1)));
}

std::vector<std::string> ServedLibrary::log() const {
  std::lock_guard lock(log_mutex_);
  return log_;
}

ServedLibrary::~ServedLibrary() {
  web_->stop();
  if (server_.joinable()) server_.join();
  EXPECT_TRUE(run_ok_) << "the server's run() returned an error";
}

}  // namespace cradle::test
