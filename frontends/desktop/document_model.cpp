#include "document_model.hpp"

#include "rich_text.hpp"

namespace cradle::desktop {
namespace {

struct Place {
  int depth = 0;
  QString box;
};

double fraction(const ScaleScore& s) {
  return s.max > s.min ? (s.score - s.min) / (s.max - s.min) : 0.5;
}

void outcome_row(const Outcome& o, DocumentModel::Row& row) {
  const ScaleScore* x = nullptr;
  const ScaleScore* y = nullptr;
  for (const auto& s : o.scales) {
    row.scales.append(QVariantMap{{"title", QString::fromStdString(s.title)},
                                  {"scored", s.scored},
                                  {"score", s.score},
                                  {"min", s.min},
                                  {"max", s.max},
                                  {"fraction", fraction(s)},
                                  {"answered", s.answered},
                                  {"total", s.total}});
    if (s.id == o.x_scale && s.scored) x = &s;
    if (s.id == o.y_scale && s.scored) y = &s;
  }
  row.text = QString::fromStdString(o.result_title);
  if (x && y) {
    auto label = [](const std::string& l, const ScaleScore& s) {
      return QString::fromStdString(l.empty() ? s.title : l);
    };
    row.plane = {{"x", fraction(*x)},
                 {"y", fraction(*y)},
                 {"xLabel", label(o.x_label, *x)},
                 {"yLabel", label(o.y_label, *y)}};
  }
}

void add(const Document& document, const Place& place, std::vector<DocumentModel::Row>& rows,
         QString marker = {});

void add_block(const Block& b, const Place& place, std::vector<DocumentModel::Row>& rows,
               QString& marker) {
  auto row = [&](const char* kind) -> DocumentModel::Row& {
    rows.push_back({});
    auto& r = rows.back();
    r.kind = kind;
    r.depth = place.depth;
    r.box = place.box;
    r.marker = marker;
    marker.clear();  // only the first block of a list item carries it
    return r;
  };
  switch (b.kind) {
    case Block::Kind::heading: {
      auto& r = row("heading");
      r.html = spans_html(b.spans);
      r.text = spans_text(b.spans);
      r.level = b.level;
      break;
    }
    case Block::Kind::paragraph:
      row("paragraph").html = spans_html(b.spans);
      break;
    case Block::Kind::code:
      row("code").text = QString::fromStdString(b.text);
      break;
    case Block::Kind::image:
      row("image").text = QString::fromStdString(b.text);
      break;
    case Block::Kind::rule:
      row("rule");
      break;
    case Block::Kind::form:
      row("form").questions = b.form ? static_cast<int>(b.form->questions.size()) : 0;
      break;
    case Block::Kind::outcome:
      if (b.outcome) outcome_row(*b.outcome, row("outcome"));
      break;
    case Block::Kind::list: {
      int n = b.start;
      for (const auto& item : b.items) {
        QString m = b.ordered ? QString::number(n++) + "." : QStringLiteral("•");
        add(item, {place.depth + 1, place.box}, rows, m);
      }
      break;
    }
    case Block::Kind::quote:
    case Block::Kind::callout: {
      std::size_t first = rows.size();
      QString box = b.kind == Block::Kind::quote
                        ? QStringLiteral("quote")
                        : QString::fromStdString(b.info.empty() ? "note" : b.info);
      add(b.children, {place.depth, box}, rows, marker);
      marker.clear();
      if (rows.size() > first) {
        rows[first].box_first = true;
        rows.back().box_last = true;
      }
      break;
    }
  }
}

void add(const Document& document, const Place& place, std::vector<DocumentModel::Row>& rows,
         QString marker) {
  for (const auto& b : document) add_block(b, place, rows, marker);
}

}  // namespace

std::vector<DocumentModel::Row> flatten(const Document& document) {
  std::vector<DocumentModel::Row> rows;
  add(document, {}, rows);
  return rows;
}

DocumentModel::DocumentModel(QObject* parent) : QAbstractListModel(parent) {}

void DocumentModel::reset(const Document& document) {
  beginResetModel();
  rows_ = flatten(document);
  endResetModel();
  emit countChanged();
}

int DocumentModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant DocumentModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount()) return {};
  const Row& r = rows_[static_cast<std::size_t>(index.row())];
  switch (role) {
    case KindRole:
      return r.kind;
    case HtmlRole:
      return r.html;
    case TextRole:
      return r.text;
    case LevelRole:
      return r.level;
    case MarkerRole:
      return r.marker;
    case DepthRole:
      return r.depth;
    case BoxRole:
      return r.box;
    case BoxFirstRole:
      return r.box_first;
    case BoxLastRole:
      return r.box_last;
    case QuestionsRole:
      return r.questions;
    case ScalesRole:
      return r.scales;
    case PlaneRole:
      return r.plane;
    default:
      return {};
  }
}

QHash<int, QByteArray> DocumentModel::roleNames() const {
  return {{KindRole, "kind"},       {HtmlRole, "html"},
          {TextRole, "text"},       {LevelRole, "level"},
          {MarkerRole, "marker"},   {DepthRole, "depth"},
          {BoxRole, "box"},         {BoxFirstRole, "boxFirst"},
          {BoxLastRole, "boxLast"}, {QuestionsRole, "questions"},
          {ScalesRole, "scales"},   {PlaneRole, "plane"}};
}

QString DocumentModel::kinds() const {
  QStringList out;
  for (const auto& r : rows_) out << r.kind;
  return out.join(' ');
}

}  // namespace cradle::desktop
