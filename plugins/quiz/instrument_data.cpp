#include "instrument_data.hpp"

#include <boost/json.hpp>

#include <stdexcept>

namespace cradle::quiz {
namespace json = boost::json;
namespace {

json::object markdown_to_json(const Markdown& m) { return {{"text", m.text}, {"line", m.line}}; }

// Reads checked values; any mismatch throws Malformed, caught in from_data.
struct Malformed : std::runtime_error {
  using std::runtime_error::runtime_error;
};

const json::value& at(const json::object& o, std::string_view key) {
  const json::value* v = o.if_contains(key);
  if (!v) throw Malformed("'" + std::string(key) + "' is missing");
  return *v;
}
const json::object& object(const json::value& v, std::string_view what) {
  if (!v.is_object()) throw Malformed(std::string(what) + " is not an object");
  return v.get_object();
}
const json::array& array(const json::object& o, std::string_view key) {
  const json::value& v = at(o, key);
  if (!v.is_array()) throw Malformed("'" + std::string(key) + "' is not a list");
  return v.get_array();
}
std::string string(const json::object& o, std::string_view key) {
  const json::value& v = at(o, key);
  if (!v.is_string()) throw Malformed("'" + std::string(key) + "' is not a string");
  return std::string(v.get_string());
}
int integer(const json::object& o, std::string_view key) {
  const json::value& v = at(o, key);
  if (!v.is_int64() || v.get_int64() < INT32_MIN || v.get_int64() > INT32_MAX)
    throw Malformed("'" + std::string(key) + "' is not a whole number");
  return static_cast<int>(v.get_int64());
}
double number(const json::value& v, std::string_view key) {
  if (v.is_double()) return v.get_double();
  if (v.is_int64()) return static_cast<double>(v.get_int64());
  if (v.is_uint64()) return static_cast<double>(v.get_uint64());
  throw Malformed("'" + std::string(key) + "' is not a number");
}
bool boolean(const json::object& o, std::string_view key) {
  const json::value& v = at(o, key);
  if (!v.is_bool()) throw Malformed("'" + std::string(key) + "' is not true or false");
  return v.get_bool();
}
Markdown markdown(const json::object& o, std::string_view key) {
  const json::object& m = object(at(o, key), key);
  return {string(m, "text"), integer(m, "line")};
}

Instrument read(const json::object& o) {
  if (integer(o, "format") != kDataFormat)
    throw Malformed("format " + std::to_string(integer(o, "format")) + " is not " +
                    std::to_string(kDataFormat));
  Instrument q;
  q.file = string(o, "file");
  q.slug = string(o, "slug");
  q.title = string(o, "title");
  q.summary = string(o, "summary");
  q.instructions = markdown(o, "instructions");
  q.notice = markdown(o, "notice");
  q.thresholds_source = markdown(o, "thresholds_source");
  q.min = integer(o, "min");
  q.max = integer(o, "max");
  if (q.min >= q.max) throw Malformed("'min' is not below 'max'");
  for (const auto& kv : object(at(o, "labels"), "labels")) {
    if (!kv.value().is_string()) throw Malformed("a label is not a string");
    q.labels[std::stoi(std::string(kv.key()))] = std::string(kv.value().get_string());
  }
  for (const auto& v : array(o, "scales")) {
    const json::object& s = object(v, "a scale");
    std::string scoring = string(s, "scoring");
    if (scoring != "mean" && scoring != "sum") throw Malformed("scoring '" + scoring + "'");
    q.scales.push_back({string(s, "id"), string(s, "title"), string(s, "description"),
                        scoring == "sum" ? Scoring::sum : Scoring::mean,
                        integer(s, "max_missing")});
  }
  for (const auto& v : array(o, "items")) {
    const json::object& i = object(v, "an item");
    q.questions.push_back(
        {string(i, "id"), string(i, "text"), string(i, "scale"), boolean(i, "reverse")});
  }
  for (const auto& v : array(o, "rules")) {
    const json::object& r = object(v, "a rule");
    Rule rule{string(r, "id"), string(r, "title"), {}, markdown(r, "body")};
    for (const auto& cv : array(r, "when")) {
      const json::object& c = object(cv, "a condition");
      Condition cond;
      cond.scale = string(c, "scale");
      if (const auto* b = c.if_contains("below")) cond.below = number(*b, "below");
      if (const auto* a = c.if_contains("at_least")) cond.at_least = number(*a, "at_least");
      if (const auto* a = c.if_contains("at_most")) cond.at_most = number(*a, "at_most");
      if (const auto* a = c.if_contains("above")) cond.above = number(*a, "above");
      rule.when.push_back(std::move(cond));
    }
    q.rules.push_back(std::move(rule));
  }
  if (const auto* p = o.if_contains("plot")) {
    const json::object& plot = object(*p, "plot");
    q.plot = Plot{string(plot, "x"), string(plot, "y"), string(plot, "x_label"),
                  string(plot, "y_label")};
  }
  return q;
}

}  // namespace

std::string to_data(const Instrument& q) {
  json::object labels;
  for (const auto& [value, label] : q.labels) labels[std::to_string(value)] = label;
  json::array scales, items, rules;
  for (const auto& s : q.scales)
    scales.push_back(json::object{{"id", s.id},
                                  {"title", s.title},
                                  {"description", s.description},
                                  {"scoring", s.scoring == Scoring::sum ? "sum" : "mean"},
                                  {"max_missing", s.max_missing}});
  for (const auto& i : q.questions)
    items.push_back(
        json::object{{"id", i.id}, {"text", i.text}, {"scale", i.scale}, {"reverse", i.reverse}});
  for (const auto& r : q.rules) {
    json::array when;
    for (const auto& c : r.when) {
      json::object cond{{"scale", c.scale}};
      if (c.below) cond["below"] = *c.below;
      if (c.at_least) cond["at_least"] = *c.at_least;
      if (c.at_most) cond["at_most"] = *c.at_most;
      if (c.above) cond["above"] = *c.above;
      when.push_back(std::move(cond));
    }
    rules.push_back(json::object{{"id", r.id},
                                 {"title", r.title},
                                 {"when", std::move(when)},
                                 {"body", markdown_to_json(r.body)}});
  }
  json::object o{{"format", kDataFormat},
                 {"file", q.file},
                 {"slug", q.slug},
                 {"title", q.title},
                 {"summary", q.summary},
                 {"instructions", markdown_to_json(q.instructions)},
                 {"notice", markdown_to_json(q.notice)},
                 {"thresholds_source", markdown_to_json(q.thresholds_source)},
                 {"min", q.min},
                 {"max", q.max},
                 {"labels", std::move(labels)},
                 {"scales", std::move(scales)},
                 {"items", std::move(items)},
                 {"rules", std::move(rules)}};
  if (q.plot)
    o["plot"] = json::object{{"x", q.plot->x},
                             {"y", q.plot->y},
                             {"x_label", q.plot->x_label},
                             {"y_label", q.plot->y_label}};
  return json::serialize(o);
}

Result<Instrument> from_data(std::string_view data) {
  json::error_code ec;
  json::value v = json::parse(data, ec);
  if (ec) return Error{"the quiz data is not JSON: " + ec.message()};
  try {
    return read(object(v, "the quiz data"));
  } catch (const std::exception& e) {
    return Error{std::string("the quiz data is malformed: ") + e.what()};
  }
}

}  // namespace cradle::quiz
