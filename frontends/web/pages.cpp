#include "pages.hpp"

#include <algorithm>

#include "html.hpp"

namespace cradle::web {
namespace {

std::string pack_url(const Pack& pack) { return "/p/" + pack.id + "/"; }

std::string item_count(std::size_t n) { return std::to_string(n) + (n == 1 ? " item" : " items"); }

bool all_of_type(const Pack& pack, std::string_view type) {
  return !pack.items.empty() && std::all_of(pack.items.begin(), pack.items.end(),
                                            [&](const Item& i) { return i.type == type; });
}

void breadcrumb(const Pack* pack, std::string& out) {
  out += "<nav class=\"breadcrumb\" aria-label=\"Breadcrumb\"><a href=\"/\">Library</a>";
  if (pack) {
    out += " <span aria-hidden=\"true\">›</span> <a href=\"" + escape(pack_url(*pack)) + "\">";
    escape(pack->title, out);
    out += "</a>";
  }
  out += "</nav>\n";
}

}  // namespace

std::string home_page(const Library& library) {
  std::string main;
  main += "<h1>Your library</h1>\n";
  if (library.packs().empty()) {
    main += "<p>Nothing is installed yet. Add a pack with <code>cradle install PATH</code>.</p>\n";
  } else {
    main += "<ul class=\"cards\">\n";
    for (const auto& pack : library.packs()) {
      main += "<li class=\"card\"><h2><a href=\"" + escape(pack_url(pack)) + "\">";
      escape(pack.title, main);
      main += "</a></h2>\n<p>";
      escape(pack.description, main);
      main += "</p>\n<p class=\"meta\">" + item_count(pack.items.size());
      if (!pack.authors.empty()) {
        main += " · by ";
        escape(pack.authors.front(), main);
      }
      main += "</p></li>\n";
    }
    main += "</ul>\n";
  }
  return page({"Cradle — your library", "en", "The content packs installed in this Cradle."}, main);
}

std::string pack_page(const Library& library, const Pack& pack) {
  std::string main;
  breadcrumb(nullptr, main);
  main += "<h1>";
  escape(pack.title, main);
  main += "</h1>\n";
  if (!pack.description.empty()) {
    main += "<p class=\"lede\">";
    escape(pack.description, main);
    main += "</p>\n";
  }
  if (all_of_type(pack, "faq")) {
    // Every question and its answer on one page, each deep-linkable by #slug.
    main += "<div class=\"faq\">\n";
    for (const auto& item : pack.items) {
      main += "<details id=\"" + escape(item.slug) + "\">\n<summary>";
      escape(item.title, main);
      main += "</summary>\n<div class=\"answer\">\n";
      render_document(item.body, library, 2, main);
      main += "<p class=\"permalink\"><a href=\"" + escape(pack_url(pack) + item.slug) +
              "\">Link to this answer</a></p>\n</div>\n</details>\n";
    }
    main += "</div>\n";
  } else {
    main += "<ul class=\"items\">\n";
    for (const auto& item : pack.items) {
      main += "<li><a href=\"" + escape(pack_url(pack) + item.slug) + "\">";
      escape(item.title, main);
      main += "</a>";
      if (!item.summary.empty()) {
        main += "<p>";
        escape(item.summary, main);
        main += "</p>";
      }
      main += "</li>\n";
    }
    main += "</ul>\n";
  }
  return page({pack.title, pack.language, pack.description}, main);
}

std::string item_page(const Library& library, const Pack& pack, const Item& item) {
  std::string main;
  breadcrumb(&pack, main);
  main += "<article>\n<h1>";
  escape(item.title, main);
  main += "</h1>\n";
  render_document(item.body, library, 1, main);
  main += "</article>\n";
  return page({item.title + " — " + pack.title, pack.language, item.summary}, main);
}

std::string not_found_page() {
  return error_page(404, "Page not found",
                    "There is nothing at this address. It may have been moved, or the pack it "
                    "belonged to may have been removed.");
}

std::string error_page(int status, const std::string& title, const std::string& message) {
  std::string main = "<h1>" + escape(title) + "</h1>\n<p>" + escape(message) +
                     "</p>\n<p><a href=\"/\">Back to your library</a></p>\n";
  return page({title + " (" + std::to_string(status) + ")", "en", ""}, main);
}

}  // namespace cradle::web
