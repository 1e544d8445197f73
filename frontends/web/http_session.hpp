// One HTTP/1.1 connection: read a request (bounded in size and time), answer
// it from the current Library snapshot, and go on while the client keeps the
// connection alive. Laid out as Beast's advanced server example.
#pragma once

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <memory>
#include <optional>

#include "prepared_answer.hpp"
#include "server_context.hpp"

namespace cradle::web {

class HttpSession : public std::enable_shared_from_this<HttpSession> {
 public:
  HttpSession(boost::asio::ip::tcp::socket&& socket, ServerContext& context);
  ~HttpSession();
  void run();

 private:
  void do_read();
  void on_read(boost::beast::error_code ec, std::size_t bytes);
  void render(Request req, const Library& library, bool keep_alive, bool readable);
  void on_write(bool keep_alive, boost::beast::error_code ec, std::size_t bytes);
  void send_error_and_close(boost::beast::http::status status, std::string_view message);
  void do_close();
  void send_prepared(const Request& req, std::shared_ptr<const PreparedAnswer> answer,
                     bool keep_alive);
  void send_bytes(const Request& req, const Representation& rep, std::shared_ptr<const void> owner,
                  bool keep_alive);
  void log_request(const Request& req, unsigned status, std::size_t body_bytes);

  boost::beast::tcp_stream stream_;
  boost::beast::flat_buffer buffer_;
  ServerContext& context_;
  std::optional<boost::beast::http::request_parser<boost::beast::http::string_body>> parser_;
  std::shared_ptr<const void> response_;  // kept alive until its write completes
  std::string head_;                      // an HTTP/1.0 copy of a prepared head
  std::string cache_key_;                 // "HOST TARGET" of the request in hand (read by render())
  std::string request_lines_;             // Date, Connection and the blank line ending the head
  std::chrono::steady_clock::time_point request_started_;
};

}  // namespace cradle::web
