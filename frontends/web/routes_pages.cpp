// The reader's pages under /p/PACK/: the pack, its items, tags, feed and the
// quiz form's answers.
#include <algorithm>
#include <charconv>

#include "answers.hpp"
#include "feed.hpp"
#include "item_meta.hpp"
#include "pages.hpp"
#include "route_support.hpp"

namespace cradle::web {
namespace {

Response not_found(const Call& c) {
  return html(c.version(), http::status::not_found, not_found_page());
}

// POST /p/PACK/SLUG/answers: the quiz form, without JavaScript.
Response answers(const Call& c, const Pack& pack, const Item& item) {
  unsigned v = c.version();
  if (!content_type_is(c.req, "application/x-www-form-urlencoded"))
    return html(v, http::status::unsupported_media_type,
                error_page(415, "Unsupported form", "Send the answers from the form on the page."));
  ParsedAnswers parsed = answers_from_form(c.req.body());
  if (parsed.malformed)
    return html(v, http::status::bad_request, error_page(400, "Bad form", parsed.error));
  FormResponse r = parsed.problems.empty() ? c.host.respond(item, parsed.answers)
                                           : problems_only(parsed.problems);
  Response res =
      r.problems.empty()
          ? html(v, http::status::ok, response_page(c.lib, pack, item, shown_document(item, r)))
          : html(v, http::status::unprocessable_entity,
                 item_page(c.lib, pack, item, &parsed.answers, &r.problems));
  res.set(http::field::cache_control, "no-store");  // a reader's result is theirs alone
  return res;
}

// GET /p/PACK/?page=N: page N (from 1) of a pack's list.
Response pack(const Call& c, const Pack& pack) {
  std::string text = c.target.param("page");
  int number = 1;
  if (!text.empty()) {
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (ec != std::errc() || end != text.data() + text.size() || number < 1)
      return html(c.version(), http::status::bad_request,
                  error_page(400, "Bad page number", "Pages are numbered from 1."));
  }
  auto body = pack_page(c.lib, pack, number);
  if (!body) return not_found(c);
  return html(c.version(), http::status::ok, std::move(*body));
}

// GET /p/PACK/feed.xml: the pack's dated items as an Atom feed.
Response feed(const Call& c, const Pack& pack) {
  auto xml = atom_feed(c.lib, pack, c.site_url());
  if (!xml) return not_found(c);
  return make_response(c.version(), http::status::ok, "application/atom+xml; charset=utf-8",
                       std::move(*xml));
}

}  // namespace

Response pack_routes(const Call& c) {
  unsigned v = c.version();
  const auto& seg = c.seg;
  const Pack* found = seg.size() >= 2 ? c.lib.find_pack(seg[1]) : nullptr;
  if (!found) return not_found(c);
  if (seg.size() == 4 && seg[3] == "answers") {
    const Item* item = c.lib.find_item(found->id, seg[2]);
    if (!item || !has_form(*item)) return not_found(c);
    if (!c.is_post()) return not_allowed(c, "POST");
    return answers(c, *found, *item);
  }
  if (c.is_post()) return not_allowed(c, "GET, HEAD");
  if (seg.size() == 2) return redirect(v, "/p/" + found->id + "/");
  if (seg.size() == 3 && seg[2].empty()) return pack(c, *found);
  if (seg.size() == 3) {
    if (const Item* item = c.lib.find_item(found->id, seg[2]))
      return html(v, http::status::ok, item_page(c.lib, *found, *item));
    if (seg[2] == "feed.xml") return feed(c, *found);
  }
  if (seg.size() == 4 && seg[2] == "tags" && !seg[3].empty()) {
    bool any = std::any_of(found->items.begin(), found->items.end(),
                           [&](const Item& i) { return has_tag(i, seg[3]); });
    if (any) return html(v, http::status::ok, tag_page(c.lib, *found, seg[3]));
  }
  return not_found(c);
}

}  // namespace cradle::web
