// A blocking HTTP/1.1 client over a real loopback socket (Beast), for tests.
#pragma once

#include <boost/beast/http.hpp>
#include <string>

namespace cradle::test {

namespace http = boost::beast::http;
using Response = http::response<http::string_body>;

// Sends one request on a new connection and reads the response.
Response http_request(unsigned short port, http::verb method, const std::string& target,
                      const std::string& body = {},
                      const std::vector<std::pair<std::string, std::string>>& headers = {});

inline Response http_get(unsigned short port, const std::string& target) {
  return http_request(port, http::verb::get, target);
}

}  // namespace cradle::test
