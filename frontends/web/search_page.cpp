// The search page: a reader's words, the matching items grouped by pack,
// each with a snippet whose matches are marked.
#include <map>

#include "html.hpp"
#include "pages.hpp"

namespace cradle::web {
namespace {

constexpr std::size_t kMaxResults = 50;

// The snippet, escaped, with the Library's match markers as <mark>.
std::string snippet_html(const std::string& snippet) {
  std::string out;
  std::size_t from = 0;
  for (std::size_t i = 0; i <= snippet.size(); ++i) {
    if (i == snippet.size() || snippet[i] == kMatchBegin || snippet[i] == kMatchEnd) {
      escape(std::string_view(snippet).substr(from, i - from), out);
      if (i < snippet.size()) out += snippet[i] == kMatchBegin ? "<mark>" : "</mark>";
      from = i + 1;
    }
  }
  return out;
}

}  // namespace

std::string search_page(const Library& library, const std::string& query) {
  std::string main = "<h1>Search</h1>\n";
  main +=
      "<form class=\"search-big\" role=\"search\" aria-label=\"Search again\" action=\"/search\" "
      "method=\"get\">"
      "<label for=\"search-page-q\">Words to find</label>"
      "<input id=\"search-page-q\" name=\"q\" type=\"search\" value=\"" +
      escape(query) + "\"><button type=\"submit\">Search</button></form>\n";
  if (!query.empty()) {
    auto hits = library.search(query, kMaxResults);
    if (hits.empty()) {
      main += "<p>Nothing matched “" + escape(query) +
              "”. Fewer or different words may find more.</p>\n";
    }
    // Grouped by pack, packs in the order of their best hit.
    std::vector<const Pack*> order;
    std::map<const Pack*, std::vector<const SearchHit*>> by_pack;
    for (const auto& hit : hits) {
      if (!by_pack.count(hit.pack)) order.push_back(hit.pack);
      by_pack[hit.pack].push_back(&hit);
    }
    for (const Pack* pack : order) {
      main += "<section class=\"results\"><h2>";
      escape(pack->title, main);
      main += "</h2>\n<ul class=\"items\">\n";
      for (const SearchHit* hit : by_pack[pack]) {
        main += "<li><h3><a href=\"" + escape("/p/" + pack->id + "/" + hit->item->slug) + "\">";
        escape(hit->item->title, main);
        main += "</a></h3><p>" + snippet_html(hit->snippet) + "</p></li>\n";
      }
      main += "</ul></section>\n";
    }
  }
  return page({query.empty() ? "Search" : "Search: " + query, "en", ""}, main);
}

}  // namespace cradle::web
