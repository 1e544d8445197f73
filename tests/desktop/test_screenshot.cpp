// `cradle view --screenshot`: the real CLI, the real desktop module, drawn
// offscreen. The PNG must have the size asked for and show something.
#include <gtest/gtest.h>

#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

namespace {

struct Run {
  int code = -1;
  QString output;
};

Run view(const QTemporaryDir& dir, const QStringList& args) {
  QProcess p;
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert("QT_QPA_PLATFORM", "offscreen");
  env.insert("XDG_CONFIG_HOME", dir.path() + "/config");
  env.insert("CRADLE_PLUGIN_PATH", "");
  p.setProcessEnvironment(env);
  p.setProcessChannelMode(QProcess::MergedChannels);
  p.start(CRADLE_BIN, QStringList{"--data-dir", dir.path() + "/data", "view"} + args);
  if (!p.waitForFinished(60000)) return {};
  return {p.exitCode(), QString::fromUtf8(p.readAll())};
}

// Distinct colours in a grid of samples: a blank or one-colour image has 1.
int colours(const QImage& image) {
  QSet<QRgb> seen;
  for (int y = 0; y < image.height(); y += 7)
    for (int x = 0; x < image.width(); x += 7) seen.insert(image.pixel(x, y));
  return seen.size();
}

TEST(Screenshot, ABlogPostInTheDarkIsTheSizeAskedForAndNotBlank) {
  QTemporaryDir dir;
  QString png = dir.path() + "/post.png";
  auto r = view(dir, {"--open", "ababy-blog/the-strange-situation", "--screenshot", png, "--size",
                      "900x640", "--theme", "dark"});
  ASSERT_EQ(r.code, 0) << r.output.toStdString();
  QImage image(png);
  ASSERT_FALSE(image.isNull());
  EXPECT_EQ(image.width(), 900);
  EXPECT_EQ(image.height(), 640);
  EXPECT_GT(colours(image), 20);
  // Dark: the page behind the text is dark.
  EXPECT_LT(qGray(image.pixel(image.width() - 20, image.height() - 20)), 80);
}

TEST(Screenshot, TheLibraryInTheLightHasALightPage) {
  QTemporaryDir dir;
  QString png = dir.path() + "/library.png";
  auto r = view(dir, {"--screenshot", png, "--theme", "light"});
  ASSERT_EQ(r.code, 0) << r.output.toStdString();
  QImage image(png);
  EXPECT_EQ(image.size(), QSize(1100, 760));
  EXPECT_GT(colours(image), 20);
  EXPECT_GT(qGray(image.pixel(image.width() - 20, image.height() - 20)), 200);
}

TEST(Screenshot, AMissingPageIsAnErrorAndWritesNothing) {
  QTemporaryDir dir;
  QString png = dir.path() + "/none.png";
  auto r = view(dir, {"--open", "ababy-blog/no-such-post", "--screenshot", png});
  EXPECT_EQ(r.code, 1);
  EXPECT_TRUE(r.output.contains("no page 'ababy-blog/no-such-post'")) << r.output.toStdString();
  EXPECT_FALSE(QFile::exists(png));
}

}  // namespace
