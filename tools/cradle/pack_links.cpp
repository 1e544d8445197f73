#include "pack_links.hpp"

#include "cradle/links.hpp"

namespace cradle::cli {
namespace {

using Counts = std::map<std::string, std::size_t>;

void count(const std::vector<Span>& spans, const std::string& self, Counts& out) {
  for (const auto& s : spans) {
    if (s.kind == Span::Kind::link)
      if (auto ref = item_ref_of(s.href); ref && ref->pack != self) ++out[ref->pack];
    count(s.children, self, out);
  }
}

void count(const Document& doc, const std::string& self, Counts& out) {
  for (const auto& b : doc) {
    count(b.spans, self, out);
    for (const auto& item : b.items) count(item, self, out);
    count(b.children, self, out);
  }
}

}  // namespace

Counts links_to_other_packs(const Pack& pack) {
  Counts out;
  for (const auto& item : pack.items) {
    count(item.body, pack.id, out);
    for (const auto& extra : item.extras) count(extra, pack.id, out);
  }
  return out;
}

}  // namespace cradle::cli
