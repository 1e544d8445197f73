#include "search_model.hpp"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

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
  emit queryChanged();
  run();
}

void SearchModel::run() {
  QString q = query_.trimmed();
  ++ticket_;  // whatever is running now answers an older question
  if (!library_ || q.isEmpty()) {
    bool was_searching = searching();
    rerun_ = false;
    open_first_ = false;
    show(nullptr, {});
    if (was_searching != searching()) emit searchingChanged();
    return;
  }
  if (running_) {
    rerun_ = true;
    return;
  }
  start(q);
}

void SearchModel::start(const QString& query) {
  running_ = true;
  emit searchingChanged();
  auto* watcher = new QFutureWatcher<std::vector<SearchHit>>(this);
  auto library = library_;
  connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, library, t = ticket_] {
    watcher->deleteLater();
    finished(t, library, watcher->result());
  });
  watcher->setFuture(QtConcurrent::run([library, text = query.toStdString()] {
    try {
      return library->search(text, kLimit);
    } catch (const std::exception&) {
      return std::vector<SearchHit>{};  // shown as "nothing found"; the GUI goes on
    }
  }));
}

void SearchModel::finished(quint64 ticket, std::shared_ptr<const Library> library,
                           std::vector<SearchHit> hits) {
  running_ = false;
  if (ticket == ticket_) {
    show(std::move(library), std::move(hits));
    if (open_first_) {
      open_first_ = false;
      if (!hits_.empty()) emit firstFound(first());
    }
  } else if (rerun_) {
    rerun_ = false;
    QString q = query_.trimmed();
    if (library_ && !q.isEmpty()) return start(q);  // still searching: no signal
  }
  emit searchingChanged();
}

void SearchModel::show(std::shared_ptr<const Library> library, std::vector<SearchHit> hits) {
  if (hits_.empty() && hits.empty()) return;
  beginResetModel();
  hits_ = std::move(hits);
  shown_library_ = std::move(library);
  endResetModel();
  emit resultsChanged();
}

QString SearchModel::first() const {
  if (hits_.empty()) return {};
  return QString::fromStdString(hits_.front().pack->id + "/" + hits_.front().item->slug);
}

void SearchModel::openFirst() {
  if (searching()) {
    open_first_ = true;
  } else if (!hits_.empty()) {
    emit firstFound(first());
  }
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
