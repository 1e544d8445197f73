// Prepared answers to GET requests, kept for the Library snapshot they were made from:
// a page is rendered and hashed once per snapshot, not once per request. The
// router is a pure function of (target, snapshot), which is what makes this
// safe. Thread-safe.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "prepared_answer.hpp"

namespace cradle::web {

class ResponseCache {
 public:
  // The answer to GET `target` made from snapshot `generation`, or null.
  std::shared_ptr<const PreparedAnswer> find(std::uint64_t generation, std::string_view target);
  // Keeps `answer` for `target`. Entries of another generation are dropped
  // first. The cache is bounded in entries and bytes; once full, it keeps
  // nothing more until the next snapshot. Targets with a query string
  // (searches: unbounded in number) share a smaller part of the bytes, so a
  // crowd of distinct searches cannot keep pages out.
  void store(std::uint64_t generation, std::string target,
             std::shared_ptr<const PreparedAnswer> answer);

  static constexpr std::size_t kMaxEntries = 4096;
  static constexpr std::size_t kMaxBytes = 24 << 20;
  static constexpr std::size_t kMaxQueryBytes = 6 << 20;

  // What is held now, for tests and the soak's memory figures.
  std::size_t bytes();

 private:
  void switch_to(std::uint64_t generation);  // caller holds mutex_

  std::mutex mutex_;
  std::uint64_t generation_ = 0;
  std::size_t bytes_ = 0;
  std::size_t query_bytes_ = 0;
  // Transparent, so a lookup by string_view allocates nothing.
  struct TargetHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::shared_ptr<const PreparedAnswer>, TargetHash,
                     std::equal_to<>>
      entries_;
};

}  // namespace cradle::web
