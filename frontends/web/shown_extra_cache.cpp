#include "shown_extra_cache.hpp"

#include <boost/json/serialize.hpp>

#include "cradle/json.hpp"
#include "cradle/markdown.hpp"

namespace cradle::web {
namespace {

std::shared_ptr<const ShownExtraCache::Part> make_part(const Item& item, const ShownExtra& extra) {
  Document shown = shown_extra(item, extra);
  auto part = std::make_shared<ShownExtraCache::Part>();
  std::string array = boost::json::serialize(to_json(shown));
  part->json = array.substr(1, array.size() - 2);  // "[a,b]" -> "a,b"
  std::string text;
  append_plain_text(shown, text);
  std::string quoted = boost::json::serialize(boost::json::string_view(text));
  part->text_json = quoted.substr(1, quoted.size() - 2);
  part->text_size = text.size();
  auto last = text.find_last_not_of('\n');
  part->text_newlines_at_end = last == std::string::npos ? text.size() : text.size() - last - 1;
  return part;
}

}  // namespace

std::shared_ptr<const ShownExtraCache::Part> ShownExtraCache::get(const Library& library,
                                                                  const Item& item,
                                                                  const ShownExtra& extra) {
  // Snapshots of one generation hold the same content, so the key names the
  // document, not its address.
  std::string key = item.pack;
  key.append(1, '\0').append(item.slug).append(1, '\0').append(std::to_string(extra.index));
  key.append(1, '\0').append(extra.callout);
  std::uint64_t generation = library.generation();
  {
    std::lock_guard lock(mutex_);
    if (generation == generation_)
      if (auto found = parts_.find(key); found != parts_.end()) return found->second;
  }
  auto part = make_part(item, extra);  // outside the lock: other answers go on meanwhile
  std::lock_guard lock(mutex_);
  if (generation > generation_) {
    parts_.clear();
    generation_ = generation;
  }
  if (generation == generation_ && parts_.size() < kMaxEntries)
    parts_.emplace(std::move(key), part);
  return part;
}

}  // namespace cradle::web
