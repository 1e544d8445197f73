// The content model: every content type turns its sources into these types,
// and every frontend draws them. Plain values: copyable, no behaviour, safe to
// share read-only between threads.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <variant>
#include <vector>

namespace cradle {

// An inline piece of a paragraph or heading.
struct Span {
  enum class Kind { text, emphasis, strong, code, link, line_break };
  Kind kind = Kind::text;
  std::string text;  // text and code: the characters; otherwise empty
  // link only: "pack:PACK/SLUG" for an item (same-pack links are stored in
  // this full form once resolved), or an absolute http(s)/mailto URL.
  std::string href;
  std::vector<Span> children;  // emphasis, strong, link: what they wrap
  int line = 0;                // link: its line in the item's source, for diagnostics
};

struct Block;
using Document = std::vector<Block>;

// One block of a body. Which members are meaningful depends on kind; the
// others stay empty.
struct Block {
  enum class Kind { heading, paragraph, list, quote, code, image, rule };
  Kind kind = Kind::paragraph;
  int level = 0;                // heading: 1..6
  bool ordered = false;         // list
  int start = 1;                // ordered list: first number
  std::vector<Span> spans;      // heading, paragraph
  std::vector<Document> items;  // list: one Document per list item
  Document children;            // quote
  std::string text;             // code: its text; image: its alt text
  std::string info;             // code: language; image: its source path
};

// Type-specific metadata of an item: a post's date and tags, a FAQ entry's
// position. Strings, integers or lists of strings.
using FieldValue = std::variant<std::string, std::int64_t, std::vector<std::string>>;
using Fields = std::map<std::string, FieldValue>;

struct Item {
  std::string pack;  // the owning pack's id
  std::string slug;  // unique in the pack: [a-z0-9-]+
  std::string type;  // the content-type plugin's name, e.g. "faq"
  std::string title;
  std::string summary;  // may be empty
  Fields fields;
  Document body;
  std::string text;    // plain text of body, for search and snippets
  std::string source;  // the pack file it came from, for diagnostics; not stored
};

struct Pack {
  std::string id;       // lowercase slug
  std::string version;  // semver
  std::string title;
  std::string description;
  std::string language;  // BCP 47, e.g. "en-AU"
  std::vector<std::string> authors;
  std::string license;
  int api = 0;               // the plugin API version the pack was written for
  std::string installed_at;  // ISO 8601 UTC; empty until installed
  std::vector<Item> items;   // in pack order
};

}  // namespace cradle
