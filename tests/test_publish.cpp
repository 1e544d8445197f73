// The publisher tools: .cpack archives (written, opened, and refused when
// damaged or hostile), and `cradle pack` / `cradle new` run as a publisher
// runs them.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "cradle/archive.hpp"
#include "support/process.hpp"
#include "support/tar_builder.hpp"
#include "support/temp_dir.hpp"

namespace cradle {
namespace {
namespace fs = std::filesystem;
using test::Outcome;

// ---- Building archives by hand, as a damaged or hostile one would be -------

using test::read_tar;
using test::TarEntries;
using test::TarEntry;
using test::without;
using test::write_tar;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Every path under `root` whose name contains `word`.
std::vector<fs::path> find_named(const fs::path& root, const std::string& word) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(root, ec);
       it != fs::recursive_directory_iterator(); it.increment(ec))
    if (it->path().filename().string().find(word) != std::string::npos) out.push_back(it->path());
  return out;
}

bool empty_or_missing(const fs::path& dir) {
  std::error_code ec;
  return !fs::exists(dir, ec) || fs::is_empty(dir, ec);
}

// ---- The archive API --------------------------------------------------------

class PublishArchive : public ::testing::Test {
 protected:
  fs::path packed(const std::string& name = "tiny.cpack") {
    fs::path out = work_.path() / name;
    auto r = write_cpack(CRADLE_TEST_PACKS "/tiny-faq", out);
    EXPECT_TRUE(r.ok()) << r.error().message;
    return out;
  }
  fs::path staging() const { return work_.path() / "staging"; }

  // Extracting `entries` is refused with an Error naming the archive and
  // containing `expected`, and leaves nothing in the staging folder.
  void expect_refused(const TarEntries& entries, const std::string& expected) {
    fs::path bad = work_.path() / "bad.cpack";
    write_tar(bad, entries);
    auto r = extract_cpack(bad, staging());
    ASSERT_FALSE(r.ok()) << "extracted to " << r.value();
    EXPECT_TRUE(r.error().message.starts_with(bad.string() + ": ")) << r.error().message;
    EXPECT_NE(r.error().message.find(expected), std::string::npos) << r.error().message;
    EXPECT_TRUE(empty_or_missing(staging()));
  }

  test::TempDir work_;
};

TEST_F(PublishArchive, RoundTripsThePackWithoutTheManifest) {
  fs::path cpack = packed();
  auto names = read_tar(cpack);
  ASSERT_EQ(names.size(), 3u);
  EXPECT_EQ(names[0].name, "faq.md");
  EXPECT_EQ(names[1].name, "pack.yaml");
  EXPECT_EQ(names[2].name, "MANIFEST.sha256");
  EXPECT_EQ(names[2].content.size(), 2 * (64 + 2) + std::string("faq.md\npack.yaml\n").size());
  EXPECT_NE(names[2].content.find("  faq.md\n"), std::string::npos);

  auto dir = extract_cpack(cpack, staging());
  ASSERT_TRUE(dir.ok()) << dir.error().message;
  EXPECT_EQ(dir->parent_path(), staging());
  EXPECT_EQ(slurp(dir.value() / "faq.md"), slurp(CRADLE_TEST_PACKS "/tiny-faq/faq.md"));
  EXPECT_EQ(slurp(dir.value() / "pack.yaml"), slurp(CRADLE_TEST_PACKS "/tiny-faq/pack.yaml"));
  EXPECT_FALSE(fs::exists(dir.value() / kCpackManifest));
}

