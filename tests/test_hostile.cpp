// Hostile .cpack archives handed to the real `cradle install`: each is
// refused with one line naming the archive and the entry or file, exit 1,
// and the reader's library (every file outside staging, every catalog row)
// exactly as it was, staging empty, and nothing written anywhere else.
#include <gtest/gtest.h>

#include "cradle/archive.hpp"
#include "support/cradle_home.hpp"
#include "support/library_state.hpp"
#include "support/tar_builder.hpp"

namespace cradle {
namespace {
namespace fs = std::filesystem;
using test::line_count;
using test::TarEntries;
using test::TarEntry;

class Hostile : public ::testing::Test, public test::CradleHome {
 protected:
  void SetUp() override {
    auto o = cradle({"install", CRADLE_TEST_PACKS "/tiny-faq"});
    ASSERT_EQ(o.exit_code, 0) << o.err;
    good_ = test::read_tar(packed(faq_pack("sleep", "1.0.0"), "good.cpack"));
    ASSERT_EQ(good_.size(), 3u);  // faq.md, pack.yaml, MANIFEST.sha256
    before_ = test::library_state(data());
  }

  // The good archive with `entry` added after its first file.
  TarEntries with(const TarEntry& entry) const {
    TarEntries out = good_;
    out.insert(out.begin() + 1, entry);
    return out;
  }

  // Installing `archive` is refused, saying `expected` after "ARCHIVE:",
  // and changes nothing. The archive's own checks say so in one line; the
  // loaders' in a FILE:LINE line and one closing line.
  void expect_refused(const fs::path& archive, const std::string& expected,
                      bool by_loader = false) {
    auto o = cradle({"install", archive.string()});
    EXPECT_EQ(o.exit_code, 1) << o.out;
    EXPECT_EQ(line_count(o.err), by_loader ? 2u : 1u) << o.err;
    EXPECT_TRUE(o.err.starts_with((by_loader ? "" : "cradle: error: ") + archive.string() + ":"))
        << o.err;
    EXPECT_NE(o.err.find(expected), std::string::npos) << o.err;
    EXPECT_NE(o.err.find("nothing was installed"), std::string::npos) << o.err;
    EXPECT_EQ(o.out, "");
    EXPECT_TRUE(test::library_state(data()) == before_) << "the library changed";
    EXPECT_EQ(test::staging_contents(data()), "");
    EXPECT_TRUE(fs::is_empty(outside_.path()));
  }
  void expect_refused(const TarEntries& entries, const std::string& expected, bool gzip = true) {
    fs::path bad = work().path() / "bad.cpack";
    test::write_tar(bad, entries, gzip);
    expect_refused(bad, expected);
    fs::remove(bad);
  }
  // A pack folder whose files are all listed in its manifest: the archive
  // is well-formed, and what is in it is the problem.
  fs::path cpack_of(const fs::path& folder) {
    fs::path out = work().path() / "made.cpack";
    auto r = write_cpack(folder, out);
    EXPECT_TRUE(r.ok()) << r.error().message;
    return out;
  }

