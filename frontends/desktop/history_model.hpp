// HistoryModel: the quiz results the reader kept on this computer, newest
// first, read through FrontendHost::kept_results(); deleting goes through
// the host too, so the file is the only truth.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>

#include "cradle/plugin_api.hpp"

namespace cradle::desktop {

class HistoryModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("made by the Viewer")
  Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
  Q_PROPERTY(QString error READ error NOTIFY countChanged)

 public:
  enum Role { IdRole = Qt::UserRole + 1, TitleRole, ResultTitleRole, TakenRole };

  HistoryModel(FrontendHost* host, QObject* parent = nullptr);

  // Reads the kept results again.
  Q_INVOKABLE void reload();
  Q_INVOKABLE bool forget(qint64 id);
  Q_INVOKABLE bool forgetAll();
  QString error() const { return error_; }
  const KeptResult* find(qint64 id) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

 signals:
  void countChanged();

 private:
  bool done(const Result<void>& r);

  FrontendHost* host_;
  std::vector<KeptResult> rows_;
  QString error_;
};

}  // namespace cradle::desktop
