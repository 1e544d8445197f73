// Syndication: an Atom feed (RFC 4287) of a pack's dated items, and the
// site's sitemap (sitemaps.org protocol) and robots.txt. Absolute URLs are
// made from `site_url` ("http://host:port").
#pragma once

#include <optional>
#include <string>

#include "cradle/library.hpp"

namespace cradle::web {

// True when the pack has items with a "date" field, i.e. something to follow.
bool has_feed(const Pack& pack);

// The feed of `pack`'s dated items, newest first, each with its whole text
// as HTML; nothing when the pack has no dated item.
std::optional<std::string> atom_feed(const Library& library, const Pack& pack,
                                     const std::string& site_url);

// Every page of every installed pack.
std::string sitemap_xml(const Library& library, const std::string& site_url);

// Crawlers may read the pages, not the API; the sitemap is named.
std::string robots_txt(const std::string& site_url);

}  // namespace cradle::web