TEST_F(PublishArchive, SkipsHiddenFilesAndIsReproducible) {
  test::TempDir pack;
  test::copy_tree(CRADLE_TEST_PACKS "/tiny-faq", pack.path());
  pack.write(".git/config", "[core]\n");
  pack.write(".notes.swp", "x");
  pack.write("images/a picture.txt", "not really");
  auto files = list_pack_files(pack.path());
  ASSERT_TRUE(files.ok()) << files.error().message;
  EXPECT_EQ(files.value(),
            (std::vector<std::string>{"faq.md", "images/a picture.txt", "pack.yaml"}));

  // The same folder packs to the same bytes, whenever and wherever.
  fs::path first = work_.path() / "first.cpack", again = work_.path() / "again.cpack";
  ASSERT_TRUE(write_cpack(pack.path(), first).ok());
  fs::last_write_time(pack.path() / "faq.md", fs::file_time_type::clock::now());
  ASSERT_TRUE(write_cpack(pack.path(), again).ok());
  EXPECT_TRUE(slurp(first) == slurp(again));

  // Packed into the pack folder itself, the archive leaves itself out.
  fs::path inside = pack.path() / "out.cpack";
  ASSERT_TRUE(write_cpack(pack.path(), inside).ok());
  ASSERT_TRUE(write_cpack(pack.path(), inside).ok());
  EXPECT_TRUE(slurp(inside) == slurp(first));
}

TEST_F(PublishArchive, KeepsNamesThatAreNotAscii) {
  test::TempDir pack;
  test::copy_tree(CRADLE_TEST_PACKS "/tiny-faq", pack.path());
  pack.write("images/caf\xC3\xA9 \xE2\x98\x95.txt", "a cup");  // "café ☕.txt", in the C locale
  fs::path out = work_.path() / "out.cpack";
  ASSERT_TRUE(write_cpack(pack.path(), out).ok());
  auto dir = extract_cpack(out, staging());
  ASSERT_TRUE(dir.ok()) << dir.error().message;
  EXPECT_EQ(slurp(dir.value() / "images/caf\xC3\xA9 \xE2\x98\x95.txt"), "a cup");
}

TEST_F(PublishArchive, AFailedWriteLeavesNoFileAndKeepsTheOldOne) {
  test::TempDir pack;
  test::copy_tree(CRADLE_TEST_PACKS "/tiny-faq", pack.path());
  fs::create_symlink("/etc/passwd", pack.path() / "passwords");
  fs::path out = work_.path() / "out.cpack";
  std::ofstream(out) << "the old archive";

  auto r = write_cpack(pack.path(), out);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("passwords is a symbolic link"), std::string::npos)
      << r.error().message;
  EXPECT_EQ(slurp(out), "the old archive");
  for (const auto& e : fs::directory_iterator(work_.path()))
    EXPECT_EQ(e.path().filename(), "out.cpack") << "left behind: " << e.path();
}

TEST_F(PublishArchive, RefusesWhatDoesNotMatchTheManifest) {
  auto good = read_tar(packed());
  auto damaged = good;
  damaged[0].content[3] ^= 0x20;  // faq.md, one letter's case flipped
  expect_refused(damaged, "entry 'faq.md' does not match its SHA-256 in MANIFEST.sha256");
  expect_refused(without(good, "MANIFEST.sha256"), "has no MANIFEST.sha256 at its root");

  auto extra = good;
  extra.push_back({"extra.md", "smuggled in"});
  expect_refused(extra, "entry 'extra.md' is not listed in MANIFEST.sha256");
  expect_refused(without(good, "faq.md"), "MANIFEST.sha256 lists 'faq.md', which is not in");

  auto twice = good;
  twice.push_back(good[0]);
  expect_refused(twice, "entry 'faq.md' appears twice");

  auto garbled = good;
  garbled[2].content = "not a manifest\n";
  expect_refused(garbled, "MANIFEST.sha256 line 1 is not 'SHA256  PATH'");
}

