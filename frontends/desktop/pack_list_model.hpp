// PackListModel: the installed packs of one Library snapshot, in its order
// (by title), for the sidebar: id, title, kind and item count.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>

#include "cradle/library.hpp"

namespace cradle::desktop {

// "faq", "blog" or "quiz" when every item has that type; "mixed" otherwise.
QString pack_kind(const Pack& pack);

class PackListModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("made by the Viewer")
  Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

 public:
  enum Role {
    IdRole = Qt::UserRole + 1,
    TitleRole,
    KindRole,
    KindLabelRole,
    CountRole,
    DescriptionRole
  };

  explicit PackListModel(QObject* parent = nullptr);
  void reset(const Library& library);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  // The pack ids in order, for tests.
  Q_INVOKABLE QStringList ids() const;

 signals:
  void countChanged();

 private:
  struct Row {
    QString id, title, kind, description;
    int count = 0;
  };
  std::vector<Row> rows_;
};

}  // namespace cradle::desktop
