// What every connection of one running server shares.
#pragma once

#include <atomic>
#include <chrono>
#include <string>
#include <vector>

#include "cradle/plugin_api.hpp"
#include "response_cache.hpp"

namespace cradle::web {

struct Limits {
  std::size_t header_bytes = 8 * 1024;
  std::size_t body_bytes = 64 * 1024;
  std::chrono::seconds read_timeout{15};
  std::chrono::seconds write_timeout{30};
  int max_connections = 4096;             // past it, a new connection is closed at once
  std::chrono::seconds drain_timeout{5};  // graceful stop: longest wait for responses in flight
};

// Reads "read-timeout=SECONDS" and "max-connections=N" from a frontend's
// args (as `cradle serve --read-timeout/--max-connections` passes them) into
// `limits`; an unknown or malformed argument is an error naming it.
Result<void> apply_limit_args(const std::vector<std::string>& args, Limits& limits);

struct ServerContext {
  explicit ServerContext(FrontendHost& h) : host(h) {}
  FrontendHost& host;
  Limits limits;
  bool access_log = false;
  ResponseCache cache;
  std::atomic<bool> stopping{false};  // finish the response in hand, then close
  std::atomic<int> open_connections{0};
  std::atomic<int> in_flight{0};  // requests read and not yet fully answered
};

}  // namespace cradle::web
