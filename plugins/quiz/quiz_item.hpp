// The Item a quiz becomes: the notice, the instructions and one form in its
// body, and the whole Instrument in its data for respond().
#pragma once

#include <cstddef>

#include "cradle/diagnostic.hpp"
#include "cradle/model.hpp"
#include "instrument.hpp"

namespace cradle::quiz {

struct MadeItem {
  Item item;
  Diagnostics diagnostics;  // from the Markdown: the body's and the results'
};

// Body: [callout "notice"] + the instructions + a form (questions in file
// order, options min..max with their labels). Fields: "questions" (count),
// "scales" (their titles), "minutes" (15 seconds a question, rounded up).
//
// Extras, shown only after answering: thresholds_source, the notice, then
// each rule's body in rule order, at the indexes below. The loader checks
// and resolves their links with the body's.
MadeItem make_item(const Instrument& instrument);

inline constexpr std::size_t kExtraThresholdsSource = 0;
inline constexpr std::size_t kExtraNotice = 1;
inline constexpr std::size_t kExtraFirstRule = 2;

}  // namespace cradle::quiz
