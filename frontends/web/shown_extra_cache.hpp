// The stored documents a form's answer shows (a quiz's result texts, where
// its thresholds come from, its notice) as JSON and plain text, made once per
// Library snapshot instead of once per answer. Thread-safe.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "cradle/form_response.hpp"
#include "cradle/library.hpp"

namespace cradle::web {

class ShownExtraCache {
 public:
  struct Part {
    std::string json;  // the blocks as shown, as JSON array elements ("{..},{..}"), or empty
    // Their plain text, untrimmed (see append_plain_text()), as the inside of
    // a JSON string; and how many characters and trailing newlines it had
    // before escaping, so that an answer can trim the whole as plain_text() does.
    std::string text_json;
    std::size_t text_size = 0;
    std::size_t text_newlines_at_end = 0;
  };

  // `extra` of `item` (an item of `library`) as shown_extra() lays it out:
  // kept from an earlier answer of the same snapshot, or made now. Entries
  // of another generation are dropped when a newer one arrives; the cache is
  // bounded in entries and, once full, keeps nothing more until then.
  std::shared_ptr<const Part> get(const Library& library, const Item& item,
                                  const ShownExtra& extra);

  static constexpr std::size_t kMaxEntries = 1024;

 private:
  std::mutex mutex_;
  std::uint64_t generation_ = 0;
  std::unordered_map<std::string, std::shared_ptr<const Part>> parts_;
};

}  // namespace cradle::web
