// The desktop viewer's C++ models, over hand-made Documents and over the
// bundled packs installed by the real `cradle install` into a temp data dir.
#include <gtest/gtest.h>

#include <QColor>
#include <QDeadlineTimer>
#include <QGuiApplication>
#include <QPalette>
#include <QTemporaryDir>

#include "cradle/catalog_host.hpp"
#include "cradle_process.hpp"
#include "document_model.hpp"
#include "item_list_model.hpp"
#include "navigation.hpp"
#include "pack_list_model.hpp"
#include "quiz_model.hpp"
#include "rich_text.hpp"
#include "search_model.hpp"
#include "viewer.hpp"
#include "viewer_host.hpp"

namespace cradle::desktop {
namespace {

Span span(Span::Kind kind, std::string t = {}) {
  Span s;
  s.kind = kind;
  s.text = std::move(t);
  return s;
}
Span text(std::string t) { return span(Span::Kind::text, std::move(t)); }
Span wrap(Span::Kind kind, std::vector<Span> children, std::string href = {}) {
  Span s = span(kind);
  s.children = std::move(children);
  s.href = std::move(href);
  return s;
}
Block paragraph(std::vector<Span> spans) {
  Block b;
  b.spans = std::move(spans);
  return b;
}

TEST(RichText, EscapesPackTextAndMarksUpSpans) {
  auto html = spans_html({text("a <script> & "), wrap(Span::Kind::emphasis, {text("soft")}),
                          wrap(Span::Kind::strong, {text("firm")}), span(Span::Kind::code, "x<y"),
                          wrap(Span::Kind::link, {text("see")}, "pack:faq/a\"b")});
  EXPECT_EQ(html.toStdString(),
            "a &lt;script&gt; &amp; <i>soft</i><b>firm</b><code>x&lt;y</code>"
            "<a href=\"pack:faq/a&quot;b\">see</a>");
}

TEST(RichText, SnippetMatchesBecomeBoldAndTheRestIsEscaped) {
  std::string s = std::string("a <b> ") + kMatchBegin + "secure" + kMatchEnd + " base";
  EXPECT_EQ(snippet_html(s).toStdString(), "a &lt;b&gt; <b>secure</b> base");
}

TEST(DocumentModel, FlattensNestingIntoDepthMarkersAndBoxes) {
  Block list;
  list.kind = Block::Kind::list;
  list.ordered = true;
  list.start = 3;
  Block inner;
  inner.kind = Block::Kind::list;
  inner.items = {{paragraph({text("inner")})}};
  list.items = {{paragraph({text("three")}), inner}, {paragraph({text("four")})}};
  Block callout;
  callout.kind = Block::Kind::callout;
  callout.info = "notice";
  callout.children = {paragraph({text("one")}), paragraph({text("two")})};
  Block rule;
  rule.kind = Block::Kind::rule;
  Block heading = paragraph({text("Title")});
  heading.kind = Block::Kind::heading;
  heading.level = 2;

  auto rows = flatten({heading, list, callout, rule});
  ASSERT_EQ(rows.size(), 7u);
  EXPECT_EQ(rows[0].kind, "heading");
  EXPECT_EQ(rows[0].level, 2);
  EXPECT_EQ(rows[1].marker, "3.");
  EXPECT_EQ(rows[1].depth, 1);
  EXPECT_EQ(rows[2].marker, "•");  // the nested list
  EXPECT_EQ(rows[2].depth, 2);
  EXPECT_EQ(rows[3].marker, "4.");
  EXPECT_EQ(rows[4].box, "notice");
  EXPECT_TRUE(rows[4].box_first);
  EXPECT_FALSE(rows[4].box_last);
  EXPECT_TRUE(rows[5].box_last);
  EXPECT_EQ(rows[6].kind, "rule");
  EXPECT_TRUE(rows[6].box.isEmpty());
}

TEST(DocumentModel, AnOutcomeCarriesItsScoresAndPicture) {
  Block b;
  b.kind = Block::Kind::outcome;
  Outcome o;
  o.scales = {{"anx", "Anxiety", true, 4, 1, 7, 10, 10},
              {"avo", "Avoidance", true, 2.5, 1, 7, 10, 10}};
  o.x_scale = "avo";
  o.y_scale = "anx";
  o.result_title = "Mostly secure";
  b.outcome = o;
  auto rows = flatten({b});
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].text, "Mostly secure");
  ASSERT_EQ(rows[0].scales.size(), 2);
  EXPECT_DOUBLE_EQ(rows[0].scales[0].toMap()["fraction"].toDouble(), 0.5);
  EXPECT_DOUBLE_EQ(rows[0].plane["x"].toDouble(), 0.25);
  EXPECT_EQ(rows[0].plane["xLabel"].toString(), "Avoidance");
}

