// Viewer: the one object QML talks to (the `Viewer` singleton). It holds the
// current Library snapshot, the models drawn from it and where the reader
// is; QML only draws what it exposes and calls its methods.
//
// Live packs: a timer asks the host for library() and, when the snapshot
// pointer changed (a pack installed or removed, here or by `cradle
// install`), resets every model and shows the current page again.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QSize>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <memory>

#include "cradle/plugin_api.hpp"
#include "navigation.hpp"

class QQmlEngine;
class QJSEngine;

namespace cradle::desktop {

class DocumentModel;
class HistoryModel;
class ItemListModel;
class PackListModel;
class QuizModel;
class SearchModel;

// How this run was started (cradle view's options).
struct ViewerConfig {
  FrontendHost* host = nullptr;
  bool persist = true;  // keep settings (text size, window, last page); off for screenshots
  QString theme;        // "light" / "dark" forces it; empty: the saved choice
  QString open;         // the first page; empty: the last page read
  int poll_ms = 250;    // how often the host's snapshot is checked
};

class Viewer : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_SINGLETON

  Q_PROPERTY(cradle::desktop::PackListModel* packs READ packs CONSTANT)
  Q_PROPERTY(cradle::desktop::ItemListModel* items READ items CONSTANT)
  Q_PROPERTY(cradle::desktop::DocumentModel* page READ page CONSTANT)
  Q_PROPERTY(cradle::desktop::SearchModel* search READ search CONSTANT)
  Q_PROPERTY(cradle::desktop::QuizModel* quiz READ quiz CONSTANT)
  Q_PROPERTY(cradle::desktop::HistoryModel* history READ history CONSTANT)

  Q_PROPERTY(QString location READ location NOTIFY pageChanged)
  Q_PROPERTY(QString pageKind READ pageKind NOTIFY pageChanged)
  Q_PROPERTY(QString packId READ packId NOTIFY pageChanged)
  Q_PROPERTY(QString packTitle READ packTitle NOTIFY pageChanged)
  Q_PROPERTY(QString packKind READ packKind NOTIFY pageChanged)
  Q_PROPERTY(QString packDescription READ packDescription NOTIFY pageChanged)
  Q_PROPERTY(QString itemTitle READ itemTitle NOTIFY pageChanged)
  Q_PROPERTY(QString itemMeta READ itemMeta NOTIFY pageChanged)
  Q_PROPERTY(QStringList itemTags READ itemTags NOTIFY pageChanged)
  Q_PROPERTY(qreal position READ position NOTIFY pageChanged)
  Q_PROPERTY(bool canGoBack READ canGoBack NOTIFY pageChanged)
  Q_PROPERTY(bool canGoForward READ canGoForward NOTIFY pageChanged)
  Q_PROPERTY(qint64 generation READ generation NOTIFY libraryChanged)

  Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY appearanceChanged)
  Q_PROPERTY(bool dark READ dark NOTIFY appearanceChanged)
  Q_PROPERTY(qreal textScale READ textScale NOTIFY appearanceChanged)
  Q_PROPERTY(bool keepResults READ keepResults WRITE setKeepResults NOTIFY keepResultsChanged)

 public:
  // Must be called before the QML engine first uses the singleton.
  static void configure(const ViewerConfig& config);
  static Viewer* create(QQmlEngine* qml, QJSEngine* js);

  explicit Viewer(const ViewerConfig& config, QObject* parent = nullptr);
  ~Viewer() override;

  PackListModel* packs() const { return packs_; }
  ItemListModel* items() const { return items_; }
  DocumentModel* page() const { return page_; }
  SearchModel* search() const { return search_; }
  QuizModel* quiz() const { return quiz_; }
  HistoryModel* history() const { return history_; }

  QString location() const { return QString::fromStdString(nav_.current().location); }
  QString pageKind() const { return page_kind_; }
  QString packId() const;
  QString packTitle() const;
  QString packKind() const;
  QString packDescription() const;
  QString itemTitle() const;
  QString itemMeta() const;
  QStringList itemTags() const;
  qreal position() const { return nav_.current().position; }
  bool canGoBack() const { return nav_.can_go_back(); }
  bool canGoForward() const { return nav_.can_go_forward(); }
  qint64 generation() const;

  QString theme() const { return theme_; }
  void setTheme(const QString& theme);
  bool dark() const;
  qreal textScale() const { return text_scale_; }
  bool keepResults() const { return keep_results_; }
  void setKeepResults(bool keep);

  // Where the reader goes: "" the library, "PACK", "PACK/SLUG", "quiz:PACK/SLUG",
  // "kept:ID" (a kept result), "history".
  Q_INVOKABLE void open(const QString& location);
  Q_INVOKABLE void back();
  Q_INVOKABLE void forward();
  // The scroll position of the page shown, kept for Back and Forward.
  Q_INVOKABLE void keepPosition(qreal position);
  // A link in a body: another page here is opened; an external URL is
  // announced with externalLinkRequested, for the QML to ask first.
  Q_INVOKABLE bool followLink(const QString& href);
  // Takes a kept result to its page; when the reader keeps results, a
  // finished quiz is kept at once.
  Q_INVOKABLE void quizFinished();

  Q_INVOKABLE void zoom(int steps);  // +1 larger, -1 smaller, 0 back to normal
  // Installs a .cpack or pack folder (a file:// URL or a path); "" on
  // success, else the problems in plain words, one per line.
  Q_INVOKABLE QString install(const QUrl& url);
  Q_INVOKABLE QString removePack(const QString& pack_id);
  // Checks the host's snapshot now rather than at the next tick.
  Q_INVOKABLE void poll();

  // The window's size and the last page, saved for next time.
  Q_INVOKABLE QSize savedSize() const;
  Q_INVOKABLE void saveSize(int width, int height);

 signals:
  void pageChanged();
  void libraryChanged();
  void appearanceChanged();
  void keepResultsChanged();
  void externalLinkRequested(const QString& href);
  // A line for the reader (installed, removed).
  void notice(const QString& text);

 protected:
  // Follows the system's light or dark while the theme is "system": the
  // platform changes the application palette, and QML re-reads `dark`.
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void show();  // fills the models for nav_.current()
  void save(const char* key, const QVariant& value);
  const Pack* pack() const;
  const Item* item() const;

  ViewerConfig config_;
  std::shared_ptr<const Library> library_;
  Navigation nav_;
  QString page_kind_;
  std::string pack_id_, slug_;
  QString theme_;
  qreal text_scale_ = 1.0;
  bool keep_results_ = false;
  bool showing_ = false;  // positions reported while a page is swapped in are not the reader's
  QTimer poll_timer_;

  PackListModel* packs_;
  ItemListModel* items_;
  DocumentModel* page_;
  SearchModel* search_;
  QuizModel* quiz_;
  HistoryModel* history_;
};

}  // namespace cradle::desktop
