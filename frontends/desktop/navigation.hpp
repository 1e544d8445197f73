// Navigation: where the reader has been, like a browser's history. Each
// entry is a location ("" the library, "PACK", "PACK/SLUG", "history") and
// the scroll position the reader left it at, so Back returns to the same
// place on the page. Plain C++, no Qt: the Viewer drives it.
#pragma once

#include <string>
#include <vector>

namespace cradle::desktop {

class Navigation {
 public:
  struct Entry {
    std::string location;
    double position = 0;
  };

  Navigation() : entries_{{}} {}

  const Entry& current() const { return entries_[index_]; }
  // Goes to `location` at the top; forward history is dropped. Going to
  // where the reader already is changes nothing.
  void go(const std::string& location);
  // Remembers the scroll position of the current entry.
  void keep_position(double position) { entries_[index_].position = position; }
  bool can_go_back() const { return index_ > 0; }
  bool can_go_forward() const { return index_ + 1 < entries_.size(); }
  bool back();
  bool forward();

 private:
  std::vector<Entry> entries_;
  std::size_t index_ = 0;
};

}  // namespace cradle::desktop
