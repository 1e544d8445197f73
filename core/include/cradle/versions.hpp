// Pack versions (semver.org 2.0) compared, and checked against the version
// ranges a pack's `requires:` names. Pure functions, safe from any thread.
#pragma once

#include <optional>
#include <string_view>

#include "cradle/export.hpp"

namespace cradle {

// <0 when a is older than b, 0 when they are the same version (build
// metadata ignored), >0 when newer. Nothing when either is not a semantic
// version.
CRADLE_API std::optional<int> compare_versions(std::string_view a, std::string_view b);

// A range is one or more sets joined by "||"; a set is comparators separated
// by spaces, all of which must hold: ">=1.2.0", ">1.2.0", "<2.0.0",
// "<=2.0.0", "=1.2.0" or "1.2.0", "^1.2.0" (same major: >=1.2.0 <2.0.0;
// under 1.0.0 the same minor), "~1.2.0" (same minor), "*" (any). A version
// may leave out its minor or patch ("^1", ">=1.2"), which count as 0.
CRADLE_API bool is_version_range(std::string_view range);

// Whether `version` lies in `range`. False when either cannot be read.
CRADLE_API bool version_satisfies(std::string_view version, std::string_view range);

}  // namespace cradle
