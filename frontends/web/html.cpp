#include "html.hpp"

#include "assets.hpp"
#include "cradle/links.hpp"

namespace cradle::web {

void escape(std::string_view text, std::string& out) {
  // Five characters are all that HTML needs escaped here; no library in the
  // stack offers this as a public call (cmark's is internal).
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
}

std::string escape(std::string_view text) {
  std::string out;
  escape(text, out);
  return out;
}

std::string link_url(std::string_view href, const Library& library) {
  auto ref = item_ref_of(href);
  if (!ref) return std::string(href);  // external: http(s) or mailto, checked at install
  if (!library.find_pack(ref->pack)) return {};
  if (ref->slug.empty() || !library.find_item(ref->pack, ref->slug)) return "/p/" + ref->pack + "/";
  return "/p/" + ref->pack + "/" + ref->slug;
}

void render_spans(const std::vector<Span>& spans, const Library& library, std::string& out) {
  for (const auto& s : spans) {
    switch (s.kind) {
      case Span::Kind::text:
        escape(s.text, out);
        break;
      case Span::Kind::code:
        out += "<code>";
        escape(s.text, out);
        out += "</code>";
        break;
      case Span::Kind::line_break:
        out += "<br>";
        break;
      case Span::Kind::emphasis:
        out += "<em>";
        render_spans(s.children, library, out);
        out += "</em>";
        break;
      case Span::Kind::strong:
        out += "<strong>";
        render_spans(s.children, library, out);
        out += "</strong>";
        break;
      case Span::Kind::link: {
        std::string url = link_url(s.href, library);
        if (url.empty()) {
          out +=
              "<span class=\"link-missing\" title=\"This part of the library is not installed\">";
          render_spans(s.children, library, out);
          out += "</span>";
        } else {
          bool external = !url.starts_with('/');
          out += "<a href=\"";
          escape(url, out);
          out += external ? "\" rel=\"noopener noreferrer\" class=\"external\">" : "\">";
          render_spans(s.children, library, out);
          out += "</a>";
        }
        break;
      }
    }
  }
}

std::string page(const PageMeta& meta, std::string_view main_html) {
  std::string out;
  out.reserve(main_html.size() + 1024);
  out += "<!doctype html>\n<html lang=\"";
  escape(meta.language.empty() ? "en" : meta.language, out);
  out +=
      "\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"color-scheme\" content=\"light dark\">\n<title>";
  escape(meta.title, out);
  out += "</title>\n";
  if (!meta.description.empty()) {
    out += "<meta name=\"description\" content=\"";
    escape(meta.description, out);
    out += "\">\n<meta property=\"og:description\" content=\"";
    escape(meta.description, out);
    out += "\">\n";
  }
  out += "<meta property=\"og:title\" content=\"";
  escape(meta.title, out);
  out += "\">\n<meta property=\"og:type\" content=\"";
  escape(meta.og_type, out);
  out += "\">\n";
  if (!meta.json_ld.empty()) {
    // A data block, never run. "</" is written "<\/" (the same JSON string)
    // so no text can close the element early.
    out += "<script type=\"application/ld+json\">";
    for (std::size_t i = 0; i < meta.json_ld.size(); ++i) {
      out += meta.json_ld[i];
      if (meta.json_ld[i] == '<' && i + 1 < meta.json_ld.size() && meta.json_ld[i + 1] == '/')
        out += '\\';
    }
    out += "</script>\n";
  }
  if (!meta.feed_url.empty()) {
    out += "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"";
    escape(meta.title, out);
    out += "\" href=\"" + escape(meta.feed_url) + "\">\n";
  }
  out += "<link rel=\"stylesheet\" href=\"" + css_url() +
         "\">\n</head>\n<body>\n"
         "<a class=\"skip-link\" href=\"#main\">Skip to content</a>\n"
         "<header class=\"site-header\"><a class=\"brand\" href=\"/\">Cradle</a>"
         "<span class=\"tagline\">a quiet library for parents</span>"
         "<form class=\"site-search\" role=\"search\" aria-label=\"Search the library\" "
         "action=\"/search\" method=\"get\">"
         "<label class=\"visually-hidden\" for=\"site-q\">Search the library</label>"
         "<input id=\"site-q\" name=\"q\" type=\"search\" placeholder=\"Search\">"
         "</form></header>\n"
         "<main id=\"main\" tabindex=\"-1\">\n";
  out += main_html;
  out +=
      "</main>\n<footer class=\"site-footer\"><p>Served by Cradle. Nothing you read here is "
      "tracked or stored.</p></footer>\n</body>\n</html>\n";
  return out;
}

}  // namespace cradle::web
