#include "pack_list_model.hpp"

namespace cradle::desktop {

QString pack_kind(const Pack& pack) {
  if (pack.items.empty()) return "mixed";
  const std::string& first = pack.items.front().type;
  for (const auto& item : pack.items)
    if (item.type != first) return "mixed";
  return QString::fromStdString(first);
}

namespace {
QString kind_label(const QString& kind, int count) {
  if (kind == "faq") return count == 1 ? "1 question" : QString::number(count) + " questions";
  if (kind == "blog") return count == 1 ? "1 post" : QString::number(count) + " posts";
  if (kind == "quiz") return count == 1 ? "A quiz" : QString::number(count) + " quizzes";
  return count == 1 ? "1 page" : QString::number(count) + " pages";
}
}  // namespace

PackListModel::PackListModel(QObject* parent) : QAbstractListModel(parent) {}

void PackListModel::reset(const Library& library) {
  beginResetModel();
  rows_.clear();
  for (const auto& p : library.packs())
    rows_.push_back({QString::fromStdString(p.id), QString::fromStdString(p.title), pack_kind(p),
                     QString::fromStdString(p.description), static_cast<int>(p.items.size())});
  endResetModel();
  emit countChanged();
}

int PackListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant PackListModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount()) return {};
  const Row& r = rows_[static_cast<std::size_t>(index.row())];
  switch (role) {
    case IdRole:
      return r.id;
    case TitleRole:
      return r.title;
    case KindRole:
      return r.kind;
    case KindLabelRole:
      return kind_label(r.kind, r.count);
    case CountRole:
      return r.count;
    case DescriptionRole:
      return r.description;
    default:
      return {};
  }
}

QHash<int, QByteArray> PackListModel::roleNames() const {
  return {{IdRole, "packId"},           {TitleRole, "title"},     {KindRole, "kind"},
          {KindLabelRole, "kindLabel"}, {CountRole, "itemCount"}, {DescriptionRole, "description"}};
}

QStringList PackListModel::ids() const {
  QStringList out;
  for (const auto& r : rows_) out << r.id;
  return out;
}

}  // namespace cradle::desktop
