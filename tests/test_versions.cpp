// Version order and ranges, as `cradle install` (upgrade or downgrade?) and
// pack.yaml's `requires:` use them.
#include <gtest/gtest.h>

#include "cradle/versions.hpp"

namespace cradle {
namespace {

TEST(Versions, OrderFollowsSemver) {
  EXPECT_LT(compare_versions("1.9.0", "1.10.0").value(), 0);
  EXPECT_GT(compare_versions("2.0.0", "1.99.99").value(), 0);
  EXPECT_EQ(compare_versions("1.2.3", "1.2.3+build.7").value(), 0);
  // Pre-releases: before their release; numeric parts numerically, and
  // below words; more parts after fewer equal ones.
  for (auto [older, newer] :
       std::vector<std::pair<const char*, const char*>>{{"1.0.0-alpha", "1.0.0-alpha.1"},
                                                        {"1.0.0-alpha.1", "1.0.0-alpha.beta"},
                                                        {"1.0.0-beta.2", "1.0.0-beta.11"},
                                                        {"1.0.0-rc.1", "1.0.0"}}) {
    EXPECT_LT(compare_versions(older, newer).value(), 0) << older << " < " << newer;
    EXPECT_GT(compare_versions(newer, older).value(), 0) << newer << " > " << older;
  }
  EXPECT_FALSE(compare_versions("1.0", "1.0.0"));
  EXPECT_FALSE(compare_versions("01.0.0", "1.0.0"));
}

TEST(Versions, RangesAsPacksWriteThem) {
  EXPECT_TRUE(version_satisfies("1.4.2", "^1.2.0"));
  EXPECT_FALSE(version_satisfies("2.0.0", "^1.2.0"));
  EXPECT_FALSE(version_satisfies("2.0.0-beta.1", "^1.2.0"));
  EXPECT_TRUE(version_satisfies("0.3.9", "^0.3.1"));
  EXPECT_FALSE(version_satisfies("0.4.0", "^0.3.1"));
  EXPECT_TRUE(version_satisfies("1.2.9", "~1.2.3"));
  EXPECT_FALSE(version_satisfies("1.3.0", "~1.2.3"));
  EXPECT_TRUE(version_satisfies("1.5.0", ">=1.2 <2"));
  EXPECT_FALSE(version_satisfies("2.0.0", ">=1.2 <2"));
  EXPECT_TRUE(version_satisfies("3.0.0", "^1.0.0 || ^3.0.0"));
  EXPECT_TRUE(version_satisfies("1.2.0", "1.2.0"));
  EXPECT_TRUE(version_satisfies("9.9.9", "*"));
  EXPECT_FALSE(version_satisfies("nonsense", "*"));

  for (const char* ok : {"^1.2.0", ">=1.0.0 <2.0.0", "~0.1", "*", "1.2.3", "=1.2.3", "^1 || ^2"})
    EXPECT_TRUE(is_version_range(ok)) << ok;
  for (const char* bad : {"", "soon", ">=", "^1.x", "1.2.3.4", "||", ">= 1.0.0"})
    EXPECT_FALSE(is_version_range(bad)) << bad;
}

}  // namespace
}  // namespace cradle
