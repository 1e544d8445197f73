// Runs the Qt Quick Test suites in qml/ against the real Cradle.Desktop
// module: a temp data dir with the bundled packs installed by the real
// `cradle install`, a real CatalogHost polling it, the real plugins for the
// quiz. QML reaches the test's world through the `Support` object.
#include <QDir>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QMimeData>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>
#include <QtQuickTest>
#include <cstdlib>
#include <iostream>

#include "cradle_process.hpp"
#include "viewer.hpp"
#include "viewer_host.hpp"

namespace {

// What a QML test may ask of its world.
class Support : public QObject {
  Q_OBJECT
  Q_PROPERTY(QString dataDir MEMBER data_dir CONSTANT)
  Q_PROPERTY(QString contentPacks MEMBER content_packs CONSTANT)
  Q_PROPERTY(QString testPacks MEMBER test_packs CONSTANT)

 public:
  QString data_dir, content_packs = CRADLE_CONTENT_PACKS, test_packs = CRADLE_TEST_PACKS;

  Support() { clock_.start(); }

  // Runs `cradle --data-dir DATA ARGS...`; returns its exit code.
  Q_INVOKABLE int cradle(const QStringList& args) {
    std::vector<std::string> list;
    for (const auto& a : args) list.push_back(a.toStdString());
    std::string out;
    int code = cradle::test::run_cradle_in(data_dir.toStdString(), list, &out);
    if (code != 0) std::cerr << out;
    return code;
  }
  // Drags `url` onto the middle of `target` and drops it, as a file manager
  // would: the window gets the real drag-enter, drag-move and drop events.
  // Returns whether the drop was accepted.
  Q_INVOKABLE bool dropUrl(QQuickItem* target, const QUrl& url) {
    if (!target || !target->window()) return false;
    QMimeData mime;
    mime.setUrls({url});
    const QPoint at =
        target->mapToScene(QPointF(target->width() / 2, target->height() / 2)).toPoint();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target->window(), &enter);
    QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target->window(), &move);
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target->window(), &drop);
    return drop.isAccepted();
  }
  // Milliseconds on a monotonic clock, to the microsecond (Date.now() has 1 ms
  // steps and follows the wall clock): for bench/desktop.
  Q_INVOKABLE double nowMs() const { return static_cast<double>(clock_.nsecsElapsed()) / 1e6; }
  // Runs a real event loop for `ms`: timers, frames and queued calls go on as
  // they would in the viewer. (TestCase's wait() sleeps in 10 ms steps between
  // turns of the loop, which would show as stalls in a frame-timing bench.)
  Q_INVOKABLE void runEventLoop(int ms) const {
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
  }
  // Where to save a screenshot called `name`: under CRADLE_SCREENSHOTS, or
  // "" when it is not set (then nothing is saved).
  Q_INVOKABLE QString shot(const QString& name) const {
    const char* dir = std::getenv("CRADLE_SCREENSHOTS");
    return dir ? QString(dir) + "/" + name + ".png" : QString();
  }

 private:
  QElapsedTimer clock_;
};

class Setup : public QObject {
  Q_OBJECT
 public slots:
  void applicationAvailable() {
    QQuickStyle::setStyle("Basic");
    support_.data_dir = dir_.path() + "/data";
    // Settings go to the temp dir, never the tester's own.
    qputenv("XDG_CONFIG_HOME", (dir_.path() + "/config").toUtf8());
    QGuiApplication::setOrganizationName("Cradle");
    QGuiApplication::setApplicationName("Cradle Viewer Tests");
    QStringList packs{"install"};
    for (const char* p : {"ababy-attachment-quiz", "ababy-blog", "ababy-faq"})
      packs << QString(CRADLE_CONTENT_PACKS) + "/" + p;
    // bench/desktop adds its generated blog this way.
    if (!qEnvironmentVariableIsEmpty("CRADLE_EXTRA_PACK"))
      packs << qEnvironmentVariable("CRADLE_EXTRA_PACK");
    if (support_.cradle(packs) != 0) {
      std::cerr << "could not install the bundled packs into " << support_.data_dir.toStdString()
                << "\n";
      std::exit(1);
    }
    app_.data_dir_flag = support_.data_dir.toStdString();
    auto host = cradle::CatalogHost::open(support_.data_dir.toStdString(), app_.registry(), {},
                                          std::chrono::milliseconds(100));
    if (!host) {
      std::cerr << host.error().message << "\n";
      std::exit(1);
    }
    catalog_ = std::move(host.value());
    host_ = std::make_unique<cradle::cli::ViewerHost>(app_, *catalog_);
    cradle::desktop::ViewerConfig config;
    config.host = host_.get();
    config.open = "";
    config.theme = "light";
    config.poll_ms = 50;
    cradle::desktop::Viewer::configure(config);
  }
  void qmlEngineAvailable(QQmlEngine* engine) {
    engine->addImportPath(":/");
    engine->rootContext()->setContextProperty("Support", &support_);
  }

 private:
  QTemporaryDir dir_;
  Support support_;
  cradle::cli::App app_;
  std::unique_ptr<cradle::CatalogHost> catalog_;
  std::unique_ptr<cradle::cli::ViewerHost> host_;
};

}  // namespace

QUICK_TEST_MAIN_WITH_SETUP(cradle_desktop, Setup)

#include "quick_main.moc"
