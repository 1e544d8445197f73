#include "cradle/pack_loader.hpp"

#include <yaml-cpp/yaml.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "cradle/links.hpp"
#include "cradle/markdown.hpp"
#include "cradle/slug.hpp"
#include "cradle/versions.hpp"
#include "semver.hpp"
#include "text_checks.hpp"

namespace cradle {
namespace fs = std::filesystem;
namespace {

constexpr const char* kManifest = "pack.yaml";

bool is_language_tag(const std::string& s) {
  // BCP 47 in the shape packs use: a 2-3 letter language, then subtags of
  // 1-8 letters or digits ("en", "en-AU", "zh-Hant-TW").
  std::size_t start = 0;
  for (int part = 0;; ++part) {
    auto dash = s.find('-', start);
    auto sub = s.substr(start, dash == std::string::npos ? std::string::npos : dash - start);
    bool alpha_only = !sub.empty();
    for (char c : sub) {
      if (!std::isalnum(static_cast<unsigned char>(c))) return false;
      if (!std::isalpha(static_cast<unsigned char>(c))) alpha_only = false;
    }
    if (part == 0 ? !(alpha_only && sub.size() >= 2 && sub.size() <= 3)
                  : (sub.empty() || sub.size() > 8))
      return false;
    if (dash == std::string::npos) return true;
    start = dash + 1;
  }
}

// Reads pack.yaml's fields, reporting each problem at its line.
class ManifestReader {
 public:
  ManifestReader(Diagnostics& diags) : diags_(diags) {}

  void error(const YAML::Node& at, std::string message) {
    diags_.push_back({Severity::error, kManifest, line(at), std::move(message)});
  }
  void warning(const YAML::Node& at, std::string message) {
    diags_.push_back({Severity::warning, kManifest, line(at), std::move(message)});
  }
  static int line(const YAML::Node& n) {
    return n.IsDefined() && n.Mark().line >= 0 ? n.Mark().line + 1 : 0;
  }

  // A required or optional scalar string field.
  std::string text(const YAML::Node& root, const char* key, bool required) {
    YAML::Node n = root[key];
    if (!n.IsDefined() || n.IsNull()) {
      if (required) error(root, std::string("missing required field '") + key + "'");
      return {};
    }
    if (!n.IsScalar()) {
      error(n, std::string("'") + key + "' must be text");
      return {};
    }
    return n.Scalar();
  }