  TarEntries good_;
  test::LibraryState before_;
  test::TempDir outside_;
};

TEST_F(Hostile, PathsThatLeaveThePackFolder) {
  const std::string abs = (outside_.path() / "evil").string();
  expect_refused(with({abs, "escaped"}), "entry '" + abs + "' has an absolute path");
  expect_refused(with({"../evil", "escaped"}), "entry '../evil' climbs out of the pack folder");
  expect_refused(with({"posts/../../evil", "escaped"}), "entry 'posts/../../evil' climbs out");
}

TEST_F(Hostile, LinksAndSpecialFiles) {
  expect_refused(with({"evil-link", "", TarEntry::Kind::symlink, outside_.path().string()}),
                 "entry 'evil-link' is a symbolic link, so the archive was refused as unsafe");
  expect_refused(with({"evil-hard", "", TarEntry::Kind::hardlink, "/etc/passwd"}),
                 "entry 'evil-hard' is a hard link");
  expect_refused(with({"evil-dev", "", TarEntry::Kind::chardev}),
                 "entry 'evil-dev' is a device, FIFO or socket");
  expect_refused(with({"evil-fifo", "", TarEntry::Kind::fifo}),
                 "entry 'evil-fifo' is a device, FIFO or socket");
}

TEST_F(Hostile, NamesThatAreNotUtf8AndDuplicates) {
  expect_refused(with({"caf\xE9.md", "bonjour"}), "has a name that is not valid UTF-8");
  expect_refused(with(good_[0]), "entry 'faq.md' appears twice");
}

TEST_F(Hostile, TooManyEntries) {
  TarEntries many = good_;
  for (std::size_t i = 0; i < kCpackMaxEntries; ++i)
    many.insert(many.begin(), {"f" + std::to_string(i), ""});
  expect_refused(many, "has more than 10000 entries");
}

TEST_F(Hostile, FilesTooBigAndBombs) {
  // Plain tars: quick to write however big; a .cpack may be one.
  expect_refused(with({"big.bin", "", TarEntry::Kind::file, "", kCpackMaxFileBytes + 1}),
                 "entry 'big.bin' is 64.0 MiB; a file in a .cpack may be at most 64.0 MiB", false);
  TarEntries huge = good_;
  for (int i = 0; i < 9; ++i)
    huge.insert(huge.begin(),
                {"part" + std::to_string(i), "", TarEntry::Kind::file, "", 60u << 20});
  expect_refused(huge, "entry 'part0' takes the archive over 512.0 MiB of files", false);
  // 4 MiB of one letter packs into a few KiB: over 100 times.
  expect_refused(with({"bomb.txt", "", TarEntry::Kind::file, "", 4u << 20}),
                 "entry 'bomb.txt' takes the archive to 4.0 MiB unpacked from ");
}

TEST_F(Hostile, TextThatIsNotUtf8IsRefusedAtItsLine) {
  fs::path folder = faq_pack("latin", "1.0.0", "Caf\xE9 au lait, at the third line.");
  fs::path archive = cpack_of(folder);
  expect_refused(archive, "faq.md:3: error: is not valid UTF-8 text (byte ", true);
}

TEST_F(Hostile, YamlThatNestsTooDeep) {
  std::string deep = std::string(200, '[') + "1" + std::string(200, ']');
  fs::path folder = faq_pack("deep", "1.0.0", "Words.", "extra: " + deep + "\n");
  expect_refused(cpack_of(folder), "pack.yaml:10: error: nests more than 64 levels deep", true);
  // A blog post's front matter is YAML too; its lines count from the file's.
  fs::path blog = faq_pack("deep-post", "1.0.0");
  work().write((blog / "posts/deep.md").lexically_relative(work().path()).string(),
               "---\ntitle: Deep\ntags: " + deep + "\n---\n\nWords.\n");
  expect_refused(cpack_of(blog), "posts/deep.md:3: error: nests more than 64 levels deep", true);
}

TEST_F(Hostile, YamlAliasBombs) {
  // Each line ten of the one before: 10^6 values from a few lines.
  std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  for (char c = 'b'; c <= 'f'; ++c) {
    std::string prev(1, static_cast<char>(c - 1));
    bomb += std::string(1, c) + ": &" + c + " [";
    for (int i = 0; i < 10; ++i) bomb += (i ? ", *" : "*") + prev;
    bomb += "]\n";
  }
  fs::path folder = faq_pack("laughs", "1.0.0");
  std::string quiz = (folder / "quiz.yaml").string();
  work().write(fs::path(quiz).lexically_relative(work().path()).string(), bomb);
  expect_refused(cpack_of(folder),
                 "quiz.yaml:5: error: expands through its aliases (*name) to more than 100000 "
                 "values, so it was refused as a YAML bomb",
                 true);
}

}  // namespace
}  // namespace cradle
