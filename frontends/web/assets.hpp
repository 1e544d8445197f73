// Static assets compiled into the module (see CMakeLists.txt).
#pragma once

#include <string_view>

#include <string>

namespace cradle::web {
extern const std::string_view kCss;
// The API's OpenAPI 3 description, served at /api/v1/openapi.json.
extern const std::string_view kOpenApi;

// The stylesheet's URL, fingerprinted with a hash of its bytes so it can be
// cached for ever: "/assets/cradle-0123456789ab.css". Needs libsodium
// initialised (the frontend does so before serving).
const std::string& css_url();
}  // namespace cradle::web
