// The web server's per-snapshot answer cache: bounded in bytes, with answers
// to query strings (searches, unbounded in number) held to a smaller share so
// that they cannot crowd out pages.
#include <gtest/gtest.h>

#include <string>

#include "response_cache.hpp"

namespace cradle::web {
namespace {

constexpr std::size_t kBody = 100 * 1024;

std::shared_ptr<const PreparedAnswer> answer_of(std::size_t body_bytes) {
  auto a = std::make_shared<PreparedAnswer>();
  a->identity.head = "HTTP/1.1 200 OK\r\n";
  a->identity.body.assign(body_bytes, 'x');
  return a;
}

// Stores answers under "host PREFIX<n>" until one is not kept; returns how many were.
int fill(ResponseCache& cache, std::uint64_t generation, const std::string& prefix) {
  for (int n = 0;; ++n) {
    std::string key = "host " + prefix + std::to_string(n);
    cache.store(generation, key, answer_of(kBody));
    if (!cache.find(generation, key)) return n;
  }
}

TEST(ResponseCache, SearchesFillOnlyTheirShareAndPagesAreStillKept) {
  ResponseCache cache;
  int searches = fill(cache, 1, "/search?q=");
  EXPECT_GT(searches, 0);
  EXPECT_LE(cache.bytes(), ResponseCache::kMaxQueryBytes);
  EXPECT_GT(cache.bytes(), ResponseCache::kMaxQueryBytes - 2 * kBody);

  // Pages still go in after the searches' share is full...
  cache.store(1, "host /p/faq/", answer_of(kBody));
  EXPECT_NE(cache.find(1, "host /p/faq/"), nullptr);
  // ...up to the whole bound, and no further.
  fill(cache, 1, "/p/blog/");
  EXPECT_LE(cache.bytes(), ResponseCache::kMaxBytes);
  EXPECT_GT(cache.bytes(), ResponseCache::kMaxBytes - 2 * kBody);
  // What was kept before the bound was reached is still there.
  EXPECT_NE(cache.find(1, "host /search?q=0"), nullptr);
}

TEST(ResponseCache, ANewSnapshotDropsEverythingAndFreesItsBytes) {
  ResponseCache cache;
  fill(cache, 1, "/search?q=");
  cache.store(2, "host /", answer_of(10));
  EXPECT_EQ(cache.find(1, "host /search?q=0"), nullptr);
  EXPECT_EQ(cache.find(2, "host /search?q=0"), nullptr);
  EXPECT_NE(cache.find(2, "host /"), nullptr);
  EXPECT_LT(cache.bytes(), 1024u);
  // A request that began on the older snapshot does not bring it back.
  cache.store(1, "host /old", answer_of(10));
  EXPECT_EQ(cache.find(2, "host /old"), nullptr);
}

TEST(ResponseCache, StoringTheSameTargetTwiceCountsItOnce) {
  ResponseCache cache;
  cache.store(1, "host /", answer_of(kBody));
  std::size_t once = cache.bytes();
  cache.store(1, "host /", answer_of(kBody));
  EXPECT_EQ(cache.bytes(), once);
}

}  // namespace
}  // namespace cradle::web
