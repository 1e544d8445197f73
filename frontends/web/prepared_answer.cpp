#include "prepared_answer.hpp"

#include "caching.hpp"
#include "gzip.hpp"

namespace cradle::web {
namespace {

// Below this, gzip's header and trailer eat most of what it saves.
constexpr std::size_t kSmallestToCompress = 512;

bool compressible(std::string_view content_type) {
  return content_type.starts_with("text/") || content_type.starts_with("application/json") ||
         content_type.starts_with("application/atom+xml") ||
         content_type.starts_with("application/xml") || content_type.starts_with("image/svg+xml");
}

// The status line and header lines, in Beast's order, without the blank
// line that ends them.
std::string serialize_head(const Response& response) {
  std::string head = "HTTP/1.1 ";
  head.append(std::to_string(response.result_int())).append(" ");
  head.append(response.reason()).append("\r\n");
  for (const auto& field : response)
    head.append(field.name_string()).append(": ").append(field.value()).append("\r\n");
  return head;
}

// Date and Connection belong to each sending; the length to this body.
void prepare_head_fields(Response& response) {
  response.erase(http::field::date);
  response.erase(http::field::connection);
  response.version(11);
  response.content_length(response.body().size());
}

Representation represent(Response& response) {
  Representation r;
  r.status = response.result_int();
  r.etag = std::string(response[http::field::etag]);
  prepare_head_fields(response);
  r.head = serialize_head(response);

  Response not_modified = response;
  not_modified.body().clear();
  not_modified.result(http::status::not_modified);
  not_modified.erase(http::field::content_length);
  not_modified.erase(http::field::content_type);
  not_modified.erase(http::field::content_encoding);
  r.head_304 = serialize_head(not_modified);
  r.body = std::move(response.body());
  return r;
}

std::size_t bytes_of(const Representation& r) {
  return r.head.size() + r.head_304.size() + r.body.size() + r.etag.size();
}
}  // namespace

std::size_t PreparedAnswer::bytes() const {
  return bytes_of(identity) + (gzip ? bytes_of(*gzip) : 0);
}

const Representation& PreparedAnswer::pick(const Request& request) const {
  if (gzip) {
    auto accept = request.find(http::field::accept_encoding);
    if (accept != request.end() && accepts_gzip(accept->value())) return *gzip;
  }
  return identity;
}

std::shared_ptr<const Representation> flatten_answer(Response response) {
  auto r = std::make_shared<Representation>();
  r->status = response.result_int();
  prepare_head_fields(response);
  r->head = serialize_head(response);
  r->body = std::move(response.body());
  return r;
}

std::shared_ptr<const PreparedAnswer> prepare_answer(Response response) {
  auto answer = std::make_shared<PreparedAnswer>();
  std::string etag = strong_etag(response.body());
  response.set(http::field::etag, etag);
  if (!response.count(http::field::cache_control))
    response.set(http::field::cache_control, "no-cache");  // pages change with packs: ask first

  std::optional<std::string> packed;
  if (compressible(response[http::field::content_type]) &&
      response.body().size() >= kSmallestToCompress) {
    packed = gzip_compress(response.body());
    if (packed && packed->size() >= response.body().size()) packed.reset();
  }
  if (packed) {
    response.set(http::field::vary, "Accept-Encoding");
    Response twin = response;
    twin.body() = std::move(*packed);
    twin.set(http::field::content_encoding, "gzip");
    twin.set(http::field::etag, etag.substr(0, etag.size() - 1) + "-gzip\"");
    answer->gzip = represent(twin);
  }
  answer->identity = represent(response);
  return answer;
}

}  // namespace cradle::web
