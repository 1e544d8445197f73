#include "viewer.hpp"

#include <QEvent>
#include <QGuiApplication>
#include <QJSEngine>
#include <QPalette>
#include <QQmlEngine>
#include <QSettings>
#include <QSize>
#include <algorithm>

#include "cradle/links.hpp"
#include "document_model.hpp"
#include "history_model.hpp"
#include "item_list_model.hpp"
#include "pack_list_model.hpp"
#include "quiz_model.hpp"
#include "search_model.hpp"

namespace cradle::desktop {
namespace {

ViewerConfig& configured() {
  static ViewerConfig config;
  return config;
}

constexpr qreal kMinScale = 0.8, kMaxScale = 1.6, kScaleStep = 0.1;

}  // namespace

void Viewer::configure(const ViewerConfig& config) { configured() = config; }

Viewer* Viewer::create(QQmlEngine*, QJSEngine*) { return new Viewer(configured()); }

Viewer::Viewer(const ViewerConfig& config, QObject* parent)
    : QObject(parent),
      config_(config),
      packs_(new PackListModel(this)),
      items_(new ItemListModel(this)),
      page_(new DocumentModel(this)),
      search_(new SearchModel(this)),
      quiz_(new QuizModel(config.host, this)),
      history_(new HistoryModel(config.host, this)) {
  QCoreApplication::instance()->installEventFilter(this);
  QSettings settings;
  theme_ = settings.value("theme", "system").toString();
  if (!config_.theme.isEmpty()) theme_ = config_.theme;
  text_scale_ = std::clamp(settings.value("textScale", 1.0).toReal(), kMinScale, kMaxScale);
  keep_results_ = settings.value("keepResults", false).toBool();

  library_ = config_.host->library();
  packs_->reset(*library_);
  search_->reset(library_);
  QString first = config_.open;
  if (first.isEmpty() && config_.persist) first = settings.value("lastLocation").toString();
  // A page that is gone since last time is not worth an error: start at the library.
  nav_.go(first.toStdString());
  show();
  if (page_kind_ == "missing" && config_.open.isEmpty()) {
    nav_ = Navigation();
    show();
  }
  connect(&poll_timer_, &QTimer::timeout, this, &Viewer::poll);
  poll_timer_.start(config_.poll_ms);
}

Viewer::~Viewer() = default;

void Viewer::save(const char* key, const QVariant& value) {
  if (config_.persist) QSettings().setValue(key, value);
}

void Viewer::poll() {
  auto latest = config_.host->library();
  if (latest == library_) return;
  library_ = std::move(latest);
  packs_->reset(*library_);
  search_->reset(library_);
  // A quiz in progress keeps the snapshot it started with; other pages
  // follow the library (a removed pack's page says it is gone).
  if (page_kind_ != "quiz") show();
  emit libraryChanged();
}

qint64 Viewer::generation() const { return static_cast<qint64>(library_->generation()); }

const Pack* Viewer::pack() const { return library_->find_pack(pack_id_); }
const Item* Viewer::item() const {
  return slug_.empty() ? nullptr : library_->find_item(pack_id_, slug_);
}

void Viewer::show() {
  showing_ = true;
  std::string loc = nav_.current().location;
  pack_id_.clear();
  slug_.clear();
  auto split = [&](const std::string& ref) {
    auto slash = ref.find('/');
    pack_id_ = ref.substr(0, slash);
    slug_ = slash == std::string::npos ? std::string() : ref.substr(slash + 1);
  };
  if (loc.empty()) {
    page_kind_ = "library";
  } else if (loc == "history") {
    history_->reload();
    page_kind_ = "history";
  } else if (loc.rfind("quiz:", 0) == 0) {
    split(loc.substr(5));
    const Item* i = item();
    page_kind_ = i && quiz_->start(library_, *i) ? "quiz" : "missing";
  } else if (loc.rfind("kept:", 0) == 0) {
    history_->reload();
    const KeptResult* k = history_->find(QString::fromStdString(loc.substr(5)).toLongLong());
    if (k) {
      pack_id_ = k->pack;
      slug_ = k->slug;
    }
    const Item* i = k ? item() : nullptr;
    page_kind_ = i && quiz_->show(library_, *i, k->answers) ? "quiz" : "missing";
  } else {
    split(loc);
    if (!pack()) {
      page_kind_ = "missing";
    } else if (slug_.empty()) {
      items_->reset(library_, pack_id_);
      page_kind_ = "pack";
    } else if (const Item* i = item()) {
      page_->reset(i->body);
      page_kind_ = "item";
    } else {
      page_kind_ = "missing";
    }
  }
  if (page_kind_ != "quiz" && quiz_->active()) quiz_->stop();
  if (page_kind_ != "missing") save("lastLocation", QString::fromStdString(loc));
  showing_ = false;
  emit pageChanged();
}

QString Viewer::packId() const { return QString::fromStdString(pack_id_); }
QString Viewer::packTitle() const {
  const Pack* p = pack();
  return p ? QString::fromStdString(p->title) : QString();
}
QString Viewer::packKind() const {
  const Pack* p = pack();
  return p ? pack_kind(*p) : QString();
}
QString Viewer::packDescription() const {
  const Pack* p = pack();
  return p ? QString::fromStdString(p->description) : QString();
}
QString Viewer::itemTitle() const {
  const Item* i = item();
  return i ? QString::fromStdString(i->title) : QString();
}
QString Viewer::itemMeta() const {
  const Item* i = item();
  return i ? item_meta(*i) : QString();
}
QStringList Viewer::itemTags() const {
  const Item* i = item();
  return i ? item_tags(*i) : QStringList();
}

void Viewer::open(const QString& location) {
  nav_.go(location.toStdString());
  show();
}

void Viewer::back() {
  if (nav_.back()) show();
}

void Viewer::forward() {
  if (nav_.forward()) show();
}

void Viewer::keepPosition(qreal position) {
  if (!showing_) nav_.keep_position(position);
}

bool Viewer::followLink(const QString& href) {
  auto ref = item_ref_of(href.toStdString());
  if (!ref) {
    emit externalLinkRequested(href);
    return false;
  }
  open(QString::fromStdString(ref->slug.empty() ? ref->pack : ref->pack + "/" + ref->slug));
  return true;
}

void Viewer::quizFinished() {
  if (keep_results_ && quiz_->finished() && !quiz_->kept()) quiz_->keep();
}

void Viewer::setTheme(const QString& theme) {
  if (theme == theme_ || (theme != "system" && theme != "light" && theme != "dark")) return;
  theme_ = theme;
  save("theme", theme_);
  emit appearanceChanged();
}

bool Viewer::dark() const {
  if (theme_ == "dark") return true;
  if (theme_ == "light") return false;
  return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

bool Viewer::eventFilter(QObject* watched, QEvent* event) {
  if (watched == QCoreApplication::instance() &&
      event->type() == QEvent::ApplicationPaletteChange && theme_ == "system")
    emit appearanceChanged();
  return QObject::eventFilter(watched, event);
}

void Viewer::setKeepResults(bool keep) {
  if (keep == keep_results_) return;
  keep_results_ = keep;
  save("keepResults", keep);
  emit keepResultsChanged();
}

void Viewer::zoom(int steps) {
  qreal scale = steps == 0 ? 1.0 : text_scale_ + steps * kScaleStep;
  scale = std::clamp(std::round(scale * 10) / 10, kMinScale, kMaxScale);
  if (scale == text_scale_) return;
  text_scale_ = scale;
  save("textScale", text_scale_);
  emit appearanceChanged();
}

QString Viewer::install(const QUrl& url) {
  QString path = url.isLocalFile() ? url.toLocalFile() : url.toString();
  auto r = config_.host->install(path.toStdString());
  if (!r) return QString::fromStdString(r.error().message);
  poll();
  emit notice("Installed " + QString::fromStdString(r.value()));
  open(QString::fromStdString(r.value()));
  return {};
}

QString Viewer::removePack(const QString& pack_id) {
  auto r = config_.host->remove(pack_id.toStdString());
  if (!r) return QString::fromStdString(r.error().message);
  poll();
  emit notice("Removed " + pack_id);
  return {};
}

QSize Viewer::savedSize() const {
  QSettings settings;
  return {settings.value("width", 1100).toInt(), settings.value("height", 760).toInt()};
}

void Viewer::saveSize(int width, int height) {
  save("width", width);
  save("height", height);
}

}  // namespace cradle::desktop
