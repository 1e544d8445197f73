// Semantic versions (semver.org 2.0): enough to validate and order pack
// versions. Internal to core.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cradle {

struct SemVer {
  unsigned long major = 0, minor = 0, patch = 0;
  std::string prerelease;  // without the '-'; build metadata is dropped
};

// Parses "MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]"; nothing if malformed.
std::optional<SemVer> parse_semver(std::string_view text);

}  // namespace cradle
