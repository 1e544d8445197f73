#include "quiz_item.hpp"

#include "cradle/markdown.hpp"
#include "instrument_data.hpp"

namespace cradle::quiz {
namespace {

constexpr std::int64_t kSecondsPerQuestion = 15;

Document markdown(const Instrument& q, const Markdown& m, Diagnostics& diags) {
  if (m.text.empty()) return {};
  return markdown_to_document({m.text, q.file, m.line}, diags);
}

Block form_block(const Instrument& q) {
  Form form;
  for (const auto& question : q.questions) form.questions.push_back({question.id, question.text});
  for (int v = q.min; v <= q.max; ++v) {
    auto it = q.labels.find(v);
    form.options.push_back({v, it == q.labels.end() ? std::string() : it->second});
  }
  Block b;
  b.kind = Block::Kind::form;
  b.form = std::move(form);
  return b;
}

}  // namespace

MadeItem make_item(const Instrument& q) {
  MadeItem out;
  Item& item = out.item;
  Diagnostics& diags = out.diagnostics;
  item.slug = q.slug;
  item.title = q.title;
  item.summary = q.summary;
  item.source = q.file;

  Document notice = markdown(q, q.notice, diags);
  if (!notice.empty()) {
    Block callout;
    callout.kind = Block::Kind::callout;
    callout.info = "notice";
    callout.children = notice;
    item.body.push_back(std::move(callout));
  }
  for (auto& b : markdown(q, q.instructions, diags)) item.body.push_back(std::move(b));
  item.body.push_back(form_block(q));

  // Shown only after answering; as extras, the loader checks and resolves
  // their links with the body's. The order is the one kExtra* names.
  item.extras.resize(kExtraFirstRule);
  item.extras[kExtraThresholdsSource] = markdown(q, q.thresholds_source, diags);
  item.extras[kExtraNotice] = std::move(notice);
  for (const auto& rule : q.rules) item.extras.push_back(markdown(q, rule.body, diags));

  auto questions = static_cast<std::int64_t>(q.questions.size());
  std::vector<std::string> scales;
  for (const auto& s : q.scales) scales.push_back(s.title);
  item.fields["questions"] = questions;
  item.fields["scales"] = std::move(scales);
  item.fields["minutes"] = (questions * kSecondsPerQuestion + 59) / 60;
  item.data = to_data(q);
  return out;
}

}  // namespace cradle::quiz
