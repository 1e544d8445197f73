// A real web frontend, loaded through the registry, serving a fresh catalog
// with the given packs on a free loopback port until destroyed.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "cradle/catalog_host.hpp"
#include "support/temp_dir.hpp"

namespace cradle::test {

class ServedLibrary {
 public:
  // Loads and installs `packs` (all must load without errors; links between
  // them resolve), then starts the `web` frontend on 2 threads.
  // `args` go to the frontend as FrontendOptions::args (e.g. its limits).
  explicit ServedLibrary(const std::vector<std::filesystem::path>& packs,
                         std::chrono::milliseconds poll = std::chrono::milliseconds(50),
                         std::vector<std::string> args = {});
  ~ServedLibrary();  // stops the server and checks it returned success

  unsigned short port() const { return port_; }
  const std::filesystem::path& data_dir() const { return dir_.path(); }
  // The host the server runs on: its Library and its content types.
  CatalogHost& host() { return *host_; }
  // The access log and warnings the frontend has written so far.
  std::vector<std::string> log() const;

 private:
  TempDir dir_;
  std::unique_ptr<CatalogHost> host_;
  std::shared_ptr<Frontend> web_;
  std::thread server_;
  unsigned short port_ = 0;
  bool run_ok_ = false;
  mutable std::mutex log_mutex_;
  std::vector<std::string> log_;
};

}  // namespace cradle::test
