// The web frontend plugin: runs the HTTP server on N I/O threads (and, for
// answers not in the cache, a render thread a core, at least N) until stop() or
// SIGINT/SIGTERM, then stops accepting, lets responses in flight finish
// (bounded by Limits::drain_timeout) and returns.
#include <sodium.h>
#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <csignal>
#include <functional>
#include <mutex>
#include <thread>

#include "cradle/plugin_api.hpp"
#include "listener.hpp"

namespace cradle::web {
namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

class WebFrontend final : public Frontend {
 public:
  Result<void> run(FrontendHost& host, const FrontendOptions& options) noexcept override {
    try {
      return serve(host, options);
    } catch (const std::exception& e) {
      return Error{std::string("the web server failed: ") + e.what()};
    }
  }

  void stop() noexcept override {
    std::lock_guard lock(mutex_);
    stop_requested_ = true;
    if (begin_stop_) begin_stop_();
  }

 private:
  Result<void> serve(FrontendHost& host, const FrontendOptions& options) {
    boost::system::error_code ec;
    auto address = net::ip::make_address(options.bind, ec);
    if (ec) return Error{"'" + options.bind + "' is not an IP address (try 127.0.0.1 or ::1)"};
    int threads = std::max(1, options.threads);
    if (sodium_init() < 0) return Error{"libsodium could not be initialised (ETags need it)"};

    // Renders are CPU work: a render thread a core at least, even when one
    // I/O thread is enough for the cached answers.
    int render_threads =
        std::max<int>(threads, static_cast<int>(std::thread::hardware_concurrency()));
    // Declared in this order so that they go in reverse: the render pool is
    // joined below, then the io_context destroys the sessions its pending
    // handlers hold, which still refer to the context.
    ServerContext context{host, render_threads};
    net::io_context ioc{threads};
    context.access_log = options.access_log;
    if (auto r = apply_limit_args(options.args, context.limits); !r) return r;
    auto listener = std::make_shared<Listener>(ioc, threads, context);
    if (auto r = listener->open({address, options.port}); !r) return r;
    listener->run();

    net::signal_set signals(ioc, SIGINT, SIGTERM);
    // SIGHUP: look at the catalog now instead of at the next poll.
    net::signal_set hangup(ioc, SIGHUP);
    std::function<void()> wait_for_hangup = [&] {
      hangup.async_wait([&](boost::system::error_code ec, int) {
        if (ec) return;
        host.refresh();
        wait_for_hangup();
      });
    };
    wait_for_hangup();
    net::steady_timer drain(ioc);
    auto deadline = std::chrono::steady_clock::now();
    std::function<void()> wait_for_drain = [&] {
      if (context.in_flight == 0 || std::chrono::steady_clock::now() >= deadline) {
        ioc.stop();  // idle keep-alive connections are simply closed
        return;
      }
      drain.expires_after(std::chrono::milliseconds(20));
      drain.async_wait([&](boost::system::error_code) { wait_for_drain(); });
    };
    auto begin_stop = [&] {
      net::post(ioc, [&] {
        if (context.stopping.exchange(true)) return;
        listener->stop();
        signals.cancel();
        hangup.cancel();
        deadline = std::chrono::steady_clock::now() + context.limits.drain_timeout;
        wait_for_drain();
      });
    };
    signals.async_wait([&](boost::system::error_code ec, int) {
      if (!ec) begin_stop();
    });
    {
      std::lock_guard lock(mutex_);
      begin_stop_ = begin_stop;
      if (stop_requested_) begin_stop();
    }

    auto bound = listener->local_endpoint();
    std::string host_part = bound.address().is_v6() ? "[" + bound.address().to_string() + "]"
                                                    : bound.address().to_string();
    host.ready("http://" + host_part + ":" + std::to_string(bound.port()));

    std::vector<std::thread> pool;
    for (int i = 1; i < threads; ++i) pool.emplace_back([&] { ioc.run(); });
    ioc.run();
    for (auto& t : pool) t.join();
    context.renderers.join();  // renders still running finish; their answers go nowhere

    std::lock_guard lock(mutex_);
    begin_stop_ = nullptr;
    stop_requested_ = false;
    return {};
  }

  std::mutex mutex_;
  std::function<void()> begin_stop_;
  bool stop_requested_ = false;
};

const PluginInfo kInfo{kPluginApiVersion, "web", "frontend", "1.0.0",
                       "Serves the library as web pages and a JSON API (Boost.Beast)"};

}  // namespace
}  // namespace cradle::web

CRADLE_PLUGIN(cradle::web::kInfo, cradle::web::WebFrontend)
