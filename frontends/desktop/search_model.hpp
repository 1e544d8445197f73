// SearchModel: results as the reader types, from the Library's full-text
// index (the same FTS5 search `cradle search` and the web use), each with
// its snippet's matched words in bold.
//
// Searches run on Qt's thread pool, never on the GUI thread, so typing and
// drawing go on while a large library is searched (a Library snapshot may be
// read from any thread). One search runs at a time: keys typed meanwhile
// coalesce into one search of the newest query when it ends, and results for
// a query the reader has since changed are dropped. The results shown stay
// until the next ones arrive. All members are called on the GUI thread.
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
  Q_PROPERTY(int count READ rowCount NOTIFY resultsChanged)
  // True from a change of query until its results are shown.
  Q_PROPERTY(bool searching READ searching NOTIFY searchingChanged)

 public:
  enum Role { LocationRole = Qt::UserRole + 1, PackTitleRole, TitleRole, SnippetRole };
  static constexpr std::size_t kLimit = 30;

  explicit SearchModel(QObject* parent = nullptr);

  // Searches `library` from now on, running the current query again.
  void reset(std::shared_ptr<const Library> library);
  QString query() const { return query_; }
  void setQuery(const QString& query);
  bool searching() const { return running_ || rerun_; }

  // The first result's location ("PACK/SLUG") of the results shown, empty
  // when there is none.
  Q_INVOKABLE QString first() const;
  // Emits firstFound with the current query's first result: at once when its
  // results are shown, else when they arrive (not at all when there is none).
  Q_INVOKABLE void openFirst();

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

 signals:
  void queryChanged();
  void resultsChanged();
  void searchingChanged();
  void firstFound(const QString& location);

 private:
  void run();
  void start(const QString& query);
  void finished(quint64 ticket, std::shared_ptr<const Library> library,
                std::vector<SearchHit> hits);
  void show(std::shared_ptr<const Library> library, std::vector<SearchHit> hits);

  std::shared_ptr<const Library> library_;
  QString query_;
  quint64 ticket_ = 0;  // the newest search's number; results of older ones are dropped
  bool running_ = false;
  bool rerun_ = false;                            // the query or library changed while a search ran
  bool open_first_ = false;                       // openFirst() waits for the running search
  std::shared_ptr<const Library> shown_library_;  // holds what hits_ point into
  std::vector<SearchHit> hits_;
};

}  // namespace cradle::desktop
