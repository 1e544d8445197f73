// Static assets compiled into the module (see CMakeLists.txt).
#pragma once

#include <string_view>

namespace cradle::web {
extern const std::string_view kCss;
}
