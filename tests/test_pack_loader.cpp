// pack.yaml validation and link resolution, with the real FAQ plugin.
#include <gtest/gtest.h>

#include "support/packs.hpp"
#include "support/temp_dir.hpp"

namespace cradle {
namespace {
using test::bundled_registry;
using test::lines;

std::string load_errors(const std::string& manifest, const std::string& faq = "## Q?\n\nA.\n") {
  test::TempDir dir;
  dir.write("pack.yaml", manifest);
  dir.write("faq.md", faq);
  return lines(load_pack(dir.path(), bundled_registry()).diagnostics);
}

TEST(PackLoader, YamlSyntaxErrorsNameTheLine) {
  EXPECT_EQ(load_errors("id: x\ntitle: [unclosed\nversion: 1.0.0\n"),
            "pack.yaml:3: error: not valid YAML: end of sequence flow not found\n");
}

TEST(PackLoader, EachBadFieldIsReportedAtItsLine) {
  std::string got = load_errors(
      "id: Not A Slug\nversion: one\ntitle: T\nlanguage: english please\napi: 7\ncolour: red\n"
      "content:\n  - type: nope\n    source: faq.md\n  - type: faq\n    source: ../etc/passwd\n");
  EXPECT_EQ(got,
            "pack.yaml:6: warning: unknown field 'colour' is ignored\n"
            "pack.yaml:1: error: id 'Not A Slug' must be a lowercase slug: letters a-z, digits "
            "and single hyphens\n"
            "pack.yaml:2: error: version 'one' is not a semantic version like 1.0.0\n"
            "pack.yaml:4: error: language 'english please' is not a BCP 47 tag like en or en-AU\n"
            "pack.yaml:5: error: the pack needs api 7, this Cradle reads api 1: use a Cradle "
            "that matches\n"
            "pack.yaml:8: error: no content-type plugin named 'nope' is installed (`cradle "
            "plugins` lists them)\n"
            "pack.yaml:11: error: source '../etc/passwd' must be a path inside the pack folder\n");
}

TEST(PackLoader, MissingFieldsAndMissingFiles) {
  std::string got =
      load_errors("version: 1.0.0\ncontent:\n  - type: faq\n    source: nothere.md\n");
  EXPECT_NE(got.find("pack.yaml:1: error: missing required field 'id'"), std::string::npos) << got;
  EXPECT_NE(got.find("missing required field 'title'"), std::string::npos);
  EXPECT_NE(got.find("missing required field 'api'"), std::string::npos);
  EXPECT_NE(got.find("pack.yaml:4: error: source 'nothere.md' does not exist"), std::string::npos);

  test::TempDir empty;
  auto none = load_pack(empty.path(), bundled_registry());
  ASSERT_EQ(none.diagnostics.size(), 1u);
  EXPECT_NE(format(none.diagnostics[0]).find("pack.yaml: error: not found in"), std::string::npos);
}

TEST(PackLoader, LinksResolveWithinTheSetAndAgainstInstalledPacks) {
  test::TempDir a, b;
  a.write("pack.yaml", test::faq_manifest("alpha"));
  a.write("faq.md",
          "## One?\n\nSee [two](two) and [beta](pack:beta/three).\n\n## Two?\n\n"
          "[Gone](pack:alpha/nothing) and [later](pack:gamma/x) and [bad](ftp://x).\n");
  b.write("pack.yaml", test::faq_manifest("beta"));
  b.write("faq.md", "## Three?\n\nBack to [alpha](pack:alpha).\n");

  std::vector<LoadedPack> set{load_pack(a.path(), bundled_registry()),
                              load_pack(b.path(), bundled_registry())};
  resolve_links(set, nullptr);
  EXPECT_EQ(lines(set[0].diagnostics),
            "faq.md:7: error: link 'pack:alpha/nothing' points to nothing: pack 'alpha' has no "
            "item 'nothing'\n"
            "faq.md:7: warning: link 'pack:gamma/x' points to pack 'gamma', which is not "
            "installed; it works once it is\n"
            "faq.md:7: error: link 'ftp://x' is not a link Cradle can follow: write "
            "pack:PACK/SLUG, a SLUG of this pack, or an http(s) URL\n");
  EXPECT_EQ(lines(set[1].diagnostics), "");
  // Same-pack links are stored in their full form.
  EXPECT_EQ(set[0].pack.items[0].body[0].spans[1].href, "pack:alpha/two");
}

}  // namespace
}  // namespace cradle
