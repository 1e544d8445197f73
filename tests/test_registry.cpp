#include <gtest/gtest.h>

#include "cradle/registry.hpp"

namespace cradle {
namespace {

const RefusedPlugin* refused_file(const Registry& r, std::string_view stem) {
  for (const auto& x : r.refused())
    if (x.file.stem() == stem) return &x;
  return nullptr;
}

TEST(Registry, LoadsAGoodPluginAndRefusesTheRestWithTheirReasons) {
  Registry r({CRADLE_TEST_PLUGIN_DIR, CRADLE_TEST_PLUGIN_DUP_DIR});

  ASSERT_EQ(r.plugins().size(), 1u);
  EXPECT_EQ(r.plugins()[0].name, "test-echo");
  EXPECT_EQ(r.plugins()[0].kind, "content-type");
  EXPECT_EQ(r.plugins()[0].version, "0.1.0");  // the first of the two test-echo modules
  ASSERT_NE(r.content_type("test-echo"), nullptr);
  EXPECT_EQ(r.frontend("test-echo"), nullptr);

  auto* wrong = refused_file(r, "test_plugin_wrong_api");
  ASSERT_NE(wrong, nullptr);
  EXPECT_NE(wrong->reason.find("built for plugin API " + std::to_string(kPluginApiVersion + 998) +
                               ", this Cradle has API " + std::to_string(kPluginApiVersion)),
            std::string::npos)
      << wrong->reason;

  auto* throwing = refused_file(r, "test_plugin_throwing");
  ASSERT_NE(throwing, nullptr);
  EXPECT_NE(throwing->reason.find("factory failed: cannot open the display"), std::string::npos)
      << throwing->reason;

  auto* missing = refused_file(r, "test_plugin_no_symbols");
  ASSERT_NE(missing, nullptr);
  EXPECT_NE(missing->reason.find("missing symbol 'cradle_plugin_info'"), std::string::npos);

  auto* dup = refused_file(r, "test_plugin_duplicate_name");
  ASSERT_NE(dup, nullptr);
  EXPECT_NE(dup->reason.find("duplicate plugin name 'test-echo'"), std::string::npos);

  EXPECT_EQ(r.refused().size(), 4u);
  // One line naming the file and the reason.
  std::string line = Registry::describe(*dup);
  EXPECT_EQ(line.find('\n'), std::string::npos);
  EXPECT_NE(line.find("test_plugin_duplicate_name.so: "), std::string::npos);
}

TEST(Registry, AnObjectKeepsItsModuleLoadedAfterTheRegistryIsGone) {
  std::shared_ptr<ContentType> echo;
  {
    Registry r({CRADLE_TEST_PLUGIN_DIR});
    echo = r.content_type("test-echo");
  }
  ASSERT_NE(echo, nullptr);
  // Calls into the module's code: would crash had it been unloaded.
  auto out = echo->load({".", "faq.md", "p", false});
  ASSERT_EQ(out.items.size(), 1u);
  EXPECT_EQ(out.items[0].title, "Echo of faq.md");
}

TEST(Registry, FindsTheBundledPlugins) {
  Registry r({CRADLE_PLUGIN_DIR});
  EXPECT_NE(r.content_type("faq"), nullptr);
  EXPECT_NE(r.frontend("web"), nullptr);
  EXPECT_TRUE(r.refused().empty());
}

TEST(Registry, MissingFoldersAreSkipped) {
  Registry r({"/nonexistent/cradle/plugins"});
  EXPECT_TRUE(r.plugins().empty());
  EXPECT_TRUE(r.refused().empty());
}

}  // namespace
}  // namespace cradle
