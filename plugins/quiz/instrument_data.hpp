// An Instrument as Item::data: the JSON the catalog keeps and hands back to
// respond(), so scoring needs nothing but the item.
//
//   {"format": 1, "file", "slug", "title", "summary",
//    "instructions" | "notice" | "thresholds_source": {"text", "line"},
//    "min", "max", "labels": {"1": "Strongly disagree", ...},
//    "scales": [{"id", "title", "description", "scoring": "mean|sum", "max_missing"}],
//    "items": [{"id", "text", "scale", "reverse"}],
//    "rules": [{"id", "title", "when": [{"scale", "below"?, "at_least"?}],
//               "body": {"text", "line"}}],
//    "plot"?: {"x", "y", "x_label", "y_label"}}
#pragma once

#include <string>
#include <string_view>

#include "cradle/result.hpp"
#include "instrument.hpp"

namespace cradle::quiz {

// Bumped when the shape above changes; older data is refused, not misread.
inline constexpr int kDataFormat = 1;

std::string to_data(const Instrument& instrument);

// The inverse of to_data; an Error says what is malformed.
Result<Instrument> from_data(std::string_view data);

}  // namespace cradle::quiz
