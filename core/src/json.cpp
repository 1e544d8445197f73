#include "cradle/json.hpp"

#include <array>
#include <boost/json.hpp>

namespace cradle {
namespace json = boost::json;
namespace {

constexpr std::array<std::string_view, 6> kSpanNames = {"text", "emphasis", "strong",
                                                        "code", "link",     "break"};
constexpr std::array<std::string_view, 10> kBlockNames = {
    "heading", "paragraph", "list", "quote", "code", "image", "rule", "callout", "form", "outcome"};

template <std::size_t N>
int index_of(const std::array<std::string_view, N>& names, std::string_view name) {
  for (std::size_t i = 0; i < N; ++i)
    if (names[i] == name) return static_cast<int>(i);
  return -1;
}

json::array spans_to_json(const std::vector<Span>& spans, const json::storage_ptr& sp) {
  json::array out(sp);
  out.reserve(spans.size());
  for (const auto& s : spans) {
    json::object o(3, sp);
    o.emplace("type", kSpanNames[static_cast<int>(s.kind)]);
    if (s.kind == Span::Kind::text || s.kind == Span::Kind::code) o.emplace("text", s.text);
    if (s.kind == Span::Kind::link) o.emplace("href", s.href);
    if (!s.children.empty()) o.emplace("children", spans_to_json(s.children, sp));
    out.emplace_back(std::move(o));
  }
  return out;
}

json::object form_to_json(const Form& f, const json::storage_ptr& sp) {
  json::array questions(sp), options(sp);
  for (const auto& q : f.questions)
    questions.emplace_back(json::object({{"id", q.id}, {"text", q.text}}, sp));
  for (const auto& o : f.options)
    options.emplace_back(json::object({{"value", o.value}, {"label", o.label}}, sp));
  return json::object({{"questions", std::move(questions)}, {"options", std::move(options)}}, sp);
}

json::object outcome_to_json(const Outcome& r, const json::storage_ptr& sp) {
  json::array scales(sp);
  for (const auto& s : r.scales) {
    json::object o({{"id", s.id},
                    {"title", s.title},
                    {"scored", s.scored},
                    {"min", s.min},
                    {"max", s.max},
                    {"answered", s.answered},
                    {"total", s.total}},
                   sp);
    o.emplace("score", s.scored ? json::value(s.score) : json::value(nullptr));
    scales.emplace_back(std::move(o));
  }
  json::object out({{"scales", std::move(scales)},
                    {"result", json::object({{"id", r.result_id}, {"title", r.result_title}}, sp)}},
                   sp);
  if (!r.x_scale.empty())
    out.emplace(
        "plot",
        json::object(
            {{"x", r.x_scale}, {"y", r.y_scale}, {"x_label", r.x_label}, {"y_label", r.y_label}},
            sp));
  return out;
}

json::object block_to_json(const Block& b, const json::storage_ptr& sp) {
  json::object o(4, sp);
  o.emplace("type", kBlockNames[static_cast<int>(b.kind)]);
  switch (b.kind) {
    case Block::Kind::heading:
      o.emplace("level", b.level);
      o.emplace("spans", spans_to_json(b.spans, sp));
      break;
    case Block::Kind::paragraph:
      o.emplace("spans", spans_to_json(b.spans, sp));
      break;
    case Block::Kind::list: {
      o.emplace("ordered", b.ordered);
      if (b.ordered) o.emplace("start", b.start);
      json::array items(sp);
      for (const auto& item : b.items) items.emplace_back(to_json(item, sp));
      o.emplace("items", std::move(items));
      break;
    }
    case Block::Kind::quote:
      o.emplace("blocks", to_json(b.children, sp));
      break;
    case Block::Kind::code:
      o.emplace("text", b.text);
      if (!b.info.empty()) o.emplace("language", b.info);
      break;
    case Block::Kind::image:
      o.emplace("src", b.info);
      o.emplace("alt", b.text);
      break;
    case Block::Kind::rule:
      break;
    case Block::Kind::callout:
      o.emplace("tone", b.info);
      o.emplace("blocks", to_json(b.children, sp));
      break;
    case Block::Kind::form:
      if (b.form)
        for (auto& kv : form_to_json(*b.form, sp)) o.emplace(kv.key(), std::move(kv.value()));
      break;
    case Block::Kind::outcome:
      if (b.outcome)
        for (auto& kv : outcome_to_json(*b.outcome, sp)) o.emplace(kv.key(), std::move(kv.value()));
      break;
  }
  return o;
}

// Reading back: everything is checked, since a catalog file can be damaged.
struct Reader {
  std::string error;

