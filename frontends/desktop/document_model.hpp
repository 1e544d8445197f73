// DocumentModel: one Document (an item's body, a quiz result) as a flat list
// of rows that QML draws one component per kind. Nesting (list items,
// quotes, callouts) becomes each row's depth and box, so a ListView draws a
// long post without nested views.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>
#include <QVariantList>
#include <QVariantMap>

#include "cradle/model.hpp"

namespace cradle::desktop {

class DocumentModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("made by the Viewer")
  Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

 public:
  // kind: heading, paragraph, code, image, rule, form, outcome.
  // html: heading/paragraph rich text; text: code, or an image's description.
  // marker: "•" or "3." for the first block of a list item.
  // depth: list nesting; box: "" or "quote" or a callout's tone ("notice"),
  // with boxFirst/boxLast on the box's first and last rows.
  // questions: a form's question count; scales/plane: an outcome's scores
  // and two-dimension picture ({x, y, xLabel, yLabel} as 0..1 fractions).
  enum Role {
    KindRole = Qt::UserRole + 1,
    HtmlRole,
    TextRole,
    LevelRole,
    MarkerRole,
    DepthRole,
    BoxRole,
    BoxFirstRole,
    BoxLastRole,
    QuestionsRole,
    ScalesRole,
    PlaneRole,
  };

  explicit DocumentModel(QObject* parent = nullptr);

  void reset(const Document& document);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  // Kind of each row, for tests: "heading paragraph paragraph form ...".
  Q_INVOKABLE QString kinds() const;

 signals:
  void countChanged();

 public:
  struct Row {
    QString kind, html, text, marker, box;
    int level = 0, depth = 0, questions = 0;
    bool box_first = false, box_last = false;
    QVariantList scales;
    QVariantMap plane;
  };

 private:
  std::vector<Row> rows_;
};

// Flattens `document` into rows (exposed for the model tests).
std::vector<DocumentModel::Row> flatten(const Document& document);

}  // namespace cradle::desktop