 private:
  Diagnostics& diags_;
};

// `requires: {cradle: RANGE, packs: {ID: RANGE, ...}}`.
void read_requirements(const YAML::Node& node, Pack& pack, ManifestReader& r) {
  if (!node.IsDefined() || node.IsNull()) return;
  if (!node.IsMap()) {
    r.error(node, "'requires' must be a mapping: cradle: RANGE and packs: {ID: RANGE}");
    return;
  }
  auto range_of = [&](const YAML::Node& n, const std::string& what) -> std::string {
    std::string range = n.IsScalar() ? n.Scalar() : "";
    if (!is_version_range(range)) {
      r.error(n, "the version range for " + what + " is not one Cradle reads: write it like " +
                     "\">=1.0.0 <2.0.0\", \"^1.2.0\", \"~1.2.0\" or \"1.2.0\"");
      return {};
    }
    return range;
  };
  for (const auto& kv : node) {
    auto key = kv.first.as<std::string>("");
    if (key == "cradle") {
      if (auto range = range_of(kv.second, "cradle"); !range.empty())
        pack.requirements.push_back({"", range});
    } else if (key == "packs") {
      if (!kv.second.IsMap()) {
        r.error(kv.second, "'requires: packs' must map pack ids to version ranges");
        continue;
      }
      for (const auto& dep : kv.second) {
        auto id = dep.first.as<std::string>("");
        if (!is_slug(id)) {
          r.error(dep.first, "'" + id + "' in 'requires: packs' is not a pack id");
          continue;
        }
        if (auto range = range_of(dep.second, "pack " + id); !range.empty())
          pack.requirements.push_back({id, range});
      }
    } else {
      r.warning(kv.first, "unknown requirement '" + key + "' is ignored (Cradle knows cradle " +
                              "and packs)");
    }
  }
}

void read_manifest(const YAML::Node& root, Pack& pack, ManifestReader& r) {
  static const std::set<std::string> known = {"id",       "version",   "title",   "description",
                                              "language", "authors",   "license", "api",
                                              "content",  "publisher", "requires"};
  for (const auto& kv : root) {
    auto key = kv.first.as<std::string>("");
    if (!known.count(key)) r.warning(kv.first, "unknown field '" + key + "' is ignored");
  }

  pack.id = r.text(root, "id", true);
  if (!pack.id.empty() && !is_slug(pack.id))
    r.error(root["id"], "id '" + pack.id +
                            "' must be a lowercase slug: letters a-z, digits and single hyphens");
  pack.version = r.text(root, "version", true);
  if (!pack.version.empty() && !parse_semver(pack.version))
    r.error(root["version"], "version '" + pack.version + "' is not a semantic version like 1.0.0");
  pack.title = r.text(root, "title", true);
  pack.description = r.text(root, "description", false);
  pack.language = r.text(root, "language", true);
  if (!pack.language.empty() && !is_language_tag(pack.language))
    r.error(root["language"],
            "language '" + pack.language + "' is not a BCP 47 tag like en or en-AU");
  pack.license = r.text(root, "license", false);

  YAML::Node authors = root["authors"];
  if (!authors.IsDefined() || authors.IsNull()) {
    // optional
  } else if (authors.IsScalar()) {
    pack.authors.push_back(authors.Scalar());
  } else if (authors.IsSequence()) {
    for (const auto& a : authors) {
      if (a.IsScalar()) {
        pack.authors.push_back(a.Scalar());
      } else {
        r.error(a, "each author must be a name");
      }
    }
  } else {
    r.error(authors, "'authors' must be a name or a list of names");
  }

  pack.publisher = r.text(root, "publisher", false);
  if (pack.publisher.empty()) {
    for (const auto& a : pack.authors) pack.publisher += (pack.publisher.empty() ? "" : ", ") + a;
  }
  read_requirements(root["requires"], pack, r);

  YAML::Node api = root["api"];
  if (!api.IsDefined()) {
    r.error(root, "missing required field 'api' (this Cradle reads packs for api: " +
                      std::to_string(kPackFormatVersion) + ")");
  } else if (int v = api.as<int>(-1); v != kPackFormatVersion) {
    r.error(api, "the pack needs api " + api.as<std::string>("?") + ", this Cradle reads api " +
                     std::to_string(kPackFormatVersion) + ": use a Cradle that matches");
  } else {
    pack.api = v;
  }
}

// One `content:` entry, checked: its type is loaded and its source lies inside
// the pack.
struct ContentEntry {
  std::shared_ptr<ContentType> type;
  std::string type_name;
  std::string source;
};

std::vector<ContentEntry> read_content(const YAML::Node& root, const fs::path& dir,
                                       const Registry& registry, ManifestReader& r) {
  std::vector<ContentEntry> out;
  YAML::Node content = root["content"];
  if (!content.IsDefined() || !content.IsSequence() || content.size() == 0) {
    r.error(content.IsDefined() ? content : root,
            "'content' must list the pack's sources, each as {type, source}");
    return out;
  }
  for (const auto& entry : content) {
    if (!entry.IsMap()) {
      r.error(entry, "each content entry must be {type: ..., source: ...}");
      continue;
    }
    ContentEntry e{nullptr, r.text(entry, "type", true), r.text(entry, "source", true)};
    if (e.type_name.empty() || e.source.empty()) continue;
    e.type = registry.content_type(e.type_name);
    if (!e.type) {
      r.error(entry["type"], "no content-type plugin named '" + e.type_name +
                                 "' is installed (`cradle plugins` lists them)");
      continue;
    }
    fs::path src(e.source);
    bool escapes = src.is_absolute();
    for (const auto& part : src) escapes = escapes || part == "..";
    if (escapes) {
      r.error(entry["source"], "source '" + e.source + "' must be a path inside the pack folder");
      continue;
    }
    std::error_code ec;
    if (!fs::exists(dir / src, ec)) {
      r.error(entry["source"], "source '" + e.source + "' does not exist in the pack folder");
      continue;
    }
    out.push_back(std::move(e));
  }
  return out;
}

std::string first_sentences(const Document& body, std::size_t max_chars) {
  for (const auto& b : body) {
    if (b.kind != Block::Kind::paragraph) continue;
    std::string text = plain_text(b.spans);
    if (text.size() <= max_chars) return text;
    auto cut = text.rfind(' ', max_chars);
    return text.substr(0, cut == std::string::npos ? max_chars : cut) + "…";
  }
  return {};
}

// Visits every link span in a document.
template <class F>
void for_each_link(std::vector<Span>& spans, F& f) {
  for (auto& s : spans) {
    if (s.kind == Span::Kind::link) f(s);
    for_each_link(s.children, f);
  }
}
template <class F>
void for_each_link(Document& doc, F& f) {
  for (auto& b : doc) {
    for_each_link(b.spans, f);
    for (auto& item : b.items) for_each_link(item, f);
    for_each_link(b.children, f);
  }
}

}  // namespace

LoadedPack load_pack(const fs::path& dir, const Registry& registry, const LoadOptions& options) {
  LoadedPack out;
  out.dir = dir;
  Diagnostics& diags = out.diagnostics;
  ManifestReader r(diags);

  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    diags.push_back({Severity::error, dir.string(), 0, "is not a pack folder"});
    return out;
  }
  // Text that is not UTF-8 and YAML bombs are refused before any parser
  // (here or in a plugin) reads them.
  if (Diagnostics unsafe = check_pack_text(dir); !unsafe.empty()) {
    diags = std::move(unsafe);
    return out;
  }
  std::ifstream in(dir / kManifest, std::ios::binary);
  if (!in) {
    diags.push_back({Severity::error, kManifest, 0,
                     "not found in " + dir.string() + ": every pack folder needs a pack.yaml"});
    return out;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();

  YAML::Node root;
  try {
    root = YAML::Load(buffer.str());
  } catch (const YAML::Exception& e) {
    diags.push_back({Severity::error, kManifest, e.mark.line >= 0 ? e.mark.line + 1 : 0,
                     "not valid YAML: " + e.msg});
    return out;
  }
  if (!root.IsMap()) {
    diags.push_back({Severity::error, kManifest, 1, "must be a mapping of fields (id: ..., ...)"});
    return out;
  }

  try {
    read_manifest(root, out.pack, r);
    auto entries = read_content(root, dir, registry, r);
    if (has_errors(diags)) return out;

    std::map<std::string, std::string> slug_source;
    for (const auto& e : entries) {
      SourceOutput got = e.type->load({dir, e.source, out.pack.id, options.include_drafts});
      diags.insert(diags.end(), got.diagnostics.begin(), got.diagnostics.end());
      for (auto& item : got.items) {
        item.pack = out.pack.id;
        item.type = e.type_name;
        if (item.source.empty()) item.source = e.source;
        auto [it, fresh] = slug_source.emplace(item.slug, item.source);
        if (!fresh) {
          diags.push_back({Severity::error, item.source, 0,
                           "item slug '" + item.slug + "' is already used by " + it->second +
                               ": slugs must be unique in a pack"});
          continue;
        }
        out.pack.items.push_back(std::move(item));
      }
    }
  } catch (const YAML::Exception& e) {
    diags.push_back({Severity::error, kManifest, e.mark.line + 1, e.msg});
  }
  fill_text(out.pack);
  return out;
}

void resolve_links(std::vector<LoadedPack>& packs, const Library* installed) {
  auto find_loaded = [&](const std::string& id) -> const LoadedPack* {
    for (const auto& p : packs)
      if (p.pack.id == id) return &p;
    return nullptr;
  };
  for (auto& loaded : packs) {
    for (auto& item : loaded.pack.items) {
      auto check = [&](Span& link) {
        auto report = [&](Severity sev, std::string message) {
          loaded.diagnostics.push_back(
              {sev, item.source, link.line, "link '" + link.href + "' " + std::move(message)});
        };
        ParsedLink parsed = parse_link(link.href, loaded.pack.id);
        if (parsed.kind == LinkKind::external) return;
        if (parsed.kind == LinkKind::invalid) {
          return report(Severity::error,
                        "is not a link Cradle can follow: write pack:PACK/SLUG, a SLUG of this "
                        "pack, or an http(s) URL");
        }
        const ItemRef& ref = parsed.target;
        link.href = to_href(ref);
        bool known_pack = false, found = false;
        if (const LoadedPack* p = find_loaded(ref.pack)) {
          // A pack that failed to load has its own errors; do not pile on.
          if (has_errors(p->diagnostics)) return;
          known_pack = true;
          found = ref.slug.empty();
          for (const auto& other : p->pack.items) found = found || other.slug == ref.slug;
        } else if (installed && installed->find_pack(ref.pack)) {
          known_pack = true;
          found = ref.slug.empty() || installed->find_item(ref.pack, ref.slug);
        }
        if (!known_pack) {
          report(Severity::warning,
                 "points to pack '" + ref.pack + "', which is not installed; it works once it is");
        } else if (!found) {
          report(Severity::error,
                 "points to nothing: pack '" + ref.pack + "' has no item '" + ref.slug + "'");
        }
      };
      for_each_link(item.body, check);
      for (auto& extra : item.extras) for_each_link(extra, check);
    }
  }
}

void check_requirements(std::vector<LoadedPack>& packs, const Library* installed,
                        std::string_view cradle_version, Severity severity) {
  for (auto& loaded : packs) {
    for (const auto& need : loaded.pack.requirements) {
      auto unmet = [&](std::string message) {
        loaded.diagnostics.push_back({severity, kManifest, 0, std::move(message)});
      };
      if (need.pack.empty()) {
        if (!version_satisfies(cradle_version, need.range))
          unmet("the pack requires Cradle " + need.range + ", and this is Cradle " +
                std::string(cradle_version) + ": use a Cradle that matches");
        continue;
      }
      std::string have;
      for (const auto& other : packs)
        if (other.pack.id == need.pack && &other != &loaded) have = other.pack.version;
      if (have.empty() && installed)
        if (const Pack* p = installed->find_pack(need.pack)) have = p->version;
      if (have.empty()) {
        unmet("the pack requires pack '" + need.pack + "' " + need.range +
              ", which is not installed: install it first, or with this one");
      } else if (!version_satisfies(have, need.range)) {
        unmet("the pack requires pack '" + need.pack + "' " + need.range + ", and " + have +
              " is installed: install a version that matches first");
      }
    }
  }
}

void fill_text(Pack& pack) {
  for (auto& item : pack.items) {
    item.text = plain_text(item.body);
    if (item.summary.empty()) item.summary = first_sentences(item.body, 200);
  }
}

}  // namespace cradle
