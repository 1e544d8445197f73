#include <charconv>

#include "server_context.hpp"

namespace cradle::web {

Result<void> apply_limit_args(const std::vector<std::string>& args, Limits& limits) {
  for (const auto& arg : args) {
    auto eq = arg.find('=');
    std::string name = arg.substr(0, eq);
    long long value = 0;
    const char* begin = arg.data() + (eq == std::string::npos ? arg.size() : eq + 1);
    const char* end = arg.data() + arg.size();
    auto [stop, ec] = std::from_chars(begin, end, value);
    bool number = eq != std::string::npos && ec == std::errc() && stop == end && value > 0;
    if (name == "read-timeout" && number && value <= 3600) {
      limits.read_timeout = std::chrono::seconds(value);
    } else if (name == "max-connections" && number && value <= 1'000'000) {
      limits.max_connections = static_cast<int>(value);
    } else {
      return Error{"the web frontend does not understand '" + arg +
                   "' (it takes read-timeout=SECONDS and max-connections=N)"};
    }
  }
  return {};
}

}  // namespace cradle::web