TEST(Navigation, BackAndForwardKeepEachPagesPosition) {
  Navigation nav;
  nav.go("faq");
  nav.keep_position(120);
  nav.go("faq/a");
  nav.keep_position(40);
  ASSERT_TRUE(nav.back());
  EXPECT_EQ(nav.current().location, "faq");
  EXPECT_EQ(nav.current().position, 120);
  ASSERT_TRUE(nav.forward());
  EXPECT_EQ(nav.current().position, 40);
  nav.back();
  nav.go("blog");  // a new page drops what was ahead
  EXPECT_FALSE(nav.can_go_forward());
  nav.go("blog");  // the same page again changes nothing
  ASSERT_TRUE(nav.back());
  EXPECT_EQ(nav.current().location, "faq");
}

// The bundled packs, installed by the real CLI, behind a real CatalogHost.
class BundledLibrary : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new QTemporaryDir;
    data_ = dir_->path().toStdString() + "/data";
    std::vector<std::string> args{"install"};
    for (const char* p : {"ababy-attachment-quiz", "ababy-blog", "ababy-faq"})
      args.push_back(std::string(CRADLE_CONTENT_PACKS) + "/" + p);
    ASSERT_EQ(test::run_cradle_in(data_, args), 0);
    app_ = new cli::App;
    app_->data_dir_flag = data_;
    auto host = CatalogHost::open(data_, app_->registry());
    ASSERT_TRUE(host) << host.error().message;
    catalog_ = host.value().release();
    host_ = new cli::ViewerHost(*app_, *catalog_);
  }
  static void TearDownTestSuite() {
    delete host_;
    delete catalog_;
    delete app_;
    delete dir_;
  }
  static inline QTemporaryDir* dir_ = nullptr;
  static inline std::string data_;
  static inline cli::App* app_ = nullptr;
  static inline CatalogHost* catalog_ = nullptr;
  static inline cli::ViewerHost* host_ = nullptr;
};

TEST_F(BundledLibrary, PacksHaveTheirKindAndCount) {
  PackListModel packs;
  packs.reset(*host_->library());
  ASSERT_EQ(packs.rowCount(), 3);
  for (int i = 0; i < 3; ++i) {
    auto index = packs.index(i);
    QString id = packs.data(index, PackListModel::IdRole).toString();
    QString kind = packs.data(index, PackListModel::KindRole).toString();
    EXPECT_TRUE(id.endsWith(kind == "faq"    ? "faq"
                            : kind == "blog" ? "blog"
                                             : "quiz"))
        << id.toStdString();
    EXPECT_GT(packs.data(index, PackListModel::CountRole).toInt(), 0);
  }
}

TEST_F(BundledLibrary, ABlogIsNewestFirstAndFiltersByTag) {
  ItemListModel items;
  items.reset(host_->library(), "ababy-blog");
  ASSERT_GT(items.rowCount(), 2);
  const Pack* blog = host_->library()->find_pack("ababy-blog");
  auto date = [&](const QString& slug) {
    return std::get<std::string>(
        host_->library()->find_item("ababy-blog", slug.toStdString())->fields.at("date"));
  };
  QStringList slugs = items.slugs();
  for (int i = 1; i < slugs.size(); ++i) EXPECT_GE(date(slugs[i - 1]), date(slugs[i]));
  ASSERT_FALSE(items.tags().isEmpty());
  QString tag = items.tags().first();
  items.setTag(tag);
  EXPECT_GT(items.rowCount(), 0);
  EXPECT_LT(items.rowCount(), static_cast<int>(blog->items.size()) + 1);
  for (int i = 0; i < items.rowCount(); ++i)
    EXPECT_TRUE(items.data(items.index(i), ItemListModel::TagsRole).toStringList().contains(tag));
}

TEST_F(BundledLibrary, AFaqKeepsItsOrder) {
  ItemListModel items;
  items.reset(host_->library(), "ababy-faq");
  const Pack* faq = host_->library()->find_pack("ababy-faq");
  ASSERT_EQ(items.rowCount(), static_cast<int>(faq->items.size()));
  for (int i = 0; i < items.rowCount(); ++i)
    EXPECT_EQ(items.slugs()[i].toStdString(), faq->items[static_cast<std::size_t>(i)].slug);
}

