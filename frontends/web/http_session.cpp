#include "http_session.hpp"

#include <boost/asio/dispatch.hpp>

#include "caching.hpp"
#include "router.hpp"

namespace cradle::web {
namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;

HttpSession::HttpSession(net::ip::tcp::socket&& socket, ServerContext& context)
    : stream_(std::move(socket)), context_(context) {
  ++context_.open_connections;
}

HttpSession::~HttpSession() { --context_.open_connections; }

void HttpSession::run() {
  // Start on the connection's strand, as all its handlers run there.
  net::dispatch(stream_.get_executor(),
                beast::bind_front_handler(&HttpSession::do_read, shared_from_this()));
}

void HttpSession::do_read() {
  parser_.emplace();
  parser_->header_limit(static_cast<std::uint32_t>(context_.limits.header_bytes));
  parser_->body_limit(context_.limits.body_bytes);
  stream_.expires_after(context_.limits.read_timeout);
  http::async_read(stream_, buffer_, *parser_,
                   beast::bind_front_handler(&HttpSession::on_read, shared_from_this()));
}

void HttpSession::on_read(beast::error_code ec, std::size_t) {
  if (ec == http::error::end_of_stream || ec == beast::error::timeout ||
      ec == net::error::operation_aborted)
    return do_close();
  if (ec == http::error::header_limit)
    return send_error_and_close(http::status::request_header_fields_too_large,
                                "request header too large");
  if (ec == http::error::body_limit)
    return send_error_and_close(http::status::payload_too_large, "request body too large");
  if (ec) return send_error_and_close(http::status::bad_request, "malformed request");

  ++context_.in_flight;
  request_started_ = std::chrono::steady_clock::now();
  Request req = parser_->release();
  auto library = context_.host.library();  // this request's snapshot, held to its end
  auto res = answer(req, *library);
  res->version(req.version());
  answer_conditionally(req, *res);
  if (context_.access_log) log_request(req, *res);
  bool keep_alive = req.keep_alive() && !context_.stopping.load();
  res->keep_alive(keep_alive);
  if (req.method() == http::verb::head && res->result() != http::status::not_modified) {
    // Same headers as GET, Content-Length included, and no body.
    auto length = res->body().size();
    res->body().clear();
    res->content_length(length);
  }
  response_ = res;
  stream_.expires_after(context_.limits.write_timeout);
  http::async_write(
      stream_, *res,
      beast::bind_front_handler(&HttpSession::on_write, shared_from_this(), keep_alive));
}

// A GET or HEAD answer comes from the cache of this snapshot's answers when
// it is there; anything else is made afresh.
std::shared_ptr<Response> HttpSession::answer(const Request& req, const Library& library) {
  bool readable = req.method() == http::verb::get || req.method() == http::verb::head;
  if (readable) {
    if (auto hit = context_.cache.find(library.generation(), req.target()))
      return std::make_shared<Response>(*hit);
  }
  auto res = std::make_shared<Response>(handle(req, library, context_.host));
  add_validators(req, *res);
  if (readable && res->result() == http::status::ok) {
    Response kept = *res;
    kept.version(11);
    kept.keep_alive(true);
    context_.cache.store(library.generation(), std::string(req.target()),
                         std::make_shared<const Response>(std::move(kept)));
  }
  return res;
}

// One line a request, in the shape of the common log format plus the time
// taken: 127.0.0.1 "GET /p/x/ HTTP/1.1" 200 5120 0.41ms
void HttpSession::log_request(const Request& req, const Response& res) {
  beast::error_code ec;
  auto peer = stream_.socket().remote_endpoint(ec);
  auto elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() -
                                                           request_started_);
  char ms[32];
  std::snprintf(ms, sizeof ms, "%.2fms", elapsed.count());
  std::string line = (ec ? std::string("-") : peer.address().to_string()) + " \"" +
                     std::string(req.method_string()) + " " + std::string(req.target()) + " HTTP/" +
                     std::to_string(req.version() / 10) + "." + std::to_string(req.version() % 10) +
                     "\" " + std::to_string(res.result_int()) + " " +
                     std::to_string(res.body().size()) + " " + ms;
  context_.host.log(line);
}

void HttpSession::send_error_and_close(http::status status, std::string_view message) {
  ++context_.in_flight;
  auto res = std::make_shared<Response>(
      make_response(11, status, "text/plain; charset=utf-8", std::string(message) + "\n"));
  res->keep_alive(false);
  response_ = res;
  stream_.expires_after(context_.limits.write_timeout);
  http::async_write(stream_, *res,
                    beast::bind_front_handler(&HttpSession::on_write, shared_from_this(), false));
}

void HttpSession::on_write(bool keep_alive, beast::error_code ec, std::size_t) {
  response_.reset();
  --context_.in_flight;
  if (ec || !keep_alive || context_.stopping) return do_close();
  do_read();
}

void HttpSession::do_close() {
  beast::error_code ec;
  stream_.socket().shutdown(net::ip::tcp::socket::shutdown_send, ec);
}

}  // namespace cradle::web
