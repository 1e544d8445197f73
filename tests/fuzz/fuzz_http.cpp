// The web frontend's request handling: raw bytes read by Beast's request
// parser with the server's limits, then each request answered as
// HttpSession answers it (router, then its bytes prepared or flattened) from a
// Library of the bundled packs, and the response serialized. Several
// requests in one input are read one after another, as on a kept-alive
// connection. Every answer must be what it says it is: UTF-8 text, and JSON
// that parses where it says application/json.
#include <boost/asio/buffer.hpp>
#include <boost/json/parse.hpp>

#include "bundled_host.hpp"
#include "prepared_answer.hpp"
#include "router.hpp"
#include "server_context.hpp"
#include "support.hpp"
#include "utf8.hpp"

namespace http = boost::beast::http;

namespace {
void answer(const cradle::web::Request& req) {
  using namespace cradle;
  auto& host = fuzz::bundled_host();
  auto library = host.library();
  static web::ShownExtraCache shown_extras;
  web::Response res = web::handle(req, *library, host, shown_extras);
  // As HttpSession sends it: a GET's 200 prepared (ETag, gzip twin), the
  // rest flattened; either way head and body as bytes.
  bool readable = req.method() == http::verb::get || req.method() == http::verb::head;
  const std::string body = res.body();
  const std::string type(res[http::field::content_type]);
  std::shared_ptr<const web::PreparedAnswer> prepared;
  std::shared_ptr<const web::Representation> once;
  if (readable && res.result() == http::status::ok)
    prepared = web::prepare_answer(std::move(res));
  else
    once = web::flatten_answer(std::move(res));
  const web::Representation& rep = prepared ? prepared->pick(req) : *once;
  if (!rep.head.starts_with("HTTP/1.") || !rep.head.ends_with("\r\n")) __builtin_trap();
  if (prepared && prepared->identity.body != body) __builtin_trap();
  if (!web::is_utf8(body)) __builtin_trap();
  if (type.starts_with("application/json") && !body.empty()) {
    boost::system::error_code ec;
    (void)boost::json::parse(body, ec);
    if (ec) __builtin_trap();
  }
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const cradle::web::Limits limits;
  std::string_view bytes = cradle::fuzz::as_text(data, size);
  while (!bytes.empty()) {
    http::request_parser<http::string_body> parser;
    parser.header_limit(static_cast<std::uint32_t>(limits.header_bytes));
    parser.body_limit(limits.body_bytes);
    parser.eager(true);
    boost::beast::error_code ec;
    std::size_t used = 0;
    for (;;) {  // as http::read feeds the parser
      std::size_t n = parser.put(boost::asio::buffer(bytes.data() + used, bytes.size() - used), ec);
      used += n;
      if (ec == http::error::need_more && n > 0 && used < bytes.size()) continue;
      if (ec == http::error::need_more) parser.put_eof(ec);  // the client closed here
      if (ec || parser.is_done() || n == 0) break;
    }
    bytes.remove_prefix(used);
    if (ec || !parser.is_done()) return 0;  // the session answers 4xx and closes
    answer(parser.release());
    if (used == 0) return 0;
  }
  return 0;
}
