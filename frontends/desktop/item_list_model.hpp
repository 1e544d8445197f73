// ItemListModel: the items of one pack as its page lists them. A FAQ keeps
// its order; a blog is newest first and can be narrowed to one tag.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>
#include <QStringList>
#include <memory>

#include "cradle/library.hpp"

namespace cradle::desktop {

class DocumentModel;

class ItemListModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("made by the Viewer")
  Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
  Q_PROPERTY(QString tag READ tag WRITE setTag NOTIFY tagChanged)
  Q_PROPERTY(QStringList tags READ tags NOTIFY countChanged)

 public:
  enum Role { SlugRole = Qt::UserRole + 1, TitleRole, SummaryRole, DateRole, TagsRole, MetaRole };

  explicit ItemListModel(QObject* parent = nullptr);

  // Shows `pack_id`'s items from `library` (none when it is not installed).
  void reset(std::shared_ptr<const Library> library, const std::string& pack_id);

  QString tag() const { return tag_; }
  void setTag(const QString& tag);
  // Every tag used in the pack, sorted, for the filter.
  QStringList tags() const { return all_tags_; }

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  // A new model of one item's body (a FAQ answer shown in place); the caller
  // (QML) owns it.
  Q_INVOKABLE cradle::desktop::DocumentModel* body(const QString& slug) const;
  // The slugs shown, in order, for tests.
  Q_INVOKABLE QStringList slugs() const;

 signals:
  void countChanged();
  void tagChanged();

 private:
  void rebuild();

  std::shared_ptr<const Library> library_;
  const Pack* pack_ = nullptr;
  QString tag_;
  QStringList all_tags_;
  std::vector<const Item*> rows_;
};

// An item's line under its title: "5 March 2024 · Name · 4 min read".
QString item_meta(const Item& item);
// An item's tags (empty when it has none).
QStringList item_tags(const Item& item);

}  // namespace cradle::desktop
