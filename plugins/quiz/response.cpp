#include "response.hpp"

#include "quiz_item.hpp"
#include "scoring.hpp"

namespace cradle::quiz {
namespace {

// Names extras[index] as shown in a callout of `tone`, when it has anything
// to show.
void add_callout(std::size_t index, const char* tone, const std::vector<Document>& extras,
                 FormResponse& out) {
  if (!extras.at(index).empty()) out.extras.push_back({index, tone});
}

}  // namespace

FormResponse respond(const Instrument& q, const Answers& answers,
                     const std::vector<Document>& extras) {
  Scores scores = score(q, answers);
  if (!scores.problems.empty()) return problems_only(std::move(scores.problems));

  FormResponse r;
  Block outcome;
  outcome.kind = Block::Kind::outcome;
  outcome.outcome = std::move(scores.outcome);
  r.document.push_back(std::move(outcome));
  if (scores.rule) {
    Block heading;
    heading.kind = Block::Kind::heading;
    heading.level = 2;
    heading.spans.push_back({Span::Kind::text, scores.rule->title, {}, {}, 0});
    r.document.push_back(std::move(heading));
    // The result's text is stored with the item; the response names it.
    std::size_t rule = static_cast<std::size_t>(scores.rule - q.rules.data());
    r.extras.push_back({kExtraFirstRule + rule, {}});
  }
  add_callout(kExtraThresholdsSource, "source", extras, r);
  add_callout(kExtraNotice, "notice", extras, r);
  return r;
}

}  // namespace cradle::quiz
