#include "pack_info.hpp"

#include <algorithm>
#include <boost/json/serialize.hpp>
#include <iostream>

#include "cradle/json.hpp"
#include "pack_links.hpp"
#include "pack_store.hpp"

namespace cradle::cli {
namespace fs = std::filesystem;
namespace json = boost::json;
namespace {

struct FileEntry {
  std::string name;
  std::uintmax_t bytes = 0;
};

std::vector<FileEntry> stored_files(const fs::path& dir) {
  std::vector<FileEntry> out;
  std::error_code ec;
  if (dir.empty()) return out;
  for (auto it = fs::recursive_directory_iterator(dir, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    out.push_back({it->path().lexically_relative(dir).generic_string(), it->file_size(ec)});
  }
  std::sort(out.begin(), out.end(),
            [](const FileEntry& a, const FileEntry& b) { return a.name < b.name; });
  return out;
}

// The other installed packs that link to `id`, with how many links each.
std::map<std::string, std::size_t> links_from_others(const Library& lib, const std::string& id) {
  std::map<std::string, std::size_t> out;
  for (const auto& p : lib.packs()) {
    if (p.id == id) continue;
    auto links = links_to_other_packs(p);
    if (auto it = links.find(id); it != links.end()) out[p.id] = it->second;
  }
  return out;
}

std::string requirement_text(const PackRequirement& r) {
  return (r.pack.empty() ? std::string("cradle") : r.pack) + " " + r.range;
}

}  // namespace

std::string signature_text(const Pack& pack) {
  if (pack.signature == "trusted") return "trusted: " + pack.signer;
  return pack.signature.empty() ? "folder" : pack.signature;
}

void print_pack_info(App& app, const Library& lib, const std::string& id, bool as_json) {
  const Pack* p = lib.find_pack(id);
  if (!p) throw UserError{"no pack '" + id + "' is installed (`cradle list` shows what is)"};
  fs::path dir = p->store_dir.empty() ? fs::path() : store_root(app.data_dir()) / p->store_dir;
  auto files = stored_files(dir);
  auto out_links = links_to_other_packs(*p);
  auto in_links = links_from_others(lib, id);

  if (as_json) {
    json::object o = manifest_to_json(*p);
    o["files_dir"] = dir.string();
    json::array fa, items;
    for (const auto& f : files) fa.push_back(json::object{{"path", f.name}, {"bytes", f.bytes}});
    o["files"] = fa;
    for (const auto& item : p->items)
      items.push_back(
          json::object{{"slug", item.slug}, {"type", item.type}, {"title", item.title}});
    o["item_list"] = items;
    json::object to, from;
    for (const auto& [target, n] : out_links)
      to[target] = json::object{{"links", n}, {"installed", lib.find_pack(target) != nullptr}};
    for (const auto& [source, n] : in_links) from[source] = n;
    o["links_to"] = to;
    o["linked_from"] = from;
    std::cout << json::serialize(o) << "\n";
    return;
  }

  std::cout << p->title << "\n"
            << "  id:          " << p->id << "\n"
            << "  version:     " << p->version << "\n";
  if (!p->description.empty()) std::cout << "  description: " << p->description << "\n";
  std::cout << "  language:    " << p->language << "\n"
            << "  publisher:   " << (p->publisher.empty() ? "-" : p->publisher) << "\n";
  if (!p->license.empty()) std::cout << "  license:     " << p->license << "\n";
  std::cout << "  signature:   " << signature_text(*p) << "\n"
            << "  installed:   " << p->installed_at << "\n";
  for (const auto& r : p->requirements)
    std::cout << "  requires:    " << requirement_text(r) << "\n";
  std::cout << "  items:       " << p->items.size() << "\n";
  std::cout << "\nFiles" << (dir.empty() ? "" : " in " + dir.string()) << ":\n";
  if (files.empty()) std::cout << "  (none kept: installed by an older Cradle)\n";
  for (const auto& f : files) std::cout << "  " << f.name << "  (" << f.bytes << " bytes)\n";
  std::cout << "\nLinks to other packs:\n";
  if (out_links.empty()) std::cout << "  none\n";
  for (const auto& [target, n] : out_links)
    std::cout << "  " << target << ": " << n << (n == 1 ? " link" : " links")
              << (lib.find_pack(target) ? "" : " (not installed: shown without a link)") << "\n";
  std::cout << "\nLinked from:\n";
  if (in_links.empty()) std::cout << "  none\n";
  for (const auto& [source, n] : in_links)
    std::cout << "  " << source << ": " << n << (n == 1 ? " link" : " links") << "\n";
}

}  // namespace cradle::cli