  const json::object* object(const json::value& v, std::string_view what) {
    if (!v.is_object()) fail(std::string(what) + " is not an object");
    return v.if_object();
  }
  std::string string(const json::object& o, std::string_view key) {
    auto* v = o.if_contains(key);
    if (!v) return {};
    if (!v->is_string()) {
      fail("'" + std::string(key) + "' is not a string");
      return {};
    }
    return std::string(v->get_string());
  }
  std::int64_t integer(const json::object& o, std::string_view key, std::int64_t fallback) {
    auto* v = o.if_contains(key);
    if (!v) return fallback;
    if (!v->is_int64()) fail("'" + std::string(key) + "' is not an integer");
    return v->is_int64() ? v->get_int64() : fallback;
  }
  const json::array* array(const json::object& o, std::string_view key) {
    auto* v = o.if_contains(key);
    if (!v) return nullptr;
    if (!v->is_array()) fail("'" + std::string(key) + "' is not an array");
    return v->if_array();
  }
  void fail(std::string message) {
    if (error.empty()) error = std::move(message);
  }

  std::vector<Span> spans(const json::array* a) {
    std::vector<Span> out;
    if (!a) return out;
    for (const auto& v : *a) {
      auto* o = object(v, "span");
      if (!o) break;
      int kind = index_of(kSpanNames, string(*o, "type"));
      if (kind < 0) {
        fail("unknown span type");
        break;
      }
      Span s{static_cast<Span::Kind>(kind), string(*o, "text"), string(*o, "href"),
             spans(array(*o, "children"))};
      out.push_back(std::move(s));
    }
    return out;
  }

  double number(const json::object& o, std::string_view key) {
    auto* v = o.if_contains(key);
    if (!v || v->is_null()) return 0;
    if (v->is_double()) return v->get_double();
    if (v->is_int64()) return static_cast<double>(v->get_int64());
    fail("'" + std::string(key) + "' is not a number");
    return 0;
  }

  Form form(const json::object& o) {
    Form f;
    if (auto* qs = array(o, "questions"))
      for (const auto& q : *qs)
        if (auto* qo = object(q, "question"))
          f.questions.push_back({string(*qo, "id"), string(*qo, "text")});
    if (auto* os = array(o, "options"))
      for (const auto& v : *os)
        if (auto* oo = object(v, "option"))
          f.options.push_back({static_cast<int>(integer(*oo, "value", 0)), string(*oo, "label")});
    return f;
  }

  Outcome outcome(const json::object& o) {
    Outcome r;
    if (auto* ss = array(o, "scales")) {
      for (const auto& v : *ss) {
        auto* so = object(v, "scale");
        if (!so) break;
        ScaleScore s;
        s.id = string(*so, "id");
        s.title = string(*so, "title");
        s.scored =
            so->contains("scored") && so->at("scored").is_bool() && so->at("scored").as_bool();
        s.score = number(*so, "score");
        s.min = number(*so, "min");
        s.max = number(*so, "max");
        s.answered = static_cast<int>(integer(*so, "answered", 0));
        s.total = static_cast<int>(integer(*so, "total", 0));
        r.scales.push_back(std::move(s));
      }
    }
    if (auto* res = o.if_contains("result"); res && res->is_object()) {
      r.result_id = string(res->get_object(), "id");
      r.result_title = string(res->get_object(), "title");
    }
    if (auto* plot = o.if_contains("plot"); plot && plot->is_object()) {
      const auto& p = plot->get_object();
      r.x_scale = string(p, "x");
      r.y_scale = string(p, "y");
      r.x_label = string(p, "x_label");
      r.y_label = string(p, "y_label");
    }
    return r;
  }