TEST_F(PublishArchive, RefusesUnsafeEntriesBeforeWritingThem) {
  auto good = read_tar(packed());
  test::TempDir outside;
  const std::string abs = (outside.path() / "evil-absolute").string();
  const std::vector<std::pair<TarEntry, std::string>> cases = {
      {{"../evil", "escaped"}, "entry '../evil' climbs out of the pack folder"},
      {{"posts/../../evil", "escaped"}, "entry 'posts/../../evil' climbs out"},
      {{abs, "escaped"}, "entry '" + abs + "' has an absolute path"},
      {{"evil-link", "", TarEntry::Kind::symlink, outside.path().string()},
       "entry 'evil-link' is a symbolic link"},
      {{"evil-hard", "", TarEntry::Kind::hardlink, "/etc/passwd"},
       "entry 'evil-hard' is a hard link"},
      {{"evil-fifo", "", TarEntry::Kind::fifo}, "entry 'evil-fifo' is a device, FIFO or socket"},
  };
  for (const auto& [entry, expected] : cases) {
    SCOPED_TRACE(entry.name);
    auto entries = good;
    entries.insert(entries.begin() + 1, entry);  // after a file that was already written
    expect_refused(entries, expected);
    EXPECT_TRUE(fs::is_empty(outside.path()));
    EXPECT_TRUE(find_named(work_.path(), "evil").empty());
  }
}

TEST_F(PublishArchive, RefusesAFileOverTheLimit) {
  auto big = read_tar(packed());
  big.push_back({"big.bin", std::string(kCpackMaxFileBytes + 1, '\0')});
  expect_refused(big, "entry 'big.bin' is 64.0 MiB; a file in a .cpack may be at most 64.0 MiB");
}

TEST_F(PublishArchive, RefusesTooManyEntries) {
  TarEntries many;
  for (std::size_t i = 0; i <= kCpackMaxEntries; ++i)
    many.push_back({"f" + std::to_string(i), ""});  // files: mkdir is slow on some disks
  expect_refused(many, "has more than 10000 entries");
}

TEST_F(PublishArchive, RefusesAFileThatIsNotAnArchive) {
  fs::path junk = work_.path() / "junk.cpack";
  std::ofstream(junk) << "this is not a tar file at all, just some words";
  auto r = extract_cpack(junk, staging());
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(r.error().message.starts_with(junk.string() + ": cannot be read as a .cpack"))
      << r.error().message;
  EXPECT_TRUE(empty_or_missing(staging()));
}

// ---- The `cradle` command -----------------------------------------------------

class PublishCli : public ::testing::Test {
 protected:
  Outcome cradle(std::vector<std::string> args) {
    args.insert(args.begin(), {"--data-dir", data().string()});
    return test::run_cradle(args, {"CRADLE_PLUGIN_PATH="});
  }
  fs::path data() const { return home_.path() / "data"; }
  bool staging_is_clean() const { return empty_or_missing(data() / "staging"); }
  static std::size_t line_count(const std::string& s) {
    return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n'));
  }
  fs::path pack_tiny(const std::string& name = "tiny.cpack") {
    fs::path out = work_.path() / name;
    auto o = cradle({"pack", CRADLE_TEST_PACKS "/tiny-faq", "-o", out.string()});
    EXPECT_EQ(o.exit_code, 0) << o.err;
    return out;
  }

  test::TempDir home_, work_;
};

TEST_F(PublishCli, PackThenInstallTheCpackAndShowAnItem) {
  fs::path cpack = work_.path() / "tiny.cpack";
  auto packed = cradle({"pack", CRADLE_TEST_PACKS "/tiny-faq", "-o", cpack.string()});
  ASSERT_EQ(packed.exit_code, 0) << packed.err;
  EXPECT_EQ(packed.out, "Packed tiny-faq 1.2.0 (2 files) -> " + cpack.string() + "\n");
  // tiny-faq's raw HTML: warnings are shown, and do not stop the packing.
  const std::string warning = "faq.md:9: warning: raw HTML '<script>' is not shown";
  EXPECT_NE(packed.err.find(CRADLE_TEST_PACKS "/tiny-faq/" + warning), std::string::npos)
      << packed.err;

  auto valid = cradle({"validate", cpack.string()});
  EXPECT_EQ(valid.exit_code, 0) << valid.err;
  EXPECT_EQ(valid.out, cpack.string() + ": valid: tiny-faq 1.2.0, 3 items, 3 warnings\n");
  EXPECT_NE(valid.err.find(cpack.string() + ":" + warning), std::string::npos) << valid.err;

  auto inst = cradle({"install", cpack.string()});
  ASSERT_EQ(inst.exit_code, 0) << inst.err;
  EXPECT_EQ(inst.out, "Installed tiny-faq 1.2.0 (3 items)\n");
  auto show = cradle({"show", "tiny-faq/why-rock"});
  EXPECT_EQ(show.exit_code, 0);
  EXPECT_TRUE(show.out.starts_with("Why do cradles rock?\n\nGentle motion soothes.")) << show.out;
  EXPECT_TRUE(staging_is_clean());
}

