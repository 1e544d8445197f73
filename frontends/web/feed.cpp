#include "feed.hpp"

#include <algorithm>

#include "blocks.hpp"
#include "html.hpp"

namespace cradle::web {
namespace {

// "2026-10-06" (or a longer ISO date) as an RFC 3339 timestamp, or empty.
std::string rfc3339_date(const Item& item) {
  auto it = item.fields.find("date");
  if (it == item.fields.end()) return {};
  auto* text = std::get_if<std::string>(&it->second);
  if (!text || text->size() < 10) return {};
  return text->substr(0, 10) + "T00:00:00Z";
}

void element(std::string_view name, std::string_view text, std::string& out) {
  out += '<';
  out += name;
  out += '>';
  escape(text, out);  // XML needs the same five escapes as HTML
  out += "</";
  out += name;
  out += ">\n";
}

}  // namespace

bool has_feed(const Pack& pack) {
  return std::any_of(pack.items.begin(), pack.items.end(),
                     [](const Item& i) { return !rfc3339_date(i).empty(); });
}

std::optional<std::string> atom_feed(const Library& library, const Pack& pack,
                                     const std::string& site_url) {
  std::vector<const Item*> dated;
  for (const auto& item : pack.items)
    if (!rfc3339_date(item).empty()) dated.push_back(&item);
  if (dated.empty()) return std::nullopt;
  std::stable_sort(dated.begin(), dated.end(), [](const Item* a, const Item* b) {
    return rfc3339_date(*a) > rfc3339_date(*b);
  });

  std::string pack_url = site_url + "/p/" + pack.id + "/";
  std::string out =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"";
  if (!pack.language.empty()) out += " xml:lang=\"" + escape(pack.language) + "\"";
  // xml:base lets the site-relative links inside the entries resolve.
  out += " xml:base=\"" + escape(site_url + "/") + "\">\n";
  element("title", pack.title, out);
  if (!pack.description.empty()) element("subtitle", pack.description, out);
  element("id", "urn:cradle:pack:" + pack.id, out);
  element("updated", rfc3339_date(*dated.front()), out);
  out += "<link rel=\"self\" type=\"application/atom+xml\" href=\"" +
         escape(pack_url + "feed.xml") + "\"/>\n";
  out += "<link rel=\"alternate\" type=\"text/html\" href=\"" + escape(pack_url) + "\"/>\n";
  out += "<author>";
  element("name", pack.authors.empty() ? pack.title : pack.authors.front(), out);
  out += "</author>\n";
  for (const Item* item : dated) {
    std::string date = rfc3339_date(*item);
    out += "<entry>\n";
    element("title", item->title, out);
    element("id", "urn:cradle:pack:" + pack.id + ":" + item->slug, out);
    element("published", date, out);
    element("updated", date, out);
    out += "<link rel=\"alternate\" type=\"text/html\" href=\"" + escape(pack_url + item->slug) +
           "\"/>\n";
    if (auto tags = item->fields.find("tags"); tags != item->fields.end())
      if (auto* list = std::get_if<std::vector<std::string>>(&tags->second))
        for (const auto& tag : *list) out += "<category term=\"" + escape(tag) + "\"/>\n";
    if (!item->summary.empty()) element("summary", item->summary, out);
    std::string body;
    render_document(item->body,
                    RenderContext{library, heading_offset_for(item->body, 2), {}, nullptr}, body);
    out += "<content type=\"html\">";
    escape(body, out);
    out += "</content>\n</entry>\n";
  }
  out += "</feed>\n";
  return out;
}

std::string sitemap_xml(const Library& library, const std::string& site_url) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  auto url = [&](const std::string& path, const std::string& lastmod) {
    out += "<url><loc>" + escape(site_url + path) + "</loc>";
    if (!lastmod.empty()) out += "<lastmod>" + lastmod.substr(0, 10) + "</lastmod>";
    out += "</url>\n";
  };
  url("/", {});
  for (const auto& pack : library.packs()) {
    url("/p/" + pack.id + "/", {});
    for (const auto& item : pack.items) url("/p/" + pack.id + "/" + item.slug, rfc3339_date(item));
  }
  out += "</urlset>\n";
  return out;
}

std::string robots_txt(const std::string& site_url) {
  return "User-agent: *\nDisallow: /api/\nAllow: /\n\nSitemap: " + site_url + "/sitemap.xml\n";
}

}  // namespace cradle::web