  Document document(const json::value& v) {
    Document out;
    if (!v.is_array()) {
      fail("document is not an array");
      return out;
    }
    for (const auto& bv : v.get_array()) {
      auto* o = object(bv, "block");
      if (!o) break;
      int kind = index_of(kBlockNames, string(*o, "type"));
      if (kind < 0) {
        fail("unknown block type");
        break;
      }
      Block b;
      b.kind = static_cast<Block::Kind>(kind);
      b.level = static_cast<int>(integer(*o, "level", 0));
      b.ordered =
          o->contains("ordered") && o->at("ordered").is_bool() && o->at("ordered").as_bool();
      b.start = static_cast<int>(integer(*o, "start", 1));
      b.spans = spans(array(*o, "spans"));
      if (auto* items = array(*o, "items"))
        for (const auto& item : *items) b.items.push_back(document(item));
      if (auto* blocks = o->if_contains("blocks")) b.children = document(*blocks);
      b.text = b.kind == Block::Kind::image ? string(*o, "alt") : string(*o, "text");
      b.info = b.kind == Block::Kind::image     ? string(*o, "src")
               : b.kind == Block::Kind::callout ? string(*o, "tone")
                                                : string(*o, "language");
      if (b.kind == Block::Kind::form) b.form = form(*o);
      if (b.kind == Block::Kind::outcome) b.outcome = outcome(*o);
      out.push_back(std::move(b));
    }
    return out;
  }
};

}  // namespace

json::value to_json(const Document& doc, json::storage_ptr sp) {
  json::array out(sp);
  out.reserve(doc.size());
  for (const auto& b : doc) out.emplace_back(block_to_json(b, sp));
  return out;
}

json::value to_json(const Fields& fields) {
  json::object out;
  for (const auto& [key, value] : fields) {
    std::visit(
        // An init-capture: clang 14 cannot capture a structured binding.
        [&out, &key = key](const auto& v) {
          using T = std::decay_t<decltype(v)>;
          if constexpr (std::is_same_v<T, std::vector<std::string>>) {
            out[key] = json::array(v.begin(), v.end());
          } else {
            out[key] = v;
          }
        },
        value);
  }
  return out;
}

json::object to_json(const Item& item) {
  return {{"pack", item.pack},
          {"slug", item.slug},
          {"type", item.type},
          {"title", item.title},
          {"summary", item.summary},
          {"fields", to_json(item.fields)},
          {"blocks", to_json(item.body)},
          {"text", item.text}};
}

namespace {
json::array requirements_to_json(const std::vector<PackRequirement>& requirements) {
  json::array out;
  for (const auto& r : requirements)
    out.push_back(json::object{{"pack", r.pack.empty() ? "cradle" : r.pack}, {"range", r.range}});
  return out;
}
}  // namespace

json::object manifest_to_json(const Pack& pack) {
  return {{"id", pack.id},
          {"version", pack.version},
          {"title", pack.title},
          {"description", pack.description},
          {"language", pack.language},
          {"authors", json::array(pack.authors.begin(), pack.authors.end())},
          {"license", pack.license},
          {"api", pack.api},
          {"installed_at", pack.installed_at},
          {"items", pack.items.size()},
          {"publisher", pack.publisher},
          {"signature", pack.signature},
          {"signer", pack.signer},
          {"requires", requirements_to_json(pack.requirements)}};
}

Result<Document> document_from_json(const json::value& v) {
  Reader r;
  Document doc = r.document(v);
  if (!r.error.empty()) return Error{"malformed document: " + r.error};
  return doc;
}

Result<Fields> fields_from_json(const json::value& v) {
  if (!v.is_object()) return Error{"malformed fields: not an object"};
  Fields out;
  for (const auto& [key, value] : v.get_object()) {
    if (value.is_string()) {
      out[key] = std::string(value.get_string());
    } else if (value.is_int64()) {
      out[key] = value.get_int64();
    } else if (value.is_array()) {
      std::vector<std::string> list;
      for (const auto& e : value.get_array()) {
        if (!e.is_string()) return Error{"malformed fields: '" + std::string(key) + "'"};
        list.emplace_back(e.get_string());
      }
      out[key] = std::move(list);
    } else {
      return Error{"malformed fields: '" + std::string(key) + "'"};
    }
  }
  return out;
}

}  // namespace cradle
