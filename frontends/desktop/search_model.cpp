#include "search_model.hpp"

#include "rich_text.hpp"

namespace cradle::desktop {

SearchModel::SearchModel(QObject* parent) : QAbstractListModel(parent) {}

void SearchModel::reset(std::shared_ptr<const Library> library) {
  library_ = std::move(library);
  run();
}

void SearchModel::setQuery(const QString& query) {
  if (query == query_) return;
  query_ = query;
  run();
}

void SearchModel::run() {
  beginResetModel();
  hits_.clear();
  QString q = query_.trimmed();
  if (library_ && !q.isEmpty()) hits_ = library_->search(q.toStdString(), kLimit);
  endResetModel();
  emit queryChanged();
}

QString SearchModel::first() const {
  if (hits_.empty()) return {};
  return QString::fromStdString(hits_.front().pack->id + "/" + hits_.front().item->slug);
}

int SearchModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(hits_.size());
}

QVariant SearchModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount()) return {};
  const SearchHit& h = hits_[static_cast<std::size_t>(index.row())];
  switch (role) {
    case LocationRole:
      return QString::fromStdString(h.pack->id + "/" + h.item->slug);
    case PackTitleRole:
      return QString::fromStdString(h.pack->title);
    case TitleRole:
      return QString::fromStdString(h.item->title);
    case SnippetRole:
      return snippet_html(h.snippet);
    default:
      return {};
  }
}

QHash<int, QByteArray> SearchModel::roleNames() const {
  return {{LocationRole, "location"},
          {PackTitleRole, "packTitle"},
          {TitleRole, "title"},
          {SnippetRole, "snippet"}};
}

}  // namespace cradle::desktop
