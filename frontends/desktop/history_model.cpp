#include "history_model.hpp"

#include "rich_text.hpp"

namespace cradle::desktop {

HistoryModel::HistoryModel(FrontendHost* host, QObject* parent)
    : QAbstractListModel(parent), host_(host) {}

void HistoryModel::reload() {
  beginResetModel();
  auto list = host_->kept_results();
  if (list) {
    rows_ = std::move(list.value());
    error_.clear();
  } else {
    rows_.clear();
    error_ = QString::fromStdString(list.error().message);
  }
  endResetModel();
  emit countChanged();
}

bool HistoryModel::done(const Result<void>& r) {
  reload();
  if (!r) {
    error_ = QString::fromStdString(r.error().message);
    emit countChanged();
  }
  return r.ok();
}

bool HistoryModel::forget(qint64 id) { return done(host_->forget_result(id)); }
bool HistoryModel::forgetAll() { return done(host_->forget_all_results()); }

const KeptResult* HistoryModel::find(qint64 id) const {
  for (const auto& k : rows_)
    if (k.id == id) return &k;
  return nullptr;
}

int HistoryModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount()) return {};
  const KeptResult& k = rows_[static_cast<std::size_t>(index.row())];
  switch (role) {
    case IdRole:
      return QVariant::fromValue<qint64>(k.id);
    case TitleRole:
      return QString::fromStdString(k.title);
    case ResultTitleRole:
      return QString::fromStdString(k.result_title);
    case TakenRole:
      return readable_date(k.taken_at);
    default:
      return {};
  }
}

QHash<int, QByteArray> HistoryModel::roleNames() const {
  return {{IdRole, "keptId"},
          {TitleRole, "title"},
          {ResultTitleRole, "resultTitle"},
          {TakenRole, "taken"}};
}

}  // namespace cradle::desktop
