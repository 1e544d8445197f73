#include "item_list_model.hpp"

#include <QQmlEngine>
#include <algorithm>

#include "document_model.hpp"
#include "pack_list_model.hpp"
#include "rich_text.hpp"

namespace cradle::desktop {
namespace {

template <class T>
const T* field(const Item& item, const char* key) {
  auto it = item.fields.find(key);
  return it == item.fields.end() ? nullptr : std::get_if<T>(&it->second);
}

std::string date_of(const Item& item) {
  auto* d = field<std::string>(item, "date");
  return d ? *d : std::string();
}

}  // namespace

QString item_meta(const Item& item) {
  QStringList parts;
  if (auto* date = field<std::string>(item, "date")) parts << readable_date(*date);
  if (auto* author = field<std::string>(item, "author")) parts << QString::fromStdString(*author);
  if (auto* m = field<std::int64_t>(item, "reading_minutes"))
    parts << QString::number(*m) + " min read";
  if (auto* q = field<std::int64_t>(item, "questions")) parts << QString::number(*q) + " questions";
  if (auto* m = field<std::int64_t>(item, "minutes"))
    parts << "about " + QString::number(*m) + " minutes";
  return parts.join(" · ");
}

QStringList item_tags(const Item& item) {
  QStringList out;
  if (auto* tags = field<std::vector<std::string>>(item, "tags"))
    for (const auto& t : *tags) out << QString::fromStdString(t);
  return out;
}

ItemListModel::ItemListModel(QObject* parent) : QAbstractListModel(parent) {}

void ItemListModel::reset(std::shared_ptr<const Library> library, const std::string& pack_id) {
  library_ = std::move(library);
  pack_ = library_ ? library_->find_pack(pack_id) : nullptr;
  all_tags_.clear();
  if (pack_) {
    for (const auto& item : pack_->items)
      for (const auto& t : item_tags(item))
        if (!all_tags_.contains(t)) all_tags_ << t;
    all_tags_.sort(Qt::CaseInsensitive);
  }
  if (!all_tags_.contains(tag_)) tag_.clear();
  rebuild();
  emit tagChanged();
}

void ItemListModel::setTag(const QString& tag) {
  if (tag == tag_) return;
  tag_ = tag;
  rebuild();
  emit tagChanged();
}

void ItemListModel::rebuild() {
  beginResetModel();
  rows_.clear();
  if (pack_) {
    for (const auto& item : pack_->items)
      if (tag_.isEmpty() || item_tags(item).contains(tag_)) rows_.push_back(&item);
    if (pack_kind(*pack_) == "blog")
      std::stable_sort(rows_.begin(), rows_.end(),
                       [](const Item* a, const Item* b) { return date_of(*a) > date_of(*b); });
  }
  endResetModel();
  emit countChanged();
}

int ItemListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant ItemListModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount()) return {};
  const Item& item = *rows_[static_cast<std::size_t>(index.row())];
  switch (role) {
    case SlugRole:
      return QString::fromStdString(item.slug);
    case TitleRole:
      return QString::fromStdString(item.title);
    case SummaryRole:
      return QString::fromStdString(item.summary);
    case DateRole:
      return readable_date(date_of(item));
    case TagsRole:
      return item_tags(item);
    case MetaRole:
      return item_meta(item);
    default:
      return {};
  }
}

QHash<int, QByteArray> ItemListModel::roleNames() const {
  return {{SlugRole, "slug"}, {TitleRole, "title"}, {SummaryRole, "summary"},
          {DateRole, "date"}, {TagsRole, "tags"},   {MetaRole, "meta"}};
}

DocumentModel* ItemListModel::body(const QString& slug) const {
  auto* model = new DocumentModel;
  QQmlEngine::setObjectOwnership(model, QQmlEngine::JavaScriptOwnership);
  if (pack_)
    if (const Item* item = library_->find_item(pack_->id, slug.toStdString()))
      model->reset(item->body);
  return model;
}

QStringList ItemListModel::slugs() const {
  QStringList out;
  for (const Item* i : rows_) out << QString::fromStdString(i->slug);
  return out;
}

}  // namespace cradle::desktop
