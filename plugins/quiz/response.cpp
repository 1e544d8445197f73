#include "response.hpp"

#include "quiz_item.hpp"
#include "scoring.hpp"

namespace cradle::quiz {
namespace {

void add_callout(std::string tone, Document children, Document& out) {
  if (children.empty()) return;
  Block b;
  b.kind = Block::Kind::callout;
  b.info = std::move(tone);
  b.children = std::move(children);
  out.push_back(std::move(b));
}

}  // namespace

FormResponse respond(const Instrument& q, const Answers& answers,
                     const std::vector<Document>& extras) {
  Scores scores = score(q, answers);
  if (!scores.problems.empty()) return {{}, std::move(scores.problems)};

  const Document* rule_text =
      scores.rule
          ? &extras.at(kExtraFirstRule + static_cast<std::size_t>(scores.rule - q.rules.data()))
          : nullptr;
  Document doc;
  doc.reserve(4 + (rule_text ? rule_text->size() : 0));  // copied once, not regrown
  Block outcome;
  outcome.kind = Block::Kind::outcome;
  outcome.outcome = std::move(scores.outcome);
  doc.push_back(std::move(outcome));
  if (scores.rule) {
    Block heading;
    heading.kind = Block::Kind::heading;
    heading.level = 2;
    heading.spans.push_back({Span::Kind::text, scores.rule->title, {}, {}, 0});
    doc.push_back(std::move(heading));
    doc.insert(doc.end(), rule_text->begin(), rule_text->end());
  }
  add_callout("source", extras.at(kExtraThresholdsSource), doc);
  add_callout("notice", extras.at(kExtraNotice), doc);
  return {std::move(doc), {}};
}

}  // namespace cradle::quiz
