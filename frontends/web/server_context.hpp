// What every connection of one running server shares.
#pragma once

#include <atomic>
#include <boost/asio/thread_pool.hpp>
#include <chrono>
#include <string>
#include <vector>

#include "cradle/plugin_api.hpp"
#include "response_cache.hpp"
#include "shown_extra_cache.hpp"

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
  ServerContext(FrontendHost& h, int render_threads)
      : host(h), renderers(static_cast<std::size_t>(render_threads)) {}
  FrontendHost& host;
  // Where answers not in the cache are made (pages rendered, searches run,
  // quizzes scored), so that the I/O threads go on sending cached pages
  // meanwhile. The server joins it after its I/O threads stop, before the
  // sessions it holds are destroyed.
  boost::asio::thread_pool renderers;
  Limits limits;
  bool access_log = false;
  ResponseCache cache;
  ShownExtraCache shown_extras;
  std::atomic<bool> stopping{false};  // finish the response in hand, then close
  std::atomic<int> open_connections{0};
  std::atomic<int> in_flight{0};  // requests read and not yet fully answered
};

}  // namespace cradle::web
