#include "assets.hpp"

#include "caching.hpp"

namespace cradle::web {

const std::string& css_url() {
  static const std::string url = [] {
    std::string tag = strong_etag(kCss);  // "\"<32 hex>\""
    return "/assets/cradle-" + tag.substr(1, 12) + ".css";
  }();
  return url;
}

}  // namespace cradle::web