// Searches run on Qt's thread pool; the results arrive through the event loop.
static void wait_for_results(const SearchModel& search) {
  QDeadlineTimer deadline(10000);
  while (search.searching() && !deadline.hasExpired())
    QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

TEST_F(BundledLibrary, SearchHighlightsMatches) {
  SearchModel search;
  search.reset(host_->library());
  search.setQuery("secure");
  EXPECT_TRUE(search.searching());
  wait_for_results(search);
  EXPECT_FALSE(search.searching());
  ASSERT_GT(search.rowCount(), 0);
  EXPECT_TRUE(search.data(search.index(0), SearchModel::SnippetRole).toString().contains("<b>"));
  EXPECT_TRUE(search.first().contains('/'));
  search.setQuery("");
  EXPECT_EQ(search.rowCount(), 0);
}

TEST_F(BundledLibrary, OnlyTheNewestQuerysResultsAreShown) {
  SearchModel search;
  search.reset(host_->library());
  QStringList firsts;
  QObject::connect(&search, &SearchModel::firstFound, [&](const QString& l) { firsts << l; });
  search.setQuery("secure");
  search.setQuery("secure bas");
  search.setQuery("zzzxqv");  // typed on while the first search runs
  search.openFirst();
  wait_for_results(search);
  EXPECT_EQ(search.rowCount(), 0);
  EXPECT_TRUE(firsts.isEmpty());  // nothing found: nothing to open

  search.setQuery("crying");
  search.openFirst();
  wait_for_results(search);
  ASSERT_GT(search.rowCount(), 0);
  EXPECT_EQ(firsts, QStringList{search.first()});
}

TEST_F(BundledLibrary, AQuizAnsweredByNumberScoresAndIsKeptOnlyWhenAsked) {
  auto library = host_->library();
  const Item* quiz = library->find_item("ababy-attachment-quiz", "adult-attachment-quiz");
  ASSERT_NE(quiz, nullptr);
  QuizModel model(host_);
  ASSERT_TRUE(model.start(library, *quiz));
  ASSERT_GT(model.count(), 1);
  model.next();  // not answered: stays
  EXPECT_EQ(model.index(), 0);
  for (int i = 0; i < model.count(); ++i) {
    model.chooseNumber(1 + i % 7);
    model.next();
  }
  ASSERT_TRUE(model.finished()) << model.error().toStdString();
  EXPECT_TRUE(model.result()->kinds().contains("outcome"));
  EXPECT_TRUE(host_->kept_results()->empty());
  ASSERT_TRUE(model.keep());
  auto kept = host_->kept_results();
  ASSERT_EQ(kept->size(), 1u);
  EXPECT_EQ(kept->front().answers.size(), static_cast<std::size_t>(model.count()));
  ASSERT_TRUE(host_->forget_all_results());
}

TEST_F(BundledLibrary, TextSizeThemeWindowAndLastPageAreKeptBetweenRuns) {
  ViewerConfig config;
  config.host = host_;
  {
    Viewer first(config);
    first.zoom(1);
    first.zoom(1);
    first.setTheme("dark");
    first.open("ababy-faq");
    first.saveSize(900, 700);
  }
  {
    // A screenshot run changes nothing that is kept.
    ViewerConfig shot = config;
    shot.persist = false;
    shot.open = "ababy-blog";
    Viewer screenshot(shot);
    screenshot.zoom(-1);
    screenshot.saveSize(300, 300);
  }
  Viewer next(config);
  EXPECT_DOUBLE_EQ(next.textScale(), 1.2);
  EXPECT_EQ(next.theme().toStdString(), "dark");
  EXPECT_EQ(next.location().toStdString(), "ababy-faq");
  EXPECT_EQ(next.pageKind().toStdString(), "pack");
  EXPECT_EQ(next.savedSize(), QSize(900, 700));
  next.zoom(0);
  next.setTheme("system");
}

// The system turning dark while the viewer is open (the platform theme
// changes the application palette): a "system" theme follows at once, a
// chosen one does not.
TEST_F(BundledLibrary, TheSystemThemeIsFollowedWhileOpen) {
  ViewerConfig config;
  config.host = host_;
  config.persist = false;
  Viewer viewer(config);
  viewer.setTheme("system");
  int changes = 0;
  QObject::connect(&viewer, &Viewer::appearanceChanged, [&] { ++changes; });
  const QPalette before = QGuiApplication::palette();

  QPalette night = before;
  night.setColor(QPalette::Window, QColor(20, 22, 30));
  QGuiApplication::setPalette(night);
  EXPECT_TRUE(viewer.dark());
  EXPECT_GE(changes, 1);

  QPalette day = before;
  day.setColor(QPalette::Window, QColor(250, 248, 240));
  QGuiApplication::setPalette(day);
  EXPECT_FALSE(viewer.dark());

  viewer.setTheme("light");
  changes = 0;
  QGuiApplication::setPalette(night);
  EXPECT_FALSE(viewer.dark());
  EXPECT_EQ(changes, 0);
  QGuiApplication::setPalette(before);
}

TEST_F(BundledLibrary, ALastPageThatIsGoneOpensTheLibrary) {
  ViewerConfig config;
  config.host = host_;
  auto installed = host_->install(std::string(CRADLE_TEST_PACKS) + "/tiny-faq");
  ASSERT_TRUE(installed) << installed.error().message;
  {
    Viewer first(config);
    first.open("tiny-faq");
    EXPECT_EQ(first.pageKind().toStdString(), "pack");
  }
  ASSERT_TRUE(host_->remove("tiny-faq"));
  Viewer next(config);
  EXPECT_EQ(next.pageKind().toStdString(), "library");
}

}  // namespace
}  // namespace cradle::desktop

int main(int argc, char** argv) {
  // Settings go to a temp dir, never the tester's own.
  QTemporaryDir config;
  qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
  // A GUI application (offscreen) so that the viewer sees palette changes.
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication app(argc, argv);
  QCoreApplication::setOrganizationName("Cradle");
  QCoreApplication::setApplicationName("Cradle Viewer Model Tests");
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
