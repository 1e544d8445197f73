#include "item_meta.hpp"

#include <algorithm>
#include <array>

#include "html.hpp"

namespace cradle::web {
namespace {

const std::string* text_field(const Item& item, const char* key) {
  auto it = item.fields.find(key);
  return it == item.fields.end() ? nullptr : std::get_if<std::string>(&it->second);
}

const std::int64_t* int_field(const Item& item, const char* key) {
  auto it = item.fields.find(key);
  return it == item.fields.end() ? nullptr : std::get_if<std::int64_t>(&it->second);
}

const std::vector<std::string>* list_field(const Item& item, const char* key) {
  auto it = item.fields.find(key);
  return it == item.fields.end() ? nullptr : std::get_if<std::vector<std::string>>(&it->second);
}

}  // namespace

std::string readable_date(const std::string& iso) {
  static constexpr std::array<const char*, 12> kMonths = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return iso;
  int month = std::atoi(iso.substr(5, 2).c_str());
  int day = std::atoi(iso.substr(8, 2).c_str());
  if (month < 1 || month > 12 || day < 1) return iso;
  return std::to_string(day) + " " + kMonths[month - 1] + " " + iso.substr(0, 4);
}

std::string item_meta_html(const Item& item) {
  std::vector<std::string> parts;
  if (auto* date = text_field(item, "date")) {
    parts.push_back("<time datetime=\"" + escape(date->substr(0, 10)) + "\">" +
                    escape(readable_date(*date)) + "</time>");
  }
  if (auto* author = text_field(item, "author")) parts.push_back(escape(*author));
  if (auto* minutes = int_field(item, "reading_minutes"))
    parts.push_back(std::to_string(*minutes) + " min read");
  if (auto* questions = int_field(item, "questions"))
    parts.push_back(std::to_string(*questions) + " questions");
  if (auto* minutes = int_field(item, "minutes"))
    parts.push_back("about " + std::to_string(*minutes) + " minutes");
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : " · ") + p;
  return out;
}

std::string item_tags_html(const Pack& pack, const Item& item) {
  auto* tags = list_field(item, "tags");
  if (!tags || tags->empty()) return {};
  std::string out = "<ul class=\"tags\" aria-label=\"Tags\">";
  for (const auto& tag : *tags) {
    out += "<li><a href=\"" + escape("/p/" + pack.id + "/tags/" + tag) + "\">" + escape(tag) +
           "</a></li>";
  }
  return out + "</ul>\n";
}

bool has_tag(const Item& item, const std::string& tag) {
  auto* tags = list_field(item, "tags");
  return tags && std::find(tags->begin(), tags->end(), tag) != tags->end();
}

}  // namespace cradle::web
