// The last few Instruments read back from Item::data, kept parsed. Reading an
// instrument's JSON costs several times more than scoring the answers, and a
// server scores the same one or two quizzes again and again. Thread-safe.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cradle/result.hpp"
#include "instrument.hpp"

namespace cradle::quiz {

class InstrumentMemo {
 public:
  // The instrument `data` describes: from memory when the same bytes were
  // read before, else parsed (and kept). An Error says what is malformed;
  // malformed data is never kept.
  Result<std::shared_ptr<const Instrument>> get(std::string_view data);

  static constexpr std::size_t kMaxEntries = 8;

 private:
  std::mutex mutex_;
  // Keyed by the whole data, not a hash of it: two quizzes can never be mixed up.
  std::vector<std::pair<std::string, std::shared_ptr<const Instrument>>> entries_;
};

}  // namespace cradle::quiz
