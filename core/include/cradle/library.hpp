// Library: an immutable, in-memory snapshot of everything installed, the one
// thing frontends read. Built by the host from the catalog; frontends never
// open the catalog themselves.
//
// Thread safety: a Library never changes after it is built, so any number of
// threads may read one at once. When the catalog changes the host builds a
// new snapshot; holders of the old one keep a consistent view until they let
// go of their shared_ptr.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "cradle/model.hpp"

namespace cradle {

struct SearchHit {
  const Pack* pack = nullptr;  // owned by the Library the hit came from
  const Item* item = nullptr;
  // Plain-text excerpt around the match; the matched words are wrapped in
  // the control characters kMatchBegin / kMatchEnd for a frontend to mark up.
  std::string snippet;
  double rank = 0;  // lower is better (bm25)
};

inline constexpr char kMatchBegin = '\x02';
inline constexpr char kMatchEnd = '\x03';

class Library {
 public:
  virtual ~Library() = default;

  // Installed packs, sorted by title. Pointers into this vector stay valid
  // for the Library's life.
  virtual const std::vector<Pack>& packs() const noexcept = 0;

  // nullptr when not installed / no such item.
  virtual const Pack* find_pack(std::string_view id) const noexcept = 0;
  virtual const Item* find_item(std::string_view pack, std::string_view slug) const noexcept = 0;

  // Full-text search over titles and text, best first. `pack` empty: all
  // packs. A query the search syntax cannot read is searched as plain words.
  virtual std::vector<SearchHit> search(std::string_view query, std::size_t limit,
                                        std::string_view pack = {}) const noexcept = 0;

  // Search as the reader types: like search(), but the last word matches any
  // word it begins ("sle" finds "sleep" and "sleeping"). For suggestions.
  virtual std::vector<SearchHit> search_prefix(std::string_view typed, std::size_t limit,
                                               std::string_view pack = {}) const noexcept = 0;

  // Increases whenever the catalog changes; two snapshots with the same
  // generation hold the same content.
  virtual std::uint64_t generation() const noexcept = 0;
};

}  // namespace cradle
