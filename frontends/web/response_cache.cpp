#include "response_cache.hpp"

namespace cradle::web {

void ResponseCache::switch_to(std::uint64_t generation) {
  if (generation == generation_) return;
  entries_.clear();
  bytes_ = query_bytes_ = 0;
  generation_ = generation;
}

std::shared_ptr<const PreparedAnswer> ResponseCache::find(std::uint64_t generation,
                                                          std::string_view target) {
  std::lock_guard lock(mutex_);
  if (generation != generation_) return nullptr;
  auto it = entries_.find(target);
  return it == entries_.end() ? nullptr : it->second;
}

void ResponseCache::store(std::uint64_t generation, std::string target,
                          std::shared_ptr<const PreparedAnswer> answer) {
  std::lock_guard lock(mutex_);
  if (generation < generation_) return;  // a request that began on an older snapshot
  switch_to(generation);
  std::size_t size = target.size() + answer->bytes();
  bool query = target.find('?') != std::string::npos;
  if (entries_.size() >= kMaxEntries || bytes_ + size > kMaxBytes ||
      (query && query_bytes_ + size > kMaxQueryBytes))
    return;
  if (!entries_.emplace(std::move(target), std::move(answer)).second) return;
  bytes_ += size;
  if (query) query_bytes_ += size;
}

std::size_t ResponseCache::bytes() {
  std::lock_guard lock(mutex_);
  return bytes_;
}

}  // namespace cradle::web
