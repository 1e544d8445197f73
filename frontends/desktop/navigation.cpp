#include "navigation.hpp"

namespace cradle::desktop {

void Navigation::go(const std::string& location) {
  if (location == current().location) return;
  entries_.resize(index_ + 1);
  entries_.push_back({location, 0});
  ++index_;
}

bool Navigation::back() {
  if (!can_go_back()) return false;
  --index_;
  return true;
}

bool Navigation::forward() {
  if (!can_go_forward()) return false;
  ++index_;
  return true;
}

}  // namespace cradle::desktop
