// kill -9 at any instant of an install: the library is the old one or the
// new one, never a mix, and a server reading it all the while never serves
// half a pack.
//
// An upgrade (and, from the new state, a downgrade back) is killed at 100
// random instants spread over its whole run: CRADLE_TEST_STEP_DELAY_MS
// slows each step so the instants fall inside unpacking, checking, the
// move into the store, the commit and the clean-up after it. After each
// kill, `cradle list`, `cradle search` and the pack's stored files must all
// tell of one and the same version.
#include <gtest/gtest.h>

#include <atomic>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <thread>

#include "cradle/archive.hpp"
#include "support/cradle_home.hpp"
#include "support/http_client.hpp"
#include "support/library_state.hpp"
#include "support/served_library.hpp"

namespace cradle {
namespace {
namespace fs = std::filesystem;
namespace json = boost::json;

constexpr int kTrials = 100;

// A FAQ whose every answer has `word`, with `questions` questions.
fs::path make_faq(const test::TempDir& work, const std::string& version, const std::string& word,
                  int questions) {
  std::string dir = "sleep-" + version;
  work.write(dir + "/pack.yaml", "id: sleep\nversion: " + version +
                                     "\ntitle: Sleep\nlanguage: en\napi: 1\ncontent:\n"
                                     "  - type: faq\n    source: faq.md\n");
  std::string faq;
  for (int i = 0; i < questions; ++i)
    faq += "## Question " + std::to_string(i) + " {#q" + std::to_string(i) + "}\n\nAbout moon " +
           word + " nights.\n\n";
  work.write(dir + "/faq.md", faq);
  fs::path archive = work.path() / (dir + ".cpack");
  EXPECT_TRUE(write_cpack(work.path() / dir, archive).ok());
  return archive;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Version {
  std::string number, word;
  std::size_t items;
};
const Version kOld{"1.0.0", "oldmoon", 2}, kNew{"2.0.0", "newmoon", 3};

// What the server showed, checked on every answer by a reader thread.
struct ServerWatch {
  std::atomic<bool> stop{false};
  std::atomic<int> answers{0}, bad{0};
  std::string first_bad;
  std::thread thread;

  void watch(unsigned short port) {
    thread = std::thread([this, port] {
      while (!stop) {
        auto api = test::http_get(port, "/api/v1/packs/sleep");
        auto page = test::http_get(port, "/p/sleep/");
        std::string why;
        if (api.result_int() != 200 || page.result_int() != 200) {
          why = "status " + std::to_string(api.result_int()) + "/" +
                std::to_string(page.result_int());
        } else {
          auto o = json::parse(api.body()).as_object();
          std::string v(o.at("version").as_string());
          auto items = static_cast<std::size_t>(o.at("items").to_number<std::int64_t>());
          bool old_words = page.body().find(kOld.word) != std::string::npos;
          bool new_words = page.body().find(kNew.word) != std::string::npos;
          bool whole_old = v == kOld.number && items == kOld.items;
          bool whole_new = v == kNew.number && items == kNew.items;
          if (!(whole_old || whole_new) || old_words == new_words)
            why = "version " + v + " with " + std::to_string(items) + " items";
        }
        if (!why.empty() && bad++ == 0) first_bad = why;
        ++answers;
        // A reader clicking, not a benchmark: leave the CPU to the installs.
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
      }
    });
  }
  ~ServerWatch() {
    stop = true;
    if (thread.joinable()) thread.join();
  }
};

class CrashSafety : public ::testing::Test {
 protected:
  test::Outcome cradle(std::vector<std::string> args, std::vector<std::string> env = {}) {
    args.insert(args.begin(), {"--data-dir", data_.string()});
    env.push_back("CRADLE_PLUGIN_PATH=");
    return test::run_cradle(args, env);
  }

  // Which version the library holds, after checking that list, search and
  // the stored files all agree on it.
  const Version* agreed_state() {
    auto listed = json::parse(cradle({"list", "--json"}).out).as_array();
    const Version* v = nullptr;
    bool bystander = false;
    for (const auto& p : listed) {
      if (p.at("id") == "feeding") bystander = true;
      if (p.at("id") != "sleep") continue;
      for (const Version* candidate : {&kOld, &kNew})
        if (p.at("version").as_string() == candidate->number &&
            static_cast<std::size_t>(p.at("items").to_number<std::int64_t>()) == candidate->items)
          v = candidate;
    }
    EXPECT_TRUE(bystander) << "the pack beside it went missing";
    if (!v) {
      ADD_FAILURE() << "list shows no whole version of sleep: " << json::serialize(listed);
      return nullptr;
    }
    // Every item of either version has "moon": search must find exactly
    // the listed version's.
    auto hits = json::parse(cradle({"search", "moon", "--json", "--limit", "50"}).out).as_array();
    EXPECT_EQ(hits.size(), v->items) << "search disagrees with list (" << v->number << ")";
    for (const auto& hit : hits)
      EXPECT_NE(std::string(hit.at("snippet").as_string()).find(v->word), std::string::npos)
          << "search finds another version's text: " << json::serialize(hit);

    auto info = json::parse(cradle({"info", "sleep", "--json"}).out).as_object();
    fs::path files(std::string(info.at("files_dir").as_string()));
    EXPECT_NE(slurp(files / "pack.yaml").find("version: " + v->number), std::string::npos)
        << "stored files disagree with list (" << v->number << ") in " << files;
    EXPECT_NE(slurp(files / "faq.md").find(v->word), std::string::npos);
    return v;
  }

  fs::path data_;
};

TEST_F(CrashSafety, AKilledInstallLeavesTheOldPackOrTheNewOne) {
  test::CradleHome home;
  test::ServedLibrary served({home.faq_pack("feeding", "1.0.0")});
  data_ = served.data_dir();
  const fs::path old_pack = make_faq(home.work(), kOld.number, kOld.word, kOld.items);
  const fs::path new_pack = make_faq(home.work(), kNew.number, kNew.word, kNew.items);
  ASSERT_EQ(cradle({"install", old_pack.string()}).exit_code, 0);
  ASSERT_EQ(agreed_state(), &kOld);
  // The server takes up to a poll to show the first install: the watch
  // begins once it does, so that every answer it sees must be whole.
  bool shown = false;
  for (int i = 0; i < 500 && !shown; ++i) {
    shown = test::http_get(served.port(), "/api/v1/packs/sleep").result_int() == 200;
    if (!shown) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ASSERT_TRUE(shown) << "the server did not show the installed pack within 5 s";

  ServerWatch server;
  server.watch(served.port());

  // How long one whole (slowed) upgrade takes here: the kills are spread
  // evenly over that, and a little past it.
  const std::vector<std::string> slow{"CRADLE_PLUGIN_PATH=", "CRADLE_TEST_STEP_DELAY_MS=40"};
  auto started = std::chrono::steady_clock::now();
  auto whole = test::BackgroundCradle(
                   {"--data-dir", data_.string(), "install", "--quiet", new_pack.string()}, slow)
                   .wait();
  ASSERT_EQ(whole.exit_code, 0) << whole.err;
  auto run_us = std::chrono::duration_cast<std::chrono::microseconds>(
                    std::chrono::steady_clock::now() - started)
                    .count();
  ASSERT_EQ(agreed_state(), &kNew);

  std::mt19937 random(20261128);  // fixed: a failure can be run again as it was
  std::uniform_int_distribution<long> instant_us(0, run_us * 11 / 10);
  const Version* state = &kNew;
  int left_old = 0, left_new = 0;
  for (int trial = 0; trial < kTrials && !HasFailure(); ++trial) {
    SCOPED_TRACE("trial " + std::to_string(trial));
    std::vector<std::string> args{"--data-dir", data_.string(), "install", "--quiet"};
    if (state == &kOld) {
      args.push_back(new_pack.string());
    } else {
      args.insert(args.end(), {"--allow-downgrade", old_pack.string()});
    }
    test::BackgroundCradle install(args, slow);
    std::this_thread::sleep_for(std::chrono::microseconds(instant_us(random)));
    install.kill_now();  // if it finished already, this only reaps it
    const Version* now = agreed_state();
    if (!now) break;
    if (now == state) {
      ++left_old;
    } else {
      ++left_new;
    }
    state = now;
  }
  // The kills fell both before and after the commit.
  std::cout << "[ figures  ] " << kTrials << " kills over " << run_us / 1000
            << " ms installs: " << left_old << " left the state it had, " << left_new
            << " the one it was installing\n";
  EXPECT_GT(left_old, 10);
  EXPECT_GT(left_new, 10);

  // The next install sweeps what the killed ones left.
  std::vector<std::string> last{"install", "--quiet", "--allow-downgrade", old_pack.string()};
  auto clean = cradle(last);
  EXPECT_EQ(clean.exit_code, 0) << clean.err;
  EXPECT_EQ(test::staging_contents(data_), "");
  std::size_t stored = 0;
  for (const auto& e : fs::directory_iterator(data_ / "packs")) {
    (void)e;
    ++stored;
  }
  EXPECT_EQ(stored, 1u) << "folders of dead installs were left in " << (data_ / "packs");

  server.stop = true;
  server.thread.join();
  EXPECT_GT(server.answers.load(), kTrials);
  EXPECT_EQ(server.bad.load(), 0) << "the server served half a pack: " << server.first_bad;
}

}  // namespace
}  // namespace cradle
