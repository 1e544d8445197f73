#include "listener.hpp"

#include <boost/asio/strand.hpp>

#include "http_session.hpp"

namespace cradle::web {
namespace net = boost::asio;
using tcp = net::ip::tcp;

Listener::Listener(net::io_context& ioc, int io_threads, ServerContext& context)
    : ioc_(ioc), io_threads_(io_threads), acceptor_(net::make_strand(ioc)), context_(context) {}

Result<void> Listener::open(const tcp::endpoint& endpoint) {
  boost::beast::error_code ec;
  acceptor_.open(endpoint.protocol(), ec);
  if (!ec) acceptor_.set_option(net::socket_base::reuse_address(true), ec);
  if (!ec) acceptor_.bind(endpoint, ec);
  if (!ec) acceptor_.listen(net::socket_base::max_listen_connections, ec);
  if (ec) {
    return Error{"cannot listen on " + endpoint.address().to_string() + ":" +
                 std::to_string(endpoint.port()) + ": " + ec.message() +
                 " (choose another with --port or --bind)"};
  }
  return {};
}

tcp::endpoint Listener::local_endpoint() const {
  boost::beast::error_code ec;
  return acceptor_.local_endpoint(ec);
}

void Listener::run() { do_accept(); }

void Listener::stop() {
  net::post(acceptor_.get_executor(), [self = shared_from_this()] {
    boost::beast::error_code ec;
    self->acceptor_.close(ec);
  });
}

void Listener::do_accept() {
  // A connection's handlers must never run concurrently. On one I/O thread
  // they cannot; on several, each connection gets its own strand, which costs
  // a lock and a queue on every handler, so only then.
  auto handler = boost::beast::bind_front_handler(&Listener::on_accept, shared_from_this());
  if (io_threads_ == 1)
    acceptor_.async_accept(ioc_.get_executor(), std::move(handler));
  else
    acceptor_.async_accept(net::make_strand(ioc_), std::move(handler));
}

void Listener::on_accept(boost::beast::error_code ec, tcp::socket socket) {
  if (ec == net::error::operation_aborted || !acceptor_.is_open()) return;
  if (!ec && context_.open_connections >= context_.limits.max_connections) {
    socket.close(ec);  // over the cap: refuse this one, keep serving the rest
  } else if (!ec) {
    std::make_shared<HttpSession>(std::move(socket), context_)->run();
  }
  do_accept();
}

}  // namespace cradle::web
