// Accepts connections and hands each to its own HttpSession, with a cap on
// how many are open at once.
#pragma once

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/error.hpp>
#include <memory>

#include "server_context.hpp"

namespace cradle::web {

class Listener : public std::enable_shared_from_this<Listener> {
 public:
  // `io_threads`: how many threads run `ioc` (see do_accept()).
  Listener(boost::asio::io_context& ioc, int io_threads, ServerContext& context);
  // Binds and listens; an Error says why not (address in use, bad address).
  Result<void> open(const boost::asio::ip::tcp::endpoint& endpoint);
  boost::asio::ip::tcp::endpoint local_endpoint() const;
  void run();
  void stop();  // stops accepting; sessions in flight go on

 private:
  void do_accept();
  void on_accept(boost::beast::error_code ec, boost::asio::ip::tcp::socket socket);

  boost::asio::io_context& ioc_;
  int io_threads_;
  boost::asio::ip::tcp::acceptor acceptor_;
  ServerContext& context_;
};

}  // namespace cradle::web
