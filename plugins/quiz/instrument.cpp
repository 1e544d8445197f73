#include "instrument.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <set>

#include "cradle/slug.hpp"

namespace cradle::quiz {
namespace {

using Keys = std::initializer_list<std::string_view>;

// The most response points a scale may have (0 to 100, say): enough for any
// rating scale, and a guard against a typo making a form of a million options.
constexpr int kMaxPoints = 101;

std::string quoted(std::string_view s) { return "'" + std::string(s) + "'"; }

std::string join(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

// Reports problems at their lines in the file.
class Reader {
 public:
  Reader(std::string_view text, const std::string& file, Diagnostics& diags)
      : text_(text), file_(file), diags_(diags) {}

  void error(int line, std::string message) {
    diags_.push_back({Severity::error, file_, line, std::move(message)});
  }
  void warning(int line, std::string message) {
    diags_.push_back({Severity::warning, file_, line, std::move(message)});
  }

  // The 1-based line a node starts on; 0 when it has none.
  static int line(const YAML::Node& n) {
    return n.IsDefined() && n.Mark().line >= 0 ? n.Mark().line + 1 : 0;
  }

  // The line a text value's first line is on: for a block scalar (`|` or
  // `>`) the line after the indicator, else the value's own line.
  int text_line(const YAML::Node& n) const {
    int l = line(n);
    if (l == 0) return 0;
    auto pos = static_cast<std::size_t>(std::max(n.Mark().pos, 0));
    if (pos < text_.size() && (text_[pos] == '|' || text_[pos] == '>')) ++l;
    return l;
  }

 private:
  std::string_view text_;
  const std::string& file_;
  Diagnostics& diags_;
};

// A YAML mapping's fields, the first of each key. Unknown keys are warned
// about, so a quiz written for a newer Cradle still loads; a key given twice
// is an error, since YAML readers disagree on which one wins.
class Map {
 public:
  // `where` names the mapping in messages ("the quiz", "scale 'anxiety'");
  // `known` lists its keys, or is empty when any key may appear.
  Map(Reader& r, const YAML::Node& node, std::string where, Keys known = {})
      : r_(r), node_(node), where_(std::move(where)) {
    for (const auto& kv : node) {
      if (!kv.first.IsScalar()) {
        r_.error(Reader::line(kv.first), "keys in " + where_ + " must be plain names");
        continue;
      }
      const std::string& key = kv.first.Scalar();
      auto [it, fresh] = entries_.emplace(key, Entry{kv.first, kv.second});
      if (!fresh) {
        r_.error(Reader::line(kv.first),
                 quoted(key + ":") + " is given twice in " + where_ + " (first on line " +
                     std::to_string(Reader::line(it->second.key)) + "): keep one");
      } else if (known.size() && std::find(known.begin(), known.end(), key) == known.end()) {
        std::vector<std::string> names(known.begin(), known.end());
        r_.warning(Reader::line(kv.first), "unknown key " + quoted(key) + " in " + where_ +
                                               " is ignored (known: " + join(names) + ")");
      }
    }
  }

  const std::string& where() const { return where_; }
  // Each key with its value, in key order.
  std::map<std::string, YAML::Node> nodes() const {
    std::map<std::string, YAML::Node> out;
    for (const auto& [k, e] : entries_) out.emplace(k, e.value);
    return out;
  }

  // Given, and not `key:` alone or `~`.
  bool has(std::string_view key) const {
    auto it = entries_.find(key);
    return it != entries_.end() && !it->second.value.IsNull();
  }
  YAML::Node operator[](std::string_view key) const {
    auto it = entries_.find(key);
    return it == entries_.end() ? YAML::Node(YAML::NodeType::Undefined) : it->second.value;
  }
  // Where to report a problem with `key`: its value, else its key, else the
  // mapping itself.
  int line(std::string_view key) const {
    auto it = entries_.find(key);
    if (it == entries_.end()) return std::max(Reader::line(node_), 1);
    return has(key) ? Reader::line(it->second.value) : Reader::line(it->second.key);
  }
  int own_line() const { return std::max(Reader::line(node_), 1); }

  void error(std::string_view key, std::string message) { r_.error(line(key), std::move(message)); }

  // Reports a missing required key; true when it is given.
  bool require(std::string_view key, std::string_view hint) {
    if (has(key)) return true;
    std::string message = where_ + " needs " + quoted(std::string(key) + ":");
    if (!hint.empty()) message += ": " + std::string(hint);
    error(key, std::move(message));
    return false;
  }

  // A text value; empty if missing or not text (after an error when required).
  std::string text(std::string_view key, bool required, std::string_view hint = {}) {
    if (!has(key)) {
      if (required) require(key, hint);
      return {};
    }
    auto n = (*this)[key];
    if (!n.IsScalar()) {
      error(key, name(key) + " must be text, not a list or mapping");
      return {};
    }
    if (required && n.Scalar().empty()) error(key, name(key) + " is empty");
    return n.Scalar();
  }

  // Markdown text, with the line its first line is on.
  Markdown markdown(std::string_view key, bool required, std::string_view hint = {}) {
    std::string t = text(key, required, hint);
    return {t, t.empty() ? 0 : r_.text_line((*this)[key])};
  }

  std::optional<int> integer(std::string_view key, bool required, std::string_view hint = {}) {
    if (!has(key)) {
      if (required) require(key, hint);
      return std::nullopt;
    }
    auto n = (*this)[key];
    int v = 0;
    if (!n.IsScalar() || !YAML::convert<int>::decode(n, v)) {
      error(key, name(key) + " must be a whole number" + shown(n));
      return std::nullopt;
    }
    return v;
  }

  std::optional<double> number(std::string_view key) {
    if (!has(key)) return std::nullopt;
    auto n = (*this)[key];
    double v = 0;
    if (!n.IsScalar() || !YAML::convert<double>::decode(n, v) || !std::isfinite(v)) {
      error(key, name(key) + " must be a number" + shown(n));
      return std::nullopt;
    }
    return v;
  }

  bool boolean(std::string_view key, bool fallback) {
    if (!has(key)) return fallback;
    bool v = fallback;
    auto n = (*this)[key];
    if (!n.IsScalar() || !YAML::convert<bool>::decode(n, v))
      error(key, name(key) + " must be true or false" + shown(n));
    return v;
  }

  // "'title:' in scale 'anxiety'"
  std::string name(std::string_view key) const {
    return quoted(std::string(key) + ":") + " in " + where_;
  }

 private:
  static std::string shown(const YAML::Node& n) {
    return n.IsScalar() ? ", not " + quoted(n.Scalar()) : ", not a list or mapping";
  }

  struct Entry {
    YAML::Node key, value;
  };
  Reader& r_;
  YAML::Node node_;
  std::string where_;
  std::map<std::string, Entry, std::less<>> entries_;
};

// How a list entry is named in messages: "scale 'anxiety'" when it has a
// usable id, else "the scale on line 12".
std::string entry_name(std::string_view kind, const YAML::Node& entry) {
  YAML::Node id = entry.IsMap() ? entry["id"] : YAML::Node();
  if (id.IsDefined() && id.IsScalar() && !id.Scalar().empty())
    return std::string(kind) + " " + quoted(id.Scalar());
  return "the " + std::string(kind) + " on line " + std::to_string(Reader::line(entry));
}

// The entries of a required, non-empty list; reports what is wrong.
std::vector<YAML::Node> list(Map& parent, std::string_view key, std::string_view hint) {
  std::vector<YAML::Node> out;
  if (!parent.require(key, hint)) return out;
  auto n = parent[key];
  if (!n.IsSequence() || n.size() == 0) {
    parent.error(
        key, parent.name(key) + " must be a list with at least one entry: " + std::string(hint));
    return out;
  }
  for (const auto& e : n) out.push_back(e);
  return out;
}

// The id of a list entry: present, slug-like and not used before.
std::string read_id(Map& m, std::string_view kind, std::string_view example,
                    std::map<std::string, int>& seen) {
  std::string id = m.text("id", true, "give it a short identifier like " + std::string(example));
  if (id.empty()) return {};
  if (!is_slug(id)) {
    m.error("id", std::string(kind) + " id " + quoted(id) +
                      " must be a slug-like identifier: lowercase letters a-z, digits and single "
                      "hyphens, like " +
                      std::string(example));
    return {};
  }
  auto [it, fresh] = seen.emplace(id, m.line("id"));
  if (!fresh) {
    m.error("id", std::string(kind) + " id " + quoted(id) + " is already used on line " +
                      std::to_string(it->second) + ": give each " + std::string(kind) +
                      " its own id");
    return {};
  }
  return id;
}

class InstrumentReader {
 public:
  InstrumentReader(Reader& r, Instrument& q) : r_(r), q_(q) {}

  void read(const YAML::Node& root, std::string_view file_stem) {
    Map quiz(r_, root, "the quiz",
             {"slug", "title", "summary", "instructions", "notice", "response_scale", "scales",
              "items", "results", "plot"});
    read_slug(quiz, file_stem);
    q_.title = quiz.text("title", true, "add the title readers see");
    q_.summary = quiz.text("summary", false);
    q_.instructions = quiz.markdown("instructions", false);
    q_.notice = quiz.markdown("notice", false);
    read_response_scale(quiz);
    read_scales(quiz);
    read_items(quiz);
    check_scales();
    read_results(quiz);
    read_plot(quiz);
  }

 private:
  void read_slug(Map& quiz, std::string_view file_stem) {
    if (quiz.has("slug")) {
      q_.slug = quiz.text("slug", true);
      if (!q_.slug.empty() && !is_slug(q_.slug))
        quiz.error("slug",
                   "slug " + quoted(q_.slug) + " is not a slug: use a-z, 0-9 and single hyphens");
      return;
    }
    q_.slug = file_stem;
    if (!is_slug(q_.slug))
      r_.error(1, "the file name " + quoted(q_.slug) +
                      " is not a slug (a-z, 0-9, single hyphens): rename the file or add slug:");
  }

  void read_response_scale(Map& quiz) {
    const char* hint = "give the answers' range, e.g. response_scale: {min: 1, max: 7}";
    if (!quiz.require("response_scale", hint)) return;
    if (!quiz["response_scale"].IsMap()) {
      quiz.error("response_scale", quiz.name("response_scale") + " must be a mapping: " + hint);
      return;
    }
    Map scale(r_, quiz["response_scale"], "response_scale", {"min", "max", "labels"});
    auto min = scale.integer("min", true, "the lowest answer, e.g. min: 1");
    auto max = scale.integer("max", true, "the highest answer, e.g. max: 7");
    if (!min || !max) return;
    if (*min >= *max) {
      scale.error("max", "response_scale max (" + std::to_string(*max) +
                             ") must be greater than min (" + std::to_string(*min) + ")");
      return;
    }
    if (static_cast<long long>(*max) - *min + 1 > kMaxPoints) {
      scale.error("max", "response_scale has " +
                             std::to_string(static_cast<long long>(*max) - *min + 1) +
                             " points; at most " + std::to_string(kMaxPoints) +
                             " are supported: narrow min and max");
      return;
    }
    q_.min = *min;
    q_.max = *max;
    read_labels(scale);
  }

  void read_labels(Map& scale) {
    if (!scale.has("labels")) return;
    auto labels = scale["labels"];
    if (!labels.IsMap()) {
      scale.error("labels",
                  "'labels:' in response_scale must map values to labels, e.g. "
                  "{1: Strongly disagree, 7: Strongly agree}");
      return;
    }
    std::map<int, int> lines;
    for (const auto& kv : labels) {
      int line = Reader::line(kv.first);
      int value = 0;
      if (!kv.first.IsScalar() || !YAML::convert<int>::decode(kv.first, value)) {
        r_.error(line,
                 (kv.first.IsScalar() ? "label key " + quoted(kv.first.Scalar()) : "a label key") +
                     " must be a response value, a whole number from " + std::to_string(q_.min) +
                     " to " + std::to_string(q_.max));
        continue;
      }
      if (value < q_.min || value > q_.max) {
        r_.error(line, "label for " + std::to_string(value) + " is outside the response scale " +
                           std::to_string(q_.min) + " to " + std::to_string(q_.max) +
                           ": remove it or change min and max");
        continue;
      }
      auto [it, fresh] = lines.emplace(value, line);
      if (!fresh) {
        r_.error(line, "label for " + std::to_string(value) + " is given twice (first on line " +
                           std::to_string(it->second) + "): keep one");
        continue;
      }
      if (!kv.second.IsScalar() || kv.second.Scalar().empty()) {
        r_.error(line, "label for " + std::to_string(value) + " must be text");
        continue;
      }
      q_.labels[value] = kv.second.Scalar();
    }
  }

  void read_scales(Map& quiz) {
    std::map<std::string, int> seen;
    for (const auto& node : list(quiz, "scales",
                                 "list the scales the items are scored on, each as {id, title, "
                                 "scoring}")) {
      if (!node.IsMap()) {
        r_.error(Reader::line(node), "each scale must be a mapping {id, title, scoring, ...}");
        continue;
      }
      Map m(r_, node, entry_name("scale", node),
            {"id", "title", "description", "scoring", "max_missing"});
      Scale s;
      s.id = read_id(m, "scale", "anxiety", seen);
      s.title = m.text("title", true, "add the name readers see");
      s.description = m.text("description", false);
      std::string scoring = m.text("scoring", true, "write scoring: mean or scoring: sum");
      if (scoring == "sum") {
        s.scoring = Scoring::sum;
      } else if (scoring != "mean" && !scoring.empty()) {
        m.error("scoring",
                "scoring " + quoted(scoring) + " of " + m.where() + " must be mean or sum");
      }
      if (auto missing = m.integer("max_missing", false)) {
        if (*missing < 0)
          m.error("max_missing", m.name("max_missing") + " must be 0 or more");
        else
          s.max_missing = *missing;
        max_missing_lines_[s.id] = m.line("max_missing");
      }
      scale_lines_[s.id] = m.own_line();
      if (!s.id.empty()) q_.scales.push_back(std::move(s));
    }
  }

  std::string scale_ids() const {
    std::vector<std::string> ids;
    for (const auto& s : q_.scales) ids.push_back(s.id);
    return join(ids);
  }

  bool known_scale(const std::string& id) const {
    return std::any_of(q_.scales.begin(), q_.scales.end(),
                       [&](const Scale& s) { return s.id == id; });
  }

  // True when `id` names a scale; else reports it at `key` of `m`, unless no
  // scale could be read at all (reported already, once).
  bool scale_named(Map& m, std::string_view key, const std::string& id, const std::string& who) {
    if (known_scale(id)) return true;
    if (!q_.scales.empty())
      m.error(key, who + " names scale " + quoted(id) +
                       ", which is not in scales: (known: " + scale_ids() + ")");
    return false;
  }

  void read_items(Map& quiz) {
    std::map<std::string, int> seen;
    for (const auto& node :
         list(quiz, "items", "list the questions, each as {id, text, scale, reverse}")) {
      if (!node.IsMap()) {
        r_.error(Reader::line(node), "each item must be a mapping {id, text, scale, reverse}");
        continue;
      }
      Map m(r_, node, entry_name("item", node), {"id", "text", "scale", "reverse"});
      Question item;
      item.id = read_id(m, "item", "anx01", seen);
      item.text = m.text("text", true, "add the statement or question readers answer");
      item.scale = m.text("scale", true, "name the scale it is scored on");
      if (!item.scale.empty() && !scale_named(m, "scale", item.scale, m.where()))
        item.scale.clear();
      item.reverse = m.boolean("reverse", false);
      if (!item.id.empty() && !item.scale.empty()) q_.questions.push_back(std::move(item));
    }
  }

  // Every scale has items, and at least one of them must be answered.
  void check_scales() {
    if (q_.questions.empty()) return;  // already reported
    for (const auto& s : q_.scales) {
      auto count = std::count_if(q_.questions.begin(), q_.questions.end(),
                                 [&](const Question& q) { return q.scale == s.id; });
      if (count == 0) {
        r_.error(scale_lines_[s.id], "scale " + quoted(s.id) +
                                         " has no items: key at least one item to it with "
                                         "scale: " +
                                         s.id + ", or remove the scale");
      } else if (s.max_missing >= count) {
        r_.error(max_missing_lines_[s.id],
                 "max_missing of scale " + quoted(s.id) + " is " + std::to_string(s.max_missing) +
                     " but the scale has " + std::to_string(count) +
                     " item(s): it must be less than that, so at least one is answered");
      }
    }
  }

  void read_results(Map& quiz) {
    const char* hint = "say which result each score leads to, as results: {rules: [...]}";
    if (!quiz.require("results", hint)) return;
    if (!quiz["results"].IsMap()) {
      quiz.error("results", quiz.name("results") + " must be a mapping: " + hint);
      return;
    }
    Map results(r_, quiz["results"], "results", {"thresholds_source", "rules"});
    q_.thresholds_source = results.markdown("thresholds_source", false);
    if (!results.has("thresholds_source"))
      r_.warning(results.own_line(),
                 "results has no thresholds_source: say where the cut-offs come from, so "
                 "readers can judge them");
    std::map<std::string, int> seen;
    for (const auto& node :
         list(results, "rules", "list the results, each as {id, title, when, body}")) {
      if (!node.IsMap()) {
        r_.error(Reader::line(node), "each rule must be a mapping {id, title, when, body}");
        continue;
      }
      Map m(r_, node, entry_name("rule", node), {"id", "title", "when", "body"});
      Rule rule;
      rule.id = read_id(m, "rule", "secure", seen);
      rule.title = m.text("title", true, "add the result's title readers see");
      rule.when = read_when(m);
      rule.body = m.markdown("body", true, "describe the result in Markdown");
      q_.rules.push_back(std::move(rule));
    }
  }

  // True when no score can meet both the lower and the upper bound.
  static bool never_holds(const Condition& c) {
    std::optional<double> low = c.at_least, high = c.at_most;
    bool low_strict = false, high_strict = false;
    if (c.above && (!low || *c.above >= *low)) low = c.above, low_strict = true;
    if (c.below && (!high || *c.below <= *high)) high = c.below, high_strict = true;
    if (!low || !high) return false;
    return *low > *high || (*low == *high && (low_strict || high_strict));
  }

  std::vector<Condition> read_when(Map& rule) {
    std::vector<Condition> out;
    const std::string hint =
        "give the scores it needs, e.g. when: {anxiety: {below: 4}}, or when: {} for any score";
    if (!rule.require("when", hint)) return out;
    if (!rule["when"].IsMap()) {
      rule.error("when", rule.name("when") + " must be a mapping: " + hint);
      return out;
    }
    Map when(r_, rule["when"], "'when:' of " + rule.where());
    for (const auto& [scale, node] : when.nodes()) {
      if (!scale_named(when, scale, scale, rule.where())) continue;
      if (!node.IsMap()) {
        when.error(scale, "the condition on " + quoted(scale) + " in " + rule.where() +
                              " must be a mapping like {below: 4} or {at_least: 4}");
        continue;
      }
      Map bounds(r_, node, "the condition on " + quoted(scale) + " in " + rule.where());
      Condition c{scale, bounds.number("below"), bounds.number("at_least"),
                  bounds.number("at_most"), bounds.number("above")};
      bool strange = false;
      for (const auto& [key, value] : bounds.nodes()) {
        if (key == "below" || key == "at_least" || key == "at_most" || key == "above") continue;
        bounds.error(key, quoted(key + ":") +
                              " is not a condition: use below: (score < X), at_most: (<= X), "
                              "above: (> X) or at_least: (>= X)");
        strange = true;
      }
      if (strange) continue;
      if (!c.below && !c.at_least && !c.at_most && !c.above) {
        when.error(scale, "the condition on " + quoted(scale) + " in " + rule.where() +
                              " needs below:, at_most:, above: or at_least:");
      } else if (never_holds(c)) {
        when.error(scale, "the condition on " + quoted(scale) + " in " + rule.where() +
                              " can never hold: its lower bound is not below its upper bound");
      }
      out.push_back(std::move(c));
    }
    // Keep the scales' order, so rules read the same way everywhere.
    std::vector<Condition> ordered;
    for (const auto& s : q_.scales)
      for (const auto& c : out)
        if (c.scale == s.id) ordered.push_back(c);
    return ordered;
  }

  void read_plot(Map& quiz) {
    if (!quiz.has("plot")) return;
    if (!quiz["plot"].IsMap()) {
      quiz.error("plot", quiz.name("plot") +
                             " must be a mapping like {x: avoidance, y: anxiety}, or left out");
      return;
    }
    Map m(r_, quiz["plot"], "plot", {"x", "y", "x_label", "y_label"});
    Plot plot;
    bool ok = true;
    for (auto [key, id] : {std::pair{"x", &plot.x}, std::pair{"y", &plot.y}}) {
      *id = m.text(key, true, "name the scale on that axis");
      if (id->empty()) {
        ok = false;
      } else if (!scale_named(m, key, *id, "plot " + quoted(std::string(key) + ":"))) {
        ok = false;
      }
    }
    if (ok && plot.x == plot.y) {
      m.error("y", "plot x: and y: must be two different scales");
      ok = false;
    }
    plot.x_label = m.text("x_label", false);
    plot.y_label = m.text("y_label", false);
    for (const auto& s : q_.scales) {
      if (plot.x_label.empty() && s.id == plot.x) plot.x_label = s.title;
      if (plot.y_label.empty() && s.id == plot.y) plot.y_label = s.title;
    }
    if (ok) q_.plot = std::move(plot);
  }

  Reader& r_;
  Instrument& q_;
  std::map<std::string, int> scale_lines_;        // scale id -> its line
  std::map<std::string, int> max_missing_lines_;  // scale id -> its max_missing line
};

}  // namespace

ReadInstrument read_instrument(std::string_view text, const std::string& file,
                               std::string_view file_stem) {
  ReadInstrument out;
  Reader r(text, file, out.diagnostics);
  YAML::Node root;
  try {
    root = YAML::Load(std::string(text));
  } catch (const YAML::Exception& e) {
    r.error(e.mark.line >= 0 ? e.mark.line + 1 : 0, "is not valid YAML: " + e.msg);
    return out;
  }
  if (!root.IsDefined() || root.IsNull()) {
    r.error(1, "is empty: a quiz needs title:, response_scale:, scales:, items: and results:");
    return out;
  }
  if (!root.IsMap()) {
    r.error(1, "a quiz file must be a mapping of fields (title: ..., items: ...)");
    return out;
  }
  Instrument q;
  q.file = file;
  InstrumentReader(r, q).read(root, file_stem);
  out.instrument = std::move(q);
  return out;
}

}  // namespace cradle::quiz
