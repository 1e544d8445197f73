// A successful GET answer made ready to be sent many times. Its headers are
// serialized once and its body gzip-compressed once, when the answer is made
// for a Library snapshot; sending it again copies and compresses nothing: the
// session writes the shared bytes plus the two header lines that belong to
// one request (Date, Connection).
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "router.hpp"

namespace cradle::web {

// One representation of the answer: identity or gzip.
struct Representation {
  unsigned status = 200;
  std::string head;      // "HTTP/1.1 200 OK\r\n" and every header line, ending "\r\n"; no Date,
                         // no Connection, no blank line
  std::string head_304;  // the same for 304 Not Modified: validators, no Content-*
  std::string body;
  std::string etag;  // strong, quoted; the gzip one differs from the identity one; empty
                     // for an answer sent once
};

struct PreparedAnswer {
  Representation identity;
  std::optional<Representation> gzip;  // when the type compresses and the bytes got smaller

  // The representation for a request, by its Accept-Encoding.
  const Representation& pick(const Request& request) const;
  // Bytes held (heads, bodies, ETags of both representations), for the cache's bound.
  std::size_t bytes() const;
};

// An answer sent once (a POST's, an error's, anything not kept): its head is
// serialized where it was made, on the render pool, so the I/O thread writes
// bytes just as it does for a prepared answer. No ETag, so no 304.
std::shared_ptr<const Representation> flatten_answer(Response response);

// Prepares a 200 answer to a GET: adds the strong ETag, Cache-Control (unless
// the router set one) and, for text, Vary: Accept-Encoding and a gzip twin.
std::shared_ptr<const PreparedAnswer> prepare_answer(Response response);

}  // namespace cradle::web
