// The `cradle` command, run as a reader runs it: exit codes, the one-line
// messages, and that a failed command leaves the catalog as it was.
#include <gtest/gtest.h>

#include "support/packs.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"

namespace cradle {
namespace {
using test::Outcome;

class CliTest : public ::testing::Test {
 protected:
  Outcome cradle(std::vector<std::string> args) {
    args.insert(args.begin(), {"--data-dir", (home_.path() / "data").string()});
    return test::run_cradle(args, {"CRADLE_PLUGIN_PATH="});
  }
  static std::size_t line_count(const std::string& s) {
    return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n'));
  }
  test::TempDir home_;
};

TEST_F(CliTest, VersionAndHelp) {
  auto v = test::run_cradle({"--version"});
  EXPECT_EQ(v.exit_code, 0);
  EXPECT_EQ(v.out, "cradle 0.1.0\n");
  for (const char* cmd : {"install", "remove", "list", "info", "validate", "show", "search",
                          "plugins", "serve", "view", "keygen", "sign", "trust"}) {
    auto h = test::run_cradle({cmd, "--help"});
    EXPECT_EQ(h.exit_code, 0) << cmd;
    EXPECT_NE(h.out.find("Usage"), std::string::npos) << cmd << ": " << h.out;
  }
}

TEST_F(CliTest, UsageErrorsExitTwoWithOneLine) {
  for (auto args :
       std::vector<std::vector<std::string>>{{}, {"frobnicate"}, {"install"}, {"list", "--nope"}}) {
    auto o = test::run_cradle(args);
    EXPECT_EQ(o.exit_code, 2) << o.err;
    EXPECT_EQ(line_count(o.err), 1u) << o.err;
    EXPECT_TRUE(o.err.starts_with("cradle: usage error: ")) << o.err;
  }
}

TEST_F(CliTest, PluginsListsFaqAndWeb) {
  auto o = cradle({"plugins"});
  EXPECT_EQ(o.exit_code, 0);
  EXPECT_NE(o.out.find("faq       content-type"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("web       frontend"), std::string::npos) << o.out;
}

TEST_F(CliTest, InstallListShowSearchRemove) {
  auto inst = cradle({"install", CRADLE_TEST_PACKS "/tiny-faq"});
  ASSERT_EQ(inst.exit_code, 0) << inst.err;
  EXPECT_EQ(inst.out, "Installed tiny-faq 1.2.0 (3 items)\n");

  auto list = cradle({"list"});
  EXPECT_NE(list.out.find("tiny-faq                1.2.0     3      Test Author         folder"),
            std::string::npos)
      << list.out;
  auto json = cradle({"list", "--json"});
  EXPECT_NE(json.out.find("\"id\":\"tiny-faq\""), std::string::npos) << json.out;

  auto show = cradle({"show", "tiny-faq/why-rock"});
  EXPECT_EQ(show.exit_code, 0);
  EXPECT_TRUE(show.out.starts_with("Why do cradles rock?\n\nGentle motion soothes.")) << show.out;

  auto search = cradle({"search", "motion"});
  EXPECT_EQ(search.exit_code, 0);
  EXPECT_NE(search.out.find("tiny-faq/why-rock  Why do cradles rock?"), std::string::npos);
  EXPECT_NE(search.out.find("Gentle [motion] soothes"), std::string::npos) << search.out;

  auto rm = cradle({"remove", "tiny-faq"});
  EXPECT_EQ(rm.exit_code, 0);
  EXPECT_NE(cradle({"list"}).out.find("No packs installed"), std::string::npos);
}

TEST_F(CliTest, UserErrorsExitOneWithOneLineAndChangeNothing) {
  ASSERT_EQ(cradle({"install", CRADLE_TEST_PACKS "/tiny-faq"}).exit_code, 0);
  auto before = cradle({"list", "--json"}).out;

  auto unknown = cradle({"remove", "tiny-faq", "nope"});
  EXPECT_EQ(unknown.exit_code, 1);
  EXPECT_EQ(unknown.err,
            "cradle: error: no pack 'nope' is installed (`cradle list` shows what is); nothing "
            "was removed\n");

  auto show = cradle({"show", "tiny-faq/nothing"});
  EXPECT_EQ(show.exit_code, 1);
  EXPECT_EQ(line_count(show.err), 1u);

  // A broken upgrade: the diagnostics, then one closing line.
  test::TempDir pack;
  test::copy_tree(CRADLE_TEST_PACKS "/tiny-faq", pack.path());
  pack.write("faq.md", "## Fine?\n\nYes.\n\n## Broken?\n");
  auto bad = cradle({"install", pack.path().string()});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.err.find((pack.path() / "faq.md").string() +
                         ":5: error: question 'Broken?' has no answer below it\n"),
            std::string::npos)
      << bad.err;
  EXPECT_NE(bad.err.find("cradle: error: 1 problem above; nothing was installed."),
            std::string::npos);

  auto invalid = cradle({"validate", pack.path().string()});
  EXPECT_EQ(invalid.exit_code, 1);
  EXPECT_EQ(cradle({"list", "--json"}).out, before);  // still the old, whole pack
  EXPECT_EQ(cradle({"show", "tiny-faq/why-rock"}).exit_code, 0);
}

TEST_F(CliTest, TheBundledPacksValidateTogetherWithNoWarning) {
  auto o =
      cradle({"validate", CRADLE_CONTENT_PACKS "/ababy-faq", CRADLE_CONTENT_PACKS "/ababy-blog",
              CRADLE_CONTENT_PACKS "/ababy-attachment-quiz"});
  EXPECT_EQ(o.exit_code, 0) << o.err;
  EXPECT_EQ(o.err, "");
  EXPECT_NE(o.out.find("valid: ababy-faq 1.0.0, 15 items, 0 warnings"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("valid: ababy-blog 1.0.0, 7 items, 0 warnings"), std::string::npos);
  EXPECT_NE(o.out.find("valid: ababy-attachment-quiz 1.0.0, 1 item, 0 warnings"),
            std::string::npos);
  // Alone, the FAQ's links into the blog are warnings, not errors.
  auto alone = cradle({"validate", CRADLE_CONTENT_PACKS "/ababy-faq"});
  EXPECT_EQ(alone.exit_code, 0);
  EXPECT_NE(alone.err.find("warning: link 'pack:ababy-blog/"), std::string::npos);
}

#ifdef CRADLE_DESKTOP_BUILT
TEST_F(CliTest, ViewRefusesAPageThatIsNotInTheLibraryInOneLine) {
  auto o =
      test::run_cradle({"--data-dir", (home_.path() / "data").string(), "view", "--open",
                        "no-such-pack/nothing", "--screenshot", (home_.path() / "x.png").string()},
                       {"QT_QPA_PLATFORM=offscreen", "XDG_CONFIG_HOME=" + home_.path().string(),
                        "XDG_RUNTIME_DIR=" + home_.path().string()});
  EXPECT_EQ(o.exit_code, 1);
  EXPECT_EQ(line_count(o.err), 1u) << o.err;
  EXPECT_NE(o.err.find("no page 'no-such-pack/nothing' in your library"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(home_.path() / "x.png"));
}
#else
TEST_F(CliTest, ViewSaysTheDesktopViewerIsNotInstalled) {
  auto o = cradle({"view"});
  EXPECT_EQ(o.exit_code, 1);
  EXPECT_EQ(line_count(o.err), 1u);
  EXPECT_NE(o.err.find("desktop viewer is not installed"), std::string::npos);
}
#endif

TEST_F(CliTest, AnUnusableDataDirIsOneClearLine) {
  auto o = test::run_cradle({"--data-dir", "/proc/cradle-cannot-live-here", "list"});
  EXPECT_EQ(o.exit_code, 1);
  EXPECT_EQ(line_count(o.err), 1u);
  EXPECT_NE(o.err.find("cannot create the data dir /proc/cradle-cannot-live-here"),
            std::string::npos)
      << o.err;
}

}  // namespace
}  // namespace cradle
