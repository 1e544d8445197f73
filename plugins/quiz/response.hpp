// What a reader sees after answering: the scores, the matching result in
// full, where its thresholds come from, and the notice again.
#pragma once

#include <vector>

#include "cradle/plugin_api.hpp"
#include "instrument.hpp"

namespace cradle::quiz {

// Problems (see scoring.hpp) give FormResponse{{}, problems}. Otherwise the
// Document is: an outcome block, the result's title as a level-2 heading and
// its body (both only when a rule matched), a callout "source" with
// thresholds_source, and a callout "notice" with the notice (each when
// given), taken from `extras` (the item's, laid out as quiz_item.hpp says,
// links already resolved at install). Pure.
FormResponse respond(const Instrument& instrument, const Answers& answers,
                     const std::vector<Document>& extras);

}  // namespace cradle::quiz
