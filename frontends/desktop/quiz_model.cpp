#include "quiz_model.hpp"

#include "document_model.hpp"

namespace cradle::desktop {
namespace {

const Form* form_of(const Item& item) {
  for (const auto& b : item.body)
    if (b.kind == Block::Kind::form && b.form && !b.form->questions.empty()) return &*b.form;
  return nullptr;
}

}  // namespace

QuizModel::QuizModel(FrontendHost* host, QObject* parent)
    : QObject(parent), host_(host), result_(new DocumentModel(this)) {}

bool QuizModel::begin(std::shared_ptr<const Library> library, const Item& item) {
  const Form* form = form_of(item);
  if (!form) return false;
  library_ = std::move(library);
  item_ = &item;
  form_ = form;
  index_ = 0;
  answers_.clear();
  finished_ = false;
  result_title_.clear();
  error_.clear();
  kept_id_ = 0;
  result_->reset({});
  return true;
}

bool QuizModel::start(std::shared_ptr<const Library> library, const Item& item) {
  bool ok = begin(std::move(library), item);
  emit changed();
  return ok;
}

bool QuizModel::show(std::shared_ptr<const Library> library, const Item& item,
                     const std::map<std::string, int>& answers) {
  if (!begin(std::move(library), item)) return false;
  answers_ = answers;
  score();
  emit changed();
  return finished_;
}

void QuizModel::stop() {
  item_ = nullptr;
  form_ = nullptr;
  library_.reset();
  emit changed();
}

QString QuizModel::title() const {
  return item_ ? QString::fromStdString(item_->title) : QString();
}
int QuizModel::count() const { return form_ ? static_cast<int>(form_->questions.size()) : 0; }

QString QuizModel::question() const {
  if (!form_ || index_ >= count()) return {};
  return QString::fromStdString(form_->questions[static_cast<std::size_t>(index_)].text);
}

QVariantList QuizModel::options() const {
  QVariantList out;
  if (form_)
    for (const auto& o : form_->options)
      out.append(QVariantMap{{"value", o.value}, {"label", QString::fromStdString(o.label)}});
  return out;
}

int QuizModel::selected() const {
  if (!form_ || index_ >= count()) return -1;
  auto it = answers_.find(form_->questions[static_cast<std::size_t>(index_)].id);
  return it == answers_.end() ? -1 : it->second;
}

void QuizModel::choose(int value) {
  if (!form_ || finished_) return;
  for (const auto& o : form_->options) {
    if (o.value == value) {
      answers_[form_->questions[static_cast<std::size_t>(index_)].id] = value;
      emit changed();
      return;
    }
  }
}

void QuizModel::chooseNumber(int number) {
  if (form_ && number >= 1 && number <= static_cast<int>(form_->options.size()))
    choose(form_->options[static_cast<std::size_t>(number - 1)].value);
}

void QuizModel::next() {
  if (!form_ || finished_ || !answered()) return;
  if (index_ + 1 < count()) {
    ++index_;
  } else {
    score();
  }
  emit changed();
}

void QuizModel::back() {
  if (!form_ || index_ == 0) return;
  if (finished_) {
    finished_ = false;  // back from the result: change the last answer
  } else {
    --index_;
  }
  emit changed();
}

void QuizModel::score() {
  FormResponse r = host_->respond(*item_, answers_);
  if (!r.problems.empty()) {
    error_ = QString::fromStdString(r.problems.front().message);
    return;
  }
  error_.clear();
  result_title_.clear();
  for (const auto& b : r.document)
    if (b.kind == Block::Kind::outcome && b.outcome)
      result_title_ = QString::fromStdString(b.outcome->result_title);
  result_->reset(shown_document(*item_, r));
  finished_ = true;
}

bool QuizModel::keep() {
  if (!finished_ || !item_) return false;
  if (kept_id_ != 0) return true;
  KeptResult k;
  k.pack = item_->pack;
  k.slug = item_->slug;
  k.title = item_->title;
  k.result_title = result_title_.toStdString();
  k.answers = answers_;
  auto id = host_->keep_result(k);
  if (!id) {
    error_ = QString::fromStdString(id.error().message);
    emit changed();
    return false;
  }
  kept_id_ = id.value();
  emit changed();
  return true;
}

}  // namespace cradle::desktop
