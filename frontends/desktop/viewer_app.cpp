#include "viewer_app.hpp"

#include <QGuiApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <atomic>
#include <chrono>
#include <cstdio>

#include "viewer.hpp"

namespace cradle::desktop {
namespace {

constexpr const char* kMainQml = "qrc:/Cradle/Desktop/qml/Main.qml";

Result<void> screenshot(QQuickWindow& window, const ViewerArgs& args) {
  window.resize(args.width, args.height);
  // Two turns of the event loop let the layout settle and the first frame
  // render; grabWindow() then draws the scene once more into an image.
  QEventLoop loop;
  QTimer::singleShot(150, &loop, &QEventLoop::quit);
  loop.exec();
  QImage image = window.grabWindow();
  if (image.isNull()) return Error{"the viewer drew nothing to save (no window)"};
  if (!image.save(QString::fromStdString(args.screenshot), "PNG"))
    return Error{"cannot write " + args.screenshot + ": check the folder exists and is writable"};
  return {};
}

// For bench/desktop, which times cold start to the first frame from outside
// the process: says on stderr when the window's first frame was drawn, as
// wall-clock milliseconds since the epoch. frameSwapped may come from the
// render thread, hence the direct connection and the atomic flag.
void report_first_frame(QQuickWindow& window) {
  static std::atomic<bool> reported{false};
  QObject::connect(
      &window, &QQuickWindow::frameSwapped, &window,
      [] {
        if (reported.exchange(true)) return;
        auto now = std::chrono::system_clock::now().time_since_epoch();
        std::fprintf(stderr, "cradle-first-frame-ms %lld\n",
                     static_cast<long long>(
                         std::chrono::duration_cast<std::chrono::milliseconds>(now).count()));
      },
      Qt::DirectConnection);
}

Result<void> run(FrontendHost& host, const ViewerArgs& args, const std::atomic<bool>& stop) {
  bool shot = !args.screenshot.empty();
  if (shot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
    qputenv("QT_QPA_PLATFORM", "offscreen");
  // QGuiApplication keeps references to argc and argv for its whole life.
  static int argc = 1;
  static char name[] = "cradle";
  static char* argv[] = {name, nullptr};
  QGuiApplication app(argc, argv);
  QGuiApplication::setOrganizationName("Cradle");
  QGuiApplication::setApplicationName("Cradle Viewer");
  QQuickStyle::setStyle("Basic");

  ViewerConfig config;
  config.host = &host;
  config.persist = !shot;
  config.theme = QString::fromStdString(args.theme);
  config.open = QString::fromStdString(args.open);
  Viewer::configure(config);

  QQmlApplicationEngine engine;
  engine.addImportPath(":/");
  engine.load(QUrl(kMainQml));
  if (engine.rootObjects().isEmpty())
    return Error{"the desktop viewer could not load its window (see the messages above)"};
  auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
  auto* viewer =
      qobject_cast<Viewer*>(engine.rootObjects().first()->property("viewer").value<QObject*>());
  if (!window || !viewer) return Error{"the desktop viewer's window is not a Cradle window"};
  if (qEnvironmentVariableIsSet("CRADLE_REPORT_FIRST_FRAME")) report_first_frame(*window);
  if (!args.open.empty() && viewer->pageKind() == "missing")
    return Error{"there is no page '" + args.open +
                 "' in your library: `cradle list` shows the packs installed"};
  if (shot) {
    auto r = screenshot(*window, args);
    if (r) host.ready(args.screenshot);
    return r;
  }
  QTimer watch;
  QObject::connect(&watch, &QTimer::timeout, [&] {
    if (stop) QGuiApplication::quit();
  });
  watch.start(100);
  host.ready("a window");
  QGuiApplication::exec();
  return {};
}

bool parse_size(const std::string& text, ViewerArgs& out) {
  auto x = text.find('x');
  if (x == std::string::npos) return false;
  try {
    out.width = std::stoi(text.substr(0, x));
    out.height = std::stoi(text.substr(x + 1));
  } catch (...) {
    return false;
  }
  return out.width >= 200 && out.height >= 200 && out.width <= 8000 && out.height <= 8000;
}

}  // namespace

Result<ViewerArgs> parse_viewer_args(const std::vector<std::string>& args) {
  ViewerArgs out;
  for (std::size_t i = 0; i < args.size(); i += 2) {
    const std::string& flag = args[i];
    if (i + 1 >= args.size()) return Error{flag + " needs a value"};
    const std::string& value = args[i + 1];
    if (flag == "--open") {
      out.open = value;
    } else if (flag == "--screenshot") {
      out.screenshot = value;
    } else if (flag == "--size") {
      if (!parse_size(value, out))
        return Error{"--size " + value +
                     ": expected WIDTHxHEIGHT between 200 and 8000, e.g. 1200x800"};
    } else if (flag == "--theme") {
      if (value != "light" && value != "dark") return Error{"--theme must be light or dark"};
      out.theme = value;
    } else {
      return Error{"the desktop viewer does not know the option " + flag};
    }
  }
  return out;
}

Result<void> run_viewer(FrontendHost& host, const ViewerArgs& args,
                        const std::atomic<bool>& stop) noexcept {
  try {
    return run(host, args, stop);
  } catch (const std::exception& e) {
    return Error{std::string("the desktop viewer stopped: ") + e.what()};
  } catch (...) {
    return Error{"the desktop viewer stopped on an unknown error"};
  }
}

}  // namespace cradle::desktop
