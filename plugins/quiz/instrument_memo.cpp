#include "instrument_memo.hpp"

#include "instrument_data.hpp"

namespace cradle::quiz {

Result<std::shared_ptr<const Instrument>> InstrumentMemo::get(std::string_view data) {
  {
    std::lock_guard lock(mutex_);
    for (const auto& [key, instrument] : entries_)
      if (key == data) return instrument;
  }
  auto parsed = from_data(data);  // outside the lock: other readers go on meanwhile
  if (!parsed) return parsed.error();
  auto instrument = std::make_shared<const Instrument>(std::move(parsed.value()));
  std::lock_guard lock(mutex_);
  for (const auto& [key, kept] : entries_)
    if (key == data) return kept;  // another thread read it meanwhile
  if (entries_.size() >= kMaxEntries) entries_.erase(entries_.begin());  // the oldest goes
  entries_.emplace_back(std::string(data), instrument);
  return instrument;
}

}  // namespace cradle::quiz
