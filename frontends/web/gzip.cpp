#include "gzip.hpp"

#include <zlib.h>

#include <boost/algorithm/string/predicate.hpp>
#include <charconv>

#include "header_list.hpp"

namespace cradle::web {
namespace {

// The q-value in one list element's parameters ("; q=0.5"), 1 when absent.
double q_value(std::string_view params) {
  double q = 1;
  while (!params.empty()) {
    auto semi = params.find(';');
    std::string_view param = trim_ows(params.substr(0, semi));
    if (param.size() > 2 && (param[0] == 'q' || param[0] == 'Q') && param[1] == '=') {
      auto [end, ec] = std::from_chars(param.data() + 2, param.data() + param.size(), q);
      return ec == std::errc() ? q : 0;
    }
    if (semi == std::string_view::npos) break;
    params.remove_prefix(semi + 1);
  }
  return q;
}

}  // namespace

std::optional<std::string> gzip_compress(std::string_view data) {
  z_stream z{};
  constexpr int kGzipWindow = 15 + 16;  // 32 KiB window, gzip wrapper
  if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, kGzipWindow, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    return std::nullopt;
  std::string out(deflateBound(&z, static_cast<uLong>(data.size())), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  int rc = deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  if (rc != Z_STREAM_END) return std::nullopt;
  return out;
}

bool accepts_gzip(std::string_view header) {
  bool gzip_listed = false, gzip_ok = false, star_ok = false;
  any_list_element(header, [&](std::string_view element) {
    auto semi = element.find(';');
    std::string_view coding = trim_ows(element.substr(0, semi));
    bool acceptable = semi == std::string_view::npos || q_value(element.substr(semi + 1)) > 0;
    if (boost::iequals(coding, "gzip") || boost::iequals(coding, "x-gzip")) {
      gzip_listed = true;
      gzip_ok = acceptable;
      return true;
    }
    if (coding == "*") star_ok = acceptable;
    return false;
  });
  return gzip_listed ? gzip_ok : star_ok;
}

}  // namespace cradle::web
