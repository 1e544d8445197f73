// SearchModel: results as the reader types, from the Library's full-text
// index (the same FTS5 search `cradle search` and the web use), each with
// its snippet's matched words in bold.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>
#include <memory>

#include "cradle/library.hpp"

namespace cradle::desktop {

class SearchModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("made by the Viewer")
  Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
  Q_PROPERTY(int count READ rowCount NOTIFY queryChanged)

 public:
  enum Role { LocationRole = Qt::UserRole + 1, PackTitleRole, TitleRole, SnippetRole };
  static constexpr std::size_t kLimit = 30;

  explicit SearchModel(QObject* parent = nullptr);

  // Searches `library` from now on, running the current query again.
  void reset(std::shared_ptr<const Library> library);
  QString query() const { return query_; }
  void setQuery(const QString& query);

  // The first result's location ("PACK/SLUG"), empty when there is none.
  Q_INVOKABLE QString first() const;

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

 signals:
  void queryChanged();

 private:
  void run();

  std::shared_ptr<const Library> library_;
  QString query_;
  std::vector<SearchHit> hits_;
};

}  // namespace cradle::desktop