TEST_F(PublishCli, PackNamesTheArchiveIdVersionInTheCurrentFolder) {
  struct InFolder {  // the cradle child inherits the working folder
    fs::path was = fs::current_path();
    explicit InFolder(const fs::path& p) { fs::current_path(p); }
    ~InFolder() { fs::current_path(was); }
  } here(work_.path());
  auto o = cradle({"pack", CRADLE_TEST_PACKS "/tiny-faq"});
  EXPECT_EQ(o.exit_code, 0) << o.err;
  EXPECT_EQ(o.out, "Packed tiny-faq 1.2.0 (2 files) -> tiny-faq-1.2.0.cpack\n");
  EXPECT_TRUE(fs::is_regular_file(work_.path() / "tiny-faq-1.2.0.cpack"));
}

TEST_F(PublishCli, PackRefusesAnInvalidPackAndWritesNothing) {
  test::TempDir pack;
  test::copy_tree(CRADLE_TEST_PACKS "/tiny-faq", pack.path());
  pack.write("faq.md", "## Fine?\n\nYes.\n\n## Broken?\n");
  fs::path out = work_.path() / "out.cpack";
  auto o = cradle({"pack", pack.path().string(), "-o", out.string()});
  EXPECT_EQ(o.exit_code, 1);
  EXPECT_NE(o.err.find((pack.path() / "faq.md").string() + ":5: error: question 'Broken?'"),
            std::string::npos)
      << o.err;
  EXPECT_NE(o.err.find("1 error above; nothing was packed"), std::string::npos) << o.err;
  EXPECT_TRUE(fs::is_empty(work_.path()));
}

TEST_F(PublishCli, ValidateNamesFilesInsideTheArchive) {
  test::TempDir pack;
  test::copy_tree(CRADLE_TEST_PACKS "/tiny-faq", pack.path());
  pack.write("faq.md", "## Fine?\n\nYes.\n\n## Broken?\n");
  fs::path cpack = work_.path() / "broken.cpack";
  ASSERT_TRUE(write_cpack(pack.path(), cpack).ok());  // `cradle pack` would refuse it

  auto o = cradle({"validate", cpack.string()});
  EXPECT_EQ(o.exit_code, 1);
  EXPECT_NE(o.err.find(cpack.string() + ":faq.md:5: error: question 'Broken?' has no answer"),
            std::string::npos)
      << o.err;
  EXPECT_EQ(o.err.find("staging"), std::string::npos) << o.err;
  EXPECT_TRUE(staging_is_clean());

  auto inst = cradle({"install", cpack.string()});
  EXPECT_EQ(inst.exit_code, 1);
  EXPECT_NE(inst.err.find(cpack.string() + ":faq.md:5: error:"), std::string::npos) << inst.err;
  EXPECT_TRUE(staging_is_clean());
}

TEST_F(PublishCli, ADamagedArchiveIsRefusedNamingTheFileAndChangesNothing) {
  ASSERT_EQ(cradle({"install", CRADLE_TEST_PACKS "/tiny-faq"}).exit_code, 0);
  auto before = cradle({"list", "--json"}).out;

  auto entries = read_tar(pack_tiny());
  for (auto& e : entries)
    if (e.name == "faq.md") e.content[e.content.find("soothes")] ^= 0x20;  // "Soothes"
  fs::path damaged = work_.path() / "damaged.cpack";
  write_tar(damaged, entries);

  auto o = cradle({"install", damaged.string()});
  EXPECT_EQ(o.exit_code, 1);
  EXPECT_EQ(line_count(o.err), 1u) << o.err;
  EXPECT_NE(o.err.find("cradle: error: " + damaged.string() +
                       ": entry 'faq.md' does not match its SHA-256 in MANIFEST.sha256"),
            std::string::npos)
      << o.err;
  EXPECT_NE(o.err.find("nothing was installed"), std::string::npos) << o.err;
  EXPECT_EQ(cradle({"list", "--json"}).out, before);
  EXPECT_TRUE(staging_is_clean());
}

