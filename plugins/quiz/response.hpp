// What a reader sees after answering: the scores, the matching result in
// full, where its thresholds come from, and the notice again.
#pragma once

#include <vector>

#include "cradle/plugin_api.hpp"
#include "instrument.hpp"

namespace cradle::quiz {

// Problems (see scoring.hpp) give problems_only(problems). Otherwise the
// document is an outcome block and, when a rule matched, the result's title
// as a level-2 heading; the response's extras name, from `extras` (the
// item's, laid out as quiz_item.hpp says, links already resolved at
// install), the result's body, then thresholds_source in a "source" callout
// and the notice in a "notice" callout (each when not empty). Pure.
FormResponse respond(const Instrument& instrument, const Answers& answers,
                     const std::vector<Document>& extras);

}  // namespace cradle::quiz
