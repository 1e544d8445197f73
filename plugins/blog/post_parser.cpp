#include "post_parser.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <map>

#include "cradle/markdown.hpp"
#include "cradle/slug.hpp"

namespace cradle::blog {
namespace {

namespace chr = std::chrono;

constexpr std::array<std::string_view, 7> kKeys = {"title", "summary", "date", "author",
                                                   "tags",  "draft",   "slug"};

// ---- Splitting the file ----------------------------------------------------

// The file cut at its `---` lines, with the line each part starts on.
struct Split {
  bool opened = false;  // the first line is `---`
  bool closed = false;  // and a later line is `---` too
  std::string_view yaml;
  int yaml_line = 2;
  std::string_view body;
  int body_line = 0;
};

bool is_fence(std::string_view line) {
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
    line.remove_suffix(1);
  return line == "---";
}

// The opening `---` must be the very first line (as in Jekyll and Hugo), so a
// thematic break later in a post is never taken for front matter.
Split split_front_matter(std::string_view text) {
  Split out;
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // a BOM some editors write
  auto nl = text.find('\n');
  if (nl == std::string_view::npos || !is_fence(text.substr(0, nl))) return out;
  out.opened = true;
  std::size_t yaml_start = nl + 1, pos = yaml_start;
  for (int line = 2; pos < text.size(); ++line) {
    auto end = text.find('\n', pos);
    if (is_fence(text.substr(pos, end == std::string_view::npos ? end : end - pos))) {
      out.closed = true;
      out.yaml = text.substr(yaml_start, pos - yaml_start);
      out.body = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
      out.body_line = line + 1;
      break;
    }
    if (end == std::string_view::npos) break;
    pos = end + 1;
  }
  return out;
}

// ---- Dates -----------------------------------------------------------------

// The value of an all-digit field, or -1.
int digits(std::string_view s) {
  unsigned v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  return s.empty() || ec != std::errc{} || end != s.data() + s.size() ? -1 : static_cast<int>(v);
}

// "HH:MM[:SS[.fff]][Z|±HH:MM]": the time ISO 8601 allows after a date.
bool is_time(std::string_view s) {
  auto two = [&](int max) {  // two digits within 0..max, consumed
    int v = s.size() >= 2 ? digits(s.substr(0, 2)) : -1;
    if (v < 0 || v > max) return false;
    s.remove_prefix(2);
    return true;
  };
  auto take = [&](char c) {
    if (!s.starts_with(c)) return false;
    s.remove_prefix(1);
    return true;
  };
  if (!two(23) || !take(':') || !two(59)) return false;
  if (take(':')) {
    if (!two(60)) return false;  // 60: a leap second
    if (take('.')) {
      auto n = std::min(s.find_first_not_of("0123456789"), s.size());
      if (n == 0) return false;
      s.remove_prefix(n);
    }
  }
  if (take('Z') || take('z')) return s.empty();
  if (take('+') || take('-')) return two(23) && take(':') && two(59) && s.empty();
  return s.empty();
}

// Reads "YYYY-MM-DD" with an optional time after 'T' or a space. Returns why
// it is not a date, or empty on success.
std::string read_date(std::string_view s, chr::sys_days& out) {
  const std::string form = "write it as YYYY-MM-DD, e.g. 2026-03-10, optionally with a time";
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return "is not a date: " + form;
  int y = digits(s.substr(0, 4)), m = digits(s.substr(5, 2)), d = digits(s.substr(8, 2));
  if (y < 0 || m < 0 || d < 0) return "is not a date: " + form;
  chr::year_month_day ymd{chr::year{y}, chr::month{static_cast<unsigned>(m)},
                          chr::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return "is not a real calendar date";
  auto rest = s.substr(10);
  if (!rest.empty() &&
      (std::string_view("Tt ").find(rest[0]) == std::string_view::npos || !is_time(rest.substr(1))))
    return "has a time Cradle cannot read: write 2026-03-10T09:30 or 2026-03-10T09:30:00+10:00";
  out = chr::sys_days{ymd};
  return {};
}

// ---- The front matter ------------------------------------------------------

// Reads front-matter values, reporting each problem at its line in the file.
class FrontMatter {
 public:
  FrontMatter(const YAML::Node& root, const std::string& file, int yaml_line, Diagnostics& diags)
      : root_(root), file_(file), yaml_line_(yaml_line), diags_(diags) {}

  // Where a node is in the file; the opening `---` for a missing one.
  int line(const YAML::Node& n) const {
    return n.IsDefined() && n.Mark().line >= 0 ? yaml_line_ + n.Mark().line : yaml_line_ - 1;
  }
  void error(const YAML::Node& at, std::string message) {
    diags_.push_back({Severity::error, file_, line(at), std::move(message)});
  }
  void warning(const YAML::Node& at, std::string message) {
    diags_.push_back({Severity::warning, file_, line(at), std::move(message)});
  }

  const YAML::Node operator[](std::string_view key) const { return root_[std::string(key)]; }

  // A key that is given, not `key:` alone or `~`.
  bool has(std::string_view key) const {
    auto n = (*this)[key];
    return n.IsDefined() && !n.IsNull();
  }

  // A text value; empty (after an error, when required) if missing or not text.
  std::string text(std::string_view key, bool required) {
    auto n = (*this)[key];
    if (!has(key)) {
      if (required) error(n, "missing required '" + std::string(key) + ":' in the front matter");
      return {};
    }
    if (!n.IsScalar()) {
      error(n, "'" + std::string(key) + ":' must be text, not a list or mapping");
      return {};
    }
    if (required && n.Scalar().empty()) error(n, "'" + std::string(key) + ":' is empty");
    return n.Scalar();
  }

  // Unknown keys are only warned about, so a pack written for a newer Cradle
  // still loads; a key given twice is an error, since YAML readers disagree
  // on which one wins.
  void check_keys() {
    std::map<std::string, int> seen;
    for (const auto& kv : root_) {
      if (!kv.first.IsScalar()) {
        error(kv.first, "front-matter keys must be plain names like title:");
        continue;
      }
      const std::string& key = kv.first.Scalar();
      auto [it, fresh] = seen.emplace(key, line(kv.first));
      if (!fresh) {
        error(kv.first,
              "'" + key + ":' is given twice (also on line " + std::to_string(it->second) + ")");
      } else if (std::find(kKeys.begin(), kKeys.end(), key) == kKeys.end()) {
        warning(kv.first, "unknown front-matter key '" + key +
                              "' is ignored (known: title, date, author, tags, summary, "
                              "draft, slug)");
      }
    }
  }

  // Tags as slugs, first spelling kept, repeats dropped.
  std::vector<std::string> tags() {
    std::vector<std::string> out;
    if (!has("tags")) return out;
    auto n = (*this)["tags"];
    if (!n.IsSequence()) {
      error(n, "'tags:' must be a list, e.g. tags: [parenting, research]");
      return out;
    }
    for (const auto& tag : n) {
      std::string slug = tag.IsScalar() ? slugify(tag.Scalar()) : std::string();
      if (slug.empty()) {
        std::string shown = tag.IsScalar() ? "'" + tag.Scalar() + "'" : "a list or mapping";
        error(tag, "tag " + shown + " cannot be a slug: give each tag a letter or digit");
      } else if (std::find(out.begin(), out.end(), slug) == out.end()) {
        out.push_back(std::move(slug));
      }
    }
    return out;
  }

  bool draft() {
    bool value = false;
    if (has("draft") && !YAML::convert<bool>::decode((*this)["draft"], value))
      error((*this)["draft"], "'draft:' must be true or false");
    return value;
  }

 private:
  const YAML::Node& root_;
  const std::string& file_;
  int yaml_line_;
  Diagnostics& diags_;
};

// ---- The body --------------------------------------------------------------

// Minutes at 200 words a minute, rounded up: a one-line post still takes one.
std::int64_t reading_minutes(const Document& body) {
  std::int64_t words = 0;
  bool in_word = false;
  for (unsigned char c : plain_text(body)) {
    bool space = std::isspace(c);
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return std::max<std::int64_t>(1, (words + 199) / 200);
}

}  // namespace

ParsedPost parse_post(std::string_view text, const std::string& file, std::string_view file_stem) {
  ParsedPost out;
  Diagnostics& diags = out.diagnostics;
  auto error = [&](int line, std::string message) {
    diags.push_back({Severity::error, file, line, std::move(message)});
  };

  Split split = split_front_matter(text);
  if (!split.opened) {
    error(1,
          "no front matter: start the post with a '---' line, then title: and date:, "
          "then another '---'");
    return out;
  }
  if (!split.closed) {
    error(1, "the front matter is never closed: end it with a '---' line before the post");
    return out;
  }

  YAML::Node root;
  try {
    root = YAML::Load(std::string(split.yaml));
  } catch (const YAML::Exception& e) {
    int line = e.mark.line >= 0 ? split.yaml_line + e.mark.line : 1;
    error(line, "the front matter is not valid YAML: " + e.msg);
    return out;
  }
  if (root.IsNull()) root = YAML::Node(YAML::NodeType::Map);  // `---` `---`: report what is missing
  if (!root.IsMap()) {
    error(1, "the front matter must be 'key: value' lines (title: ..., date: ...)");
    return out;
  }

  FrontMatter fm(root, file, split.yaml_line, diags);
  fm.check_keys();
  Post post;
  Item& item = post.item;
  item.title = fm.text("title", true);
  item.summary = fm.text("summary", false);
  item.source = file;

  std::string date = fm.text("date", true);
  if (!date.empty()) {
    std::string why = read_date(date, post.date);
    if (!why.empty()) fm.error(fm["date"], "date '" + date + "' " + why);
  }
  item.fields["date"] = date;
  if (std::string author = fm.text("author", false); !author.empty())
    item.fields["author"] = author;
  item.fields["tags"] = fm.tags();
  post.draft = fm.draft();

  if (fm.has("slug")) {
    item.slug = fm.text("slug", true);
    post.slug_line = fm.line(fm["slug"]);
    if (!item.slug.empty() && !is_slug(item.slug))
      fm.error(fm["slug"],
               "slug '" + item.slug + "' is not a slug: use a-z, 0-9 and single hyphens");
  } else {
    item.slug = file_stem;
    post.slug_line = split.yaml_line - 1;
    if (!is_slug(item.slug))
      error(post.slug_line, "the file name '" + item.slug +
                                "' is not a slug (a-z, 0-9, single hyphens): rename the file or "
                                "add slug: to the front matter");
  }

  item.body = markdown_to_document({split.body, file, split.body_line}, diags);
  item.fields["reading_minutes"] = reading_minutes(item.body);

  if (!has_errors(diags)) out.post = std::move(post);
  return out;
}

}  // namespace cradle::blog
