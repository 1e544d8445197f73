// A pack's life in a reader's library, through the real `cradle`: upgrades,
// reinstalls and refused downgrades, what `list` and `info` show, packs that
// need other packs, removing with care, progress on a terminal, and two
// installs at once.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <chrono>
#include <fstream>
#include <thread>

#include "support/cradle_home.hpp"
#include "support/http_client.hpp"
#include "support/library_state.hpp"
#include "support/served_library.hpp"

namespace cradle {
namespace {
namespace fs = std::filesystem;
namespace json = boost::json;
using test::line_count;

class Lifecycle : public ::testing::Test, public test::CradleHome {};

TEST_F(Lifecycle, UpgradesSkipsTheSameVersionAndRefusesADowngrade) {
  auto first = cradle({"install", faq_pack("sleep", "1.0.0").string()});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(first.out, "Installed sleep 1.0.0 (1 item)\n");

  auto same = cradle({"install", faq_pack("sleep", "1.0.0", "Changed words.").string()});
  EXPECT_EQ(same.exit_code, 0) << same.err;
  EXPECT_EQ(same.out,
            "sleep 1.0.0 is already installed: nothing to do (--force installs it again)\n");
  EXPECT_EQ(cradle({"search", "changed"}).out, "Nothing found for \"changed\".\n");

  auto forced =
      cradle({"install", "--force", faq_pack("sleep", "1.0.0", "Changed words.").string()});
  EXPECT_EQ(forced.out, "Reinstalled sleep 1.0.0 (1 item)\n") << forced.err;
  EXPECT_NE(cradle({"search", "changed"}).out.find("sleep/night"), std::string::npos);

  auto up = cradle({"install", faq_pack("sleep", "1.10.0", "Newer words.").string()});
  EXPECT_EQ(up.out, "Upgraded sleep 1.0.0 -> 1.10.0 (1 item)\n") << up.err;

  auto before = test::library_state(data());
  auto down = cradle({"install", faq_pack("sleep", "1.9.0").string()});
  EXPECT_EQ(down.exit_code, 1);
  EXPECT_EQ(down.err,
            "cradle: error: sleep 1.9.0 is older than the installed 1.10.0; nothing was installed "
            "(--allow-downgrade installs it anyway)\n");
  EXPECT_EQ(test::library_state(data()), before);

  auto allowed = cradle({"install", "--allow-downgrade", faq_pack("sleep", "1.9.0").string()});
  EXPECT_EQ(allowed.out, "Downgraded sleep 1.10.0 -> 1.9.0 (1 item)\n") << allowed.err;
  // A pre-release sorts before its release.
  auto pre = cradle({"install", faq_pack("sleep", "1.9.0-beta.2").string()});
  EXPECT_EQ(pre.exit_code, 1);
  EXPECT_NE(pre.err.find("1.9.0-beta.2 is older than the installed 1.9.0"), std::string::npos);
}

TEST_F(Lifecycle, JsonReportsWhatWasDoneForScripts) {
  auto o = cradle({"install", "--json", faq_pack("sleep", "1.0.0").string()});
  ASSERT_EQ(o.exit_code, 0) << o.err;
  auto r = json::parse(o.out).as_object();
  EXPECT_EQ(r.at("ok"), true);
  auto p = r.at("packs").as_array().at(0).as_object();
  EXPECT_EQ(p.at("id"), "sleep");
  EXPECT_EQ(p.at("action"), "installed");
  EXPECT_EQ(p.at("signature"), "folder");

  auto again = cradle({"install", "--json", faq_pack("sleep", "0.9.0").string()});
  EXPECT_EQ(again.exit_code, 1);
  auto failed = json::parse(again.out).as_object();
  EXPECT_EQ(failed.at("ok"), false);
  EXPECT_NE(std::string(failed.at("error").as_string()).find("is older than"), std::string::npos);

  auto quiet = cradle({"install", "--quiet", faq_pack("sleep", "1.1.0").string()});
  EXPECT_EQ(quiet.exit_code, 0);
  EXPECT_EQ(quiet.out, "");
  EXPECT_EQ(quiet.err, "");
}

TEST_F(Lifecycle, ListAndInfoShowWhoWhatAndWhen) {
  ASSERT_EQ(cradle({"install", faq_pack("sleep", "1.0.0", "See [the feeds](pack:feeding/night).",
                                        "publisher: ABaby&Someone\n")
                                   .string()})
                .exit_code,
            0);
  auto list = cradle({"list"});
  EXPECT_NE(list.out.find("PUBLISHER"), std::string::npos) << list.out;
  EXPECT_NE(list.out.find("SIGNATURE"), std::string::npos);
  std::string today = [] {
    auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", std::gmtime(&now));
    return std::string(buf);
  }();
  EXPECT_NE(list.out.find("sleep                   1.0.0     1      ABaby&Someone       folder"
                          "              " +
                          today + "  The sleep pack"),
            std::string::npos)
      << list.out;
  auto listed = json::parse(cradle({"list", "--json"}).out).as_array().at(0).as_object();
  EXPECT_EQ(listed.at("publisher"), "ABaby&Someone");
  EXPECT_EQ(listed.at("signature"), "folder");

  auto info = cradle({"info", "sleep"});
  ASSERT_EQ(info.exit_code, 0) << info.err;
  EXPECT_NE(info.out.find("  version:     1.0.0\n"), std::string::npos) << info.out;
  EXPECT_NE(info.out.find("  publisher:   ABaby&Someone\n"), std::string::npos);
  EXPECT_NE(info.out.find("  faq.md  ("), std::string::npos);
  EXPECT_NE(info.out.find("  pack.yaml  ("), std::string::npos);
  EXPECT_NE(info.out.find("  feeding: 1 link (not installed: shown without a link)"),
            std::string::npos);

  auto as_json = json::parse(cradle({"info", "sleep", "--json"}).out).as_object();
  fs::path files_dir = std::string(as_json.at("files_dir").as_string());
  EXPECT_EQ(files_dir.parent_path(), data() / "packs");
  EXPECT_TRUE(fs::is_regular_file(files_dir / "faq.md"));
  EXPECT_EQ(as_json.at("links_to").as_object().at("feeding").at("installed"), false);

  auto missing = cradle({"info", "nope"});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_EQ(line_count(missing.err), 1u);
}

TEST_F(Lifecycle, UnmetRequirementsAreRefusedNamingThem) {
  const std::string needs =
      "requires:\n  cradle: \">=0.1.0 <1.0.0\"\n  packs:\n    feeding: ^2.0.0\n";
  auto b = faq_pack("sleep", "1.0.0", "Words.", needs);

  // Validating points it out, and does not fail: the pack itself is fine.
  auto checked = cradle({"validate", b.string()});
  EXPECT_EQ(checked.exit_code, 0) << checked.err;
  EXPECT_NE(checked.err.find("pack.yaml: warning: the pack requires pack 'feeding' ^2.0.0"),
            std::string::npos)
      << checked.err;

  auto alone = cradle({"install", b.string()});
  EXPECT_EQ(alone.exit_code, 1);
  EXPECT_NE(alone.err.find((b / "pack.yaml").string() +
                           ": error: the pack requires pack 'feeding' ^2.0.0, which is not "
                           "installed: install it first, or with this one"),
            std::string::npos)
      << alone.err;

  ASSERT_EQ(cradle({"install", faq_pack("feeding", "1.4.0").string()}).exit_code, 0);
  auto old = cradle({"install", b.string()});
  EXPECT_EQ(old.exit_code, 1);
  EXPECT_NE(old.err.find("requires pack 'feeding' ^2.0.0, and 1.4.0 is installed"),
            std::string::npos)
      << old.err;

  // Installed together, the requirement is met by the pack beside it.
  auto together = cradle({"install", faq_pack("feeding", "2.1.0").string(), b.string()});
  EXPECT_EQ(together.exit_code, 0) << together.err;
  auto info = cradle({"info", "sleep"});
  EXPECT_NE(info.out.find("  requires:    feeding ^2.0.0\n"), std::string::npos) << info.out;
  EXPECT_NE(info.out.find("  requires:    cradle >=0.1.0 <1.0.0\n"), std::string::npos);

  auto future = faq_pack("future", "1.0.0", "Words.", "requires:\n  cradle: \">=99.0.0\"\n");
  auto refused = cradle({"install", future.string()});
  EXPECT_EQ(refused.exit_code, 1);
  EXPECT_NE(refused.err.find("the pack requires Cradle >=99.0.0, and this is Cradle 0.1.0"),
            std::string::npos)
      << refused.err;

  auto bad = faq_pack("odd", "1.0.0", "Words.", "requires:\n  packs:\n    feeding: soon\n");
  auto invalid = cradle({"validate", bad.string()});
  EXPECT_EQ(invalid.exit_code, 1);
  EXPECT_NE(invalid.err.find((bad / "pack.yaml").string() +
                             ":12: error: the version range for pack feeding is not one Cradle "
                             "reads"),
            std::string::npos)
      << invalid.err;
}

TEST_F(Lifecycle, RemovingALinkedPackWarnsAndItsLinksShowAsNotInstalled) {
  test::ServedLibrary served(
      {faq_pack("feeding", "1.0.0"),
       faq_pack("sleep", "1.0.0", "See [night feeds](pack:feeding/night).")});
  auto page = test::http_get(served.port(), "/p/sleep/night");
  ASSERT_EQ(page.result_int(), 200);
  EXPECT_NE(page.body().find("href=\"/p/feeding/night\""), std::string::npos);

  auto rm = test::run_cradle({"--data-dir", served.data_dir().string(), "remove", "feeding"},
                             {"CRADLE_PLUGIN_PATH="});
  EXPECT_EQ(rm.exit_code, 0) << rm.err;
  EXPECT_EQ(rm.out, "Removed feeding\n");  // stdin is not a terminal: nothing asked
  EXPECT_EQ(rm.err,
            "cradle: warning: sleep links to feeding 1 time; those links will show as not "
            "installed until it is installed again\n");

  std::string body;
  for (int i = 0; i < 100; ++i) {  // the server picks up the change within its poll
    body = test::http_get(served.port(), "/p/sleep/night").body();
    if (body.find("link-missing") != std::string::npos) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  EXPECT_NE(body.find("<span class=\"link-missing\" title=\"This part of the library is not "
                      "installed\">night feeds</span>"),
            std::string::npos)
      << body;
}

TEST_F(Lifecycle, RemoveAsksOnATerminalUnlessYes) {
  ASSERT_EQ(cradle({"install", faq_pack("sleep", "1.0.0").string()}).exit_code, 0);
  auto no = test::run_cradle_on_terminal(with_data_dir({"remove", "sleep"}), "n\n",
                                         {"CRADLE_PLUGIN_PATH="});
  EXPECT_EQ(no.exit_code, 0);
  EXPECT_NE(no.out.find("Remove sleep 1.0.0 from your library? [y/N]"), std::string::npos)
      << no.out;
  EXPECT_NE(no.out.find("Nothing was removed."), std::string::npos) << no.out;
  EXPECT_NE(cradle({"list"}).out.find("sleep "), std::string::npos);

  auto yes = test::run_cradle_on_terminal(with_data_dir({"remove", "sleep"}), "y\n",
                                          {"CRADLE_PLUGIN_PATH="});
  EXPECT_NE(yes.out.find("Removed sleep"), std::string::npos) << yes.out;
  EXPECT_NE(cradle({"list"}).out.find("No packs installed"), std::string::npos);

  ASSERT_EQ(cradle({"install", faq_pack("sleep", "1.0.0").string()}).exit_code, 0);
  auto flagged = test::run_cradle_on_terminal(with_data_dir({"remove", "--yes", "sleep"}), "",
                                              {"CRADLE_PLUGIN_PATH="});
  EXPECT_EQ(flagged.out.find("[y/N]"), std::string::npos) << flagged.out;
  EXPECT_NE(flagged.out.find("Removed sleep"), std::string::npos);
  // The pack's files went with it.
  EXPECT_TRUE(fs::is_empty(data() / "packs"));
}

TEST_F(Lifecycle, ALongInstallShowsProgressOnlyOnATerminal) {
  const std::vector<std::string> slow = {"CRADLE_PLUGIN_PATH=", "CRADLE_TEST_STEP_DELAY_MS=400"};
  auto pack = faq_pack("sleep", "1.0.0");
  auto tty = test::run_cradle_on_terminal(with_data_dir({"install", pack.string()}), "", slow);
  EXPECT_EQ(tty.exit_code, 0) << tty.out;
  EXPECT_NE(tty.out.find("\r[###"), std::string::npos) << tty.out;
  EXPECT_NE(tty.out.find("%  "), std::string::npos);
  EXPECT_NE(tty.out.find("Installed sleep 1.0.0"), std::string::npos);

  auto quiet = test::run_cradle_on_terminal(
      with_data_dir({"install", "--quiet", "--force", pack.string()}), "", slow);
  EXPECT_EQ(quiet.exit_code, 0) << quiet.out;
  EXPECT_EQ(quiet.out.find('['), std::string::npos) << quiet.out;

  auto script = cradle({"install", "--force", pack.string()}, {"CRADLE_TEST_STEP_DELAY_MS=400"});
  EXPECT_EQ(script.exit_code, 0);
  EXPECT_EQ(script.err, "");  // not a terminal: no bar
  // Quick installs show nothing, even on a terminal.
  auto quick = test::run_cradle_on_terminal(with_data_dir({"install", "--force", pack.string()}),
                                            "", {"CRADLE_PLUGIN_PATH="});
  EXPECT_EQ(quick.out.find('['), std::string::npos) << quick.out;
}

TEST_F(Lifecycle, ASecondInstallWaitsForTheFirstOrSaysWhy) {
  auto v1 = faq_pack("sleep", "1.0.0"), v2 = faq_pack("sleep", "2.0.0", "Second words.");
  test::BackgroundCradle first(with_data_dir({"install", v1.string()}),
                               {"CRADLE_PLUGIN_PATH=", "CRADLE_TEST_STEP_DELAY_MS=500"});
  // Wait until the first holds the lock (it writes its pid into the file).
  std::string holder;
  for (int i = 0; i < 200 && holder.empty(); ++i) {
    std::ifstream in(data() / "lock");
    std::getline(in, holder);
    if (holder.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ASSERT_EQ(holder, std::to_string(first.pid()));

  auto impatient = cradle({"install", "--wait", "0", v2.string()});
  EXPECT_EQ(impatient.exit_code, 1);
  EXPECT_EQ(impatient.err, "cradle: error: another cradle (pid " + holder +
                               ") is installing or removing packs in " + data().string() +
                               "; nothing was changed. Wait for it to finish and run this again\n");

  auto patient = cradle({"install", v2.string()});
  EXPECT_EQ(patient.exit_code, 0) << patient.err;
  EXPECT_NE(patient.err.find("cradle: waiting for another cradle (pid " + holder + ")"),
            std::string::npos)
      << patient.err;
  EXPECT_EQ(patient.out, "Upgraded sleep 1.0.0 -> 2.0.0 (1 item)\n");
  auto done = first.wait();
  EXPECT_EQ(done.exit_code, 0) << done.err;
  EXPECT_NE(cradle({"search", "second"}).out.find("sleep/night"), std::string::npos);
  EXPECT_EQ(test::staging_contents(data()), "");
}

}  // namespace
}  // namespace cradle
