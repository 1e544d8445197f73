#include "http_session.hpp"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/write.hpp>

#include "caching.hpp"
#include "prepared_answer.hpp"
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
  // Start on the connection's executor (its strand when there are several I/O
  // threads), where all its handlers run.
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
  bool keep_alive = req.keep_alive() && !context_.stopping.load();
  bool readable = req.method() == http::verb::get || req.method() == http::verb::head;
  if (readable) {
    // Feeds and sitemaps carry absolute URLs made from the Host header, so
    // answers are kept per host as well as per target.
    cache_key_.assign(req[http::field::host]).append(" ").append(req.target());
    if (auto prepared = context_.cache.find(library->generation(), cache_key_))
      return send_prepared(req, std::move(prepared), keep_alive);
  }
  // Not in the cache: made on the render pool (a page rendered, a search
  // run, a quiz scored), so that this I/O thread goes on answering other
  // connections meanwhile; the answer comes back to this connection's executor.
  // Nothing else touches this session until then: it is not reading.
  net::post(context_.renderers, [self = shared_from_this(), req = std::move(req),
                                 library = std::move(library), keep_alive, readable]() mutable {
    self->render(std::move(req), *library, keep_alive, readable);
  });
}

// On the render pool. Nothing may escape a pool thread, so a failure to
// render is a 500 for this request alone. The answer leaves here as bytes:
// prepared (and cached) for a GET, flattened for anything else.
void HttpSession::render(Request req, const Library& library, bool keep_alive, bool readable) {
  std::shared_ptr<const PreparedAnswer> prepared;
  std::shared_ptr<const Representation> once;
  try {
    Response res = handle(req, library, context_.host, context_.shown_extras);
    if (readable && res.result() == http::status::ok) {
      prepared = prepare_answer(std::move(res));
      context_.cache.store(library.generation(), cache_key_, prepared);
    } else {
      once = flatten_answer(std::move(res));
    }
  } catch (const std::exception& e) {
    context_.host.log(std::string("web: answering ") + std::string(req.target()) +
                      " failed: " + e.what());
    prepared.reset();
    once = flatten_answer(make_response(11, http::status::internal_server_error,
                                        "text/plain; charset=utf-8",
                                        "the server could not answer this\n"));
    keep_alive = false;
  }
  net::post(stream_.get_executor(),
            [self = shared_from_this(), req = std::move(req), prepared = std::move(prepared),
             once = std::move(once), keep_alive]() mutable {
              if (prepared) return self->send_prepared(req, std::move(prepared), keep_alive);
              const Representation& rep = *once;
              self->send_bytes(req, rep, std::move(once), keep_alive);
            });
}

void HttpSession::send_prepared(const Request& req, std::shared_ptr<const PreparedAnswer> answer,
                                bool keep_alive) {
  const Representation& rep = answer->pick(req);
  send_bytes(req, rep, std::move(answer), keep_alive);
}

// An answer goes out as bytes made beforehand: its serialized head, this
// request's Date and Connection lines, and its body; nothing is copied.
void HttpSession::send_bytes(const Request& req, const Representation& rep,
                             std::shared_ptr<const void> owner, bool keep_alive) {
  auto inm = req.find(http::field::if_none_match);
  bool not_modified =
      !rep.etag.empty() && inm != req.end() && if_none_match_matches(inm->value(), rep.etag);
  bool with_body = !not_modified && req.method() != http::verb::head;

  std::string_view head = not_modified ? rep.head_304 : rep.head;
  request_lines_ = "Date: " + http_date() + "\r\n";
  if (req.version() == 10) {
    head_.assign(head).replace(0, 8, "HTTP/1.0");  // a copy only for 1.0's status line
    head = head_;
    if (keep_alive) request_lines_ += "Connection: keep-alive\r\n";
  } else if (!keep_alive) {
    request_lines_ += "Connection: close\r\n";
  }
  request_lines_ += "\r\n";
  if (context_.access_log)
    log_request(req, not_modified ? 304 : rep.status, with_body ? rep.body.size() : 0);

  std::array<net::const_buffer, 3> buffers{net::buffer(head), net::buffer(request_lines_),
                                           with_body ? net::buffer(rep.body) : net::const_buffer()};
  response_ = std::move(owner);
  stream_.expires_after(context_.limits.write_timeout);
  net::async_write(
      stream_, buffers,
      beast::bind_front_handler(&HttpSession::on_write, shared_from_this(), keep_alive));
}

// One line a request, in the shape of the common log format plus the time
// taken: 127.0.0.1 "GET /p/x/ HTTP/1.1" 200 5120 0.41ms
void HttpSession::log_request(const Request& req, unsigned status, std::size_t body_bytes) {
  beast::error_code ec;
  auto peer = stream_.socket().remote_endpoint(ec);
  auto elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() -
                                                           request_started_);
  char ms[32];
  std::snprintf(ms, sizeof ms, "%.2fms", elapsed.count());
  std::string line = (ec ? std::string("-") : peer.address().to_string()) + " \"" +
                     std::string(req.method_string()) + " " + std::string(req.target()) + " HTTP/" +
                     std::to_string(req.version() / 10) + "." + std::to_string(req.version() % 10) +
                     "\" " + std::to_string(status) + " " + std::to_string(body_bytes) + " " + ms;
  context_.host.log(line);
}

void HttpSession::send_error_and_close(http::status status, std::string_view message) {
  ++context_.in_flight;
  auto res = std::make_shared<Response>(
      make_response(11, status, "text/plain; charset=utf-8", std::string(message) + "\n"));
  res->keep_alive(false);
  res->set(http::field::date, http_date());
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
