// The content model: every content type turns its sources into these types,
// and every frontend draws them. Plain values: copyable, no behaviour, safe to
// share read-only between threads.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
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

// A form a reader answers (a quiz): its questions and one response scale.
struct FormQuestion {
  std::string id;  // what an answer is keyed by
  std::string text;
};
struct ResponseOption {
  int value = 0;
  std::string label;  // may be empty: only the ends of some scales are labelled
};
struct Form {
  std::vector<FormQuestion> questions;  // in the order they are asked
  std::vector<ResponseOption> options;  // the response scale, lowest value first
};

// What a content type computed from a reader's answers.
struct ScaleScore {
  std::string id;
  std::string title;
  bool scored = false;  // false when too many of its questions were left out
  double score = 0;
  double min = 0, max = 0;  // the range the score can take
  int answered = 0, total = 0;
};
struct Outcome {
  std::vector<ScaleScore> scales;
  std::string result_id;  // empty when no result rule matched
  std::string result_title;
  // A picture of where the reader sits: scale ids for the axes (empty: no
  // picture) and their labels.
  std::string x_scale, y_scale;
  std::string x_label, y_label;
};

// One block of a body. Which members are meaningful depends on kind; the
// others stay empty.
struct Block {
  enum class Kind { heading, paragraph, list, quote, code, image, rule, callout, form, outcome };
  Kind kind = Kind::paragraph;
  int level = 0;                   // heading: 1..6
  bool ordered = false;            // list
  int start = 1;                   // ordered list: first number
  std::vector<Span> spans;         // heading, paragraph
  std::vector<Document> items;     // list: one Document per list item
  Document children;               // quote, callout
  std::string text;                // code: its text; image: its alt text
  std::string info;                // code: language; image: its source path; callout: its tone
  std::optional<Form> form;        // form
  std::optional<Outcome> outcome;  // outcome
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
  // The content type's own data (a quiz's scoring rules), opaque to
  // frontends; kept in the catalog and handed back to respond().
  std::string data;
  // Documents the content type shows later (a quiz's result texts), in an
  // order it chooses. Their links are checked and resolved at install with
  // the body's, and they are kept in the catalog.
  std::vector<Document> extras;
};

// Something a pack needs to work, from pack.yaml's `requires:`: a Cradle
// version (`pack` empty) or another pack, each within a version range such
// as ">=1.2.0 <2.0.0", "^1.2.0", "~1.2.0", "1.2.0" or "*".
struct PackRequirement {
  std::string pack;  // empty: Cradle itself
  std::string range;
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
  // Who hands the pack out: pack.yaml's `publisher`, else its authors.
  std::string publisher;
  std::vector<PackRequirement> requirements;
  // Set at install: "trusted" (a valid signature by a key in the trust
  // store), "untrusted" (signed by a key not in it), "unsigned" (an archive
  // with no signature) or "folder" (installed from a folder, never signed);
  // the trusted key's name; and the folder under DATA_DIR/packs holding the
  // pack's files as installed.
  std::string signature;
  std::string signer;
  std::string store_dir;
};

}  // namespace cradle
