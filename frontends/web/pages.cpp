#include "pages.hpp"

#include <algorithm>
#include <boost/json.hpp>

#include "answers.hpp"
#include "blocks.hpp"
#include "feed.hpp"
#include "html.hpp"
#include "item_meta.hpp"

namespace cradle::web {
namespace json = boost::json;
namespace {

std::string pack_url(const Pack& pack) { return "/p/" + pack.id + "/"; }
std::string item_url(const Pack& pack, const Item& item) { return pack_url(pack) + item.slug; }

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

// A list of items with their facts and summaries (blog posts, quizzes).
void item_list(const Pack& pack, const std::vector<const Item*>& items, std::string& out) {
  out += "<ul class=\"items\">\n";
  for (const Item* item : items) {
    out += "<li><h2><a href=\"" + escape(item_url(pack, *item)) + "\">";
    escape(item->title, out);
    out += "</a></h2>";
    if (auto meta = item_meta_html(*item); !meta.empty())
      out += "<p class=\"meta\">" + meta + "</p>";
    if (!item->summary.empty()) {
      out += "<p>";
      escape(item->summary, out);
      out += "</p>";
    }
    if (has_form(*item))
      out += "<p class=\"start\"><a class=\"button\" href=\"" + escape(item_url(pack, *item)) +
             "\">Start<span class=\"visually-hidden\"> " + escape(item->title) + "</span></a></p>";
    out += "</li>\n";
  }
  out += "</ul>\n";
}

// "Newer posts" / "Older posts" links between the pages of a list.
void pager(const Pack& pack, int number, std::size_t pages, std::string& out) {
  out += "<nav class=\"pager\" aria-label=\"Pages\">";
  if (number > 1) {
    std::string href = pack_url(pack) + (number == 2 ? "" : "?page=" + std::to_string(number - 1));
    out += "<a rel=\"prev\" href=\"" + escape(href) + "\">← Newer</a>";
  }
  out += "<span>Page " + std::to_string(number) + " of " + std::to_string(pages) + "</span>";
  if (static_cast<std::size_t>(number) < pages)
    out += "<a rel=\"next\" href=\"" +
           escape(pack_url(pack) + "?page=" + std::to_string(number + 1)) + "\">Older →</a>";
  out += "</nav>\n";
}

// schema.org FAQPage: every question with its answer's text.
std::string faq_json_ld(const Pack& pack) {
  json::array questions;
  for (const auto& item : pack.items) {
    questions.push_back(
        json::object{{"@type", "Question"},
                     {"name", item.title},
                     {"acceptedAnswer", json::object{{"@type", "Answer"}, {"text", item.text}}}});
  }
  return json::serialize(json::object{{"@context", "https://schema.org"},
                                      {"@type", "FAQPage"},
                                      {"inLanguage", pack.language},
                                      {"mainEntity", std::move(questions)}});
}

// schema.org BlogPosting for an item that has a date.
std::string blog_posting_json_ld(const Pack& pack, const Item& item) {
  json::object post{{"@context", "https://schema.org"},
                    {"@type", "BlogPosting"},
                    {"headline", item.title},
                    {"description", item.summary},
                    {"inLanguage", pack.language}};
  if (auto* date = std::get_if<std::string>(&item.fields.at("date")))
    post["datePublished"] = date->substr(0, 10);
  auto author = item.fields.find("author");
  if (author != item.fields.end())
    if (auto* name = std::get_if<std::string>(&author->second))
      post["author"] = json::object{{"@type", "Organization"}, {"name", *name}};
  return json::serialize(post);
}

void problems_box(const Item& item, const std::vector<AnswerProblem>& problems, std::string& out) {
  out +=
      "<div class=\"problems\" role=\"alert\" tabindex=\"-1\" id=\"problems\">\n"
      "<h2>A few answers need another look</h2>\n<ul>\n";
  for (const auto& p : problems) {
    out += "<li>";
    bool is_question = false;
    for (const auto& b : item.body)
      if (b.form)
        for (const auto& q : b.form->questions) is_question = is_question || q.id == p.question;
    if (is_question) out += "<a href=\"#q-" + escape(p.question) + "\">";
    escape(p.message, out);
    if (is_question) out += "</a>";
    out += "</li>\n";
  }
  out += "</ul>\n</div>\n";
}

}  // namespace

std::string answers_url(const Pack& pack, const Item& item) {
  return item_url(pack, item) + "/answers";
}

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

std::optional<std::string> pack_page(const Library& library, const Pack& pack, int number) {
  bool faq = all_of_type(pack, "faq");
  std::size_t pages =
      faq ? 1 : std::max<std::size_t>(1, (pack.items.size() + kItemsPerPage - 1) / kItemsPerPage);
  if (number < 1 || static_cast<std::size_t>(number) > pages) return std::nullopt;
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
  if (faq) {
    // Every question and its answer on one page, each deep-linkable by #slug.
    RenderContext ctx{library, 0, {}, nullptr};
    main += "<div class=\"faq\">\n";
    for (const auto& item : pack.items) {
      main += "<details id=\"" + escape(item.slug) + "\">\n<summary>";
      escape(item.title, main);
      main += "</summary>\n<div class=\"answer\">\n";
      ctx.heading_offset = heading_offset_for(item.body, 2);
      render_document(item.body, ctx, main);
      main += "<p class=\"permalink\"><a href=\"" + escape(item_url(pack, item)) +
              "\">Link to this answer</a></p>\n</div>\n</details>\n";
    }
    main += "</div>\n";
  } else {
    std::size_t first = static_cast<std::size_t>(number - 1) * kItemsPerPage;
    std::size_t last = std::min(pack.items.size(), first + kItemsPerPage);
    std::vector<const Item*> items;
    for (std::size_t i = first; i < last; ++i) items.push_back(&pack.items[i]);
    item_list(pack, items, main);
    if (pages > 1) pager(pack, number, pages, main);
  }
  PageMeta meta{pack.title, pack.language, pack.description};
  if (number > 1) meta.title += " — page " + std::to_string(number);
  if (faq) meta.json_ld = faq_json_ld(pack);
  if (has_feed(pack)) meta.feed_url = pack_url(pack) + "feed.xml";
  return page(meta, main);
}

std::string item_page(const Library& library, const Pack& pack, const Item& item,
                      const Answers* answers, const std::vector<AnswerProblem>* problems) {
  std::string main;
  breadcrumb(&pack, main);
  main += "<article>\n<h1>";
  escape(item.title, main);
  main += "</h1>\n";
  if (auto meta = item_meta_html(item); !meta.empty())
    main += "<p class=\"meta\">" + meta + "</p>\n";
  main += item_tags_html(pack, item);
  if (problems && !problems->empty()) problems_box(item, *problems, main);
  RenderContext ctx{library, heading_offset_for(item.body, 2), answers_url(pack, item), answers};
  render_document(item.body, ctx, main);
  main += "</article>\n";
  PageMeta meta{item.title + " — " + pack.title, pack.language, item.summary};
  if (item.fields.count("date")) {
    meta.og_type = "article";
    meta.json_ld = blog_posting_json_ld(pack, item);
  }
  return page(meta, main);
}

std::string tag_page(const Library& library, const Pack& pack, const std::string& tag) {
  (void)library;
  std::vector<const Item*> items;
  for (const auto& item : pack.items)
    if (has_tag(item, tag)) items.push_back(&item);
  std::string main;
  breadcrumb(&pack, main);
  main += "<h1>Tagged “" + escape(tag) + "”</h1>\n";
  item_list(pack, items, main);
  return page({"Tagged " + tag + " — " + pack.title, pack.language, ""}, main);
}

std::string response_page(const Library& library, const Pack& pack, const Item& item,
                          const Document& response) {
  std::string main;
  breadcrumb(&pack, main);
  main += "<article class=\"response\">\n<h1>Your result: ";
  escape(item.title, main);
  main +=
      "</h1>\n<p class=\"private-note\">Your answers were not kept: this page is the only "
      "copy. Print it or note down your scores if you would like to come back to them.</p>\n";
  render_document(response, RenderContext{library, heading_offset_for(response, 2), {}, nullptr},
                  main);
  main += "<p><a href=\"" + escape(item_url(pack, item)) + "\">Take the quiz again</a></p>\n";
  main += "</article>\n";
  return page({"Your result — " + item.title, pack.language, ""}, main);
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