TEST_F(PublishCli, UnsafeArchivesAreRefusedAndNothingIsWrittenOutside) {
  auto good = read_tar(pack_tiny());
  test::TempDir outside;
  const std::vector<TarEntries> attacks = {
      {good[0], {"../evil", "escaped"}, good[1], good[2]},
      {good[0],
       {"evil-dir", "", TarEntry::Kind::symlink, outside.path().string()},
       {"evil-dir/evil", "escaped"},
       good[1],
       good[2]},
  };
  for (const auto& attack : attacks) {
    SCOPED_TRACE(attack[1].name);
    fs::path cpack = work_.path() / "evil.cpack";
    write_tar(cpack, attack);
    for (const char* cmd : {"install", "validate"}) {
      auto o = cradle({cmd, cpack.string()});
      EXPECT_EQ(o.exit_code, 1) << cmd;
      EXPECT_EQ(line_count(o.err), 1u) << o.err;
      EXPECT_NE(o.err.find("entry '" + attack[1].name + "'"), std::string::npos) << o.err;
      EXPECT_NE(o.err.find("refused as unsafe"), std::string::npos) << o.err;
    }
    EXPECT_TRUE(fs::is_empty(outside.path()));
    EXPECT_TRUE(find_named(home_.path(), "evil").empty());
    EXPECT_TRUE(staging_is_clean());
  }
  EXPECT_NE(cradle({"list"}).out.find("No packs installed"), std::string::npos);
}

TEST_F(PublishCli, NewMakesAValidPackOfEachType) {
  for (const std::string type : {"faq", "blog", "quiz"}) {
    SCOPED_TRACE(type);
    fs::path dir = work_.path() / ("My " + type + " pack");
    auto made = cradle({"new", type, dir.string()});
    ASSERT_EQ(made.exit_code, 0) << made.err;
    EXPECT_NE(made.out.find("'my-" + type + "-pack'"), std::string::npos) << made.out;

    auto valid = cradle({"validate", dir.string()});
    EXPECT_EQ(valid.exit_code, 0) << valid.err;
    EXPECT_EQ(valid.err, "");  // no errors, and no warnings either
    EXPECT_NE(valid.out.find(": valid: my-" + type + "-pack 0.1.0, "), std::string::npos)
        << valid.out;
  }
}

TEST_F(PublishCli, NewRefusesAFolderThatIsNotEmpty) {
  work_.write("mine/notes.txt", "keep me");
  auto o = cradle({"new", "faq", (work_.path() / "mine").string()});
  EXPECT_EQ(o.exit_code, 1);
  EXPECT_EQ(line_count(o.err), 1u) << o.err;
  EXPECT_NE(o.err.find("already exists and is not empty"), std::string::npos) << o.err;
  EXPECT_EQ(slurp(work_.path() / "mine/notes.txt"), "keep me");
  EXPECT_FALSE(fs::exists(work_.path() / "mine/pack.yaml"));

  fs::create_directory(work_.path() / "empty");
  EXPECT_EQ(cradle({"new", "faq", (work_.path() / "empty").string()}).exit_code, 0);
  EXPECT_EQ(cradle({"new", "poem", (work_.path() / "poem").string()}).exit_code, 2);
}

TEST_F(PublishCli, HelpForTheNewCommands) {
  for (const char* cmd : {"pack", "new"}) {
    auto h = test::run_cradle({cmd, "--help"});
    EXPECT_EQ(h.exit_code, 0) << cmd;
    EXPECT_NE(h.out.find("Usage"), std::string::npos) << cmd << ": " << h.out;
  }
}

}  // namespace
}  // namespace cradle
