// list, show, search, plugins: reading what is installed.
#include <boost/json/serialize.hpp>
#include <iomanip>
#include <iostream>

#include "commands.hpp"
#include "cradle/json.hpp"
#include "pack_info.hpp"

namespace cradle::cli {
namespace json = boost::json;
namespace {

std::shared_ptr<const Library> snapshot(App& app) {
  auto s = app.catalog().snapshot();
  if (!s) throw UserError{s.error().message};
  return s.value();
}

// Cut to `width` characters (UTF-8 code points), the last one a "~".
std::string clip(const std::string& text, std::size_t width) {
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) starts.push_back(i);
  if (starts.size() <= width) return text;
  return text.substr(0, starts[width - 1]) + "~";
}

void list(App& app, bool as_json) {
  auto lib = snapshot(app);
  if (as_json) {
    json::array packs;
    for (const auto& p : lib->packs()) packs.push_back(manifest_to_json(p));
    std::cout << json::serialize(packs) << "\n";
    return;
  }
  if (lib->packs().empty()) {
    std::cout << "No packs installed. Install one with `cradle install PATH`.\n";
    return;
  }
  std::cout << std::left << std::setw(24) << "ID" << std::setw(10) << "VERSION" << std::setw(7)
            << "ITEMS" << std::setw(20) << "PUBLISHER" << std::setw(20) << "SIGNATURE"
            << std::setw(12) << "INSTALLED"
            << "TITLE\n";
  for (const auto& p : lib->packs())
    std::cout << std::setw(24) << p.id << std::setw(10) << p.version << std::setw(7)
              << p.items.size() << std::setw(20)
              << clip(p.publisher.empty() ? "-" : p.publisher, 19) << std::setw(20)
              << clip(signature_text(p), 19) << std::setw(12) << p.installed_at.substr(0, 10)
              << p.title << "\n";
}

void show(App& app, const std::string& ref, bool as_json) {
  auto slash = ref.find('/');
  if (slash == std::string::npos)
    throw UserError{"'" + ref + "' is not PACK/SLUG: name an item like ababy-faq/the-figures"};
  auto lib = snapshot(app);
  std::string pack = ref.substr(0, slash), slug = ref.substr(slash + 1);
  if (!lib->find_pack(pack))
    throw UserError{"no pack '" + pack + "' is installed (`cradle list` shows what is)"};
  const Item* item = lib->find_item(pack, slug);
  if (!item)
    throw UserError{"pack '" + pack + "' has no item '" + slug +
                    "' (`cradle search` finds items by their words)"};
  if (as_json) {
    std::cout << json::serialize(to_json(*item)) << "\n";
    return;
  }
  std::cout << item->title << "\n\n" << item->text << "\n";
}

std::string marked(std::string snippet) {
  for (auto& c : snippet) {
    if (c == kMatchBegin) c = '[';
    if (c == kMatchEnd) c = ']';
  }
  return snippet;
}

void search(App& app, const std::string& query, std::size_t limit, bool as_json) {
  auto lib = snapshot(app);
  auto hits = lib->search(query, limit);
  if (as_json) {
    json::array out;
    for (const auto& h : hits)
      out.push_back(json::object{{"pack", h.item->pack},
                                 {"slug", h.item->slug},
                                 {"title", h.item->title},
                                 {"snippet", marked(h.snippet)},
                                 {"rank", h.rank}});
    std::cout << json::serialize(out) << "\n";
    return;
  }
  if (hits.empty()) {
    std::cout << "Nothing found for \"" << query << "\".\n";
    return;
  }
  for (const auto& h : hits)
    std::cout << h.item->pack << "/" << h.item->slug << "  " << h.item->title << "\n    "
              << marked(h.snippet) << "\n";
}

void plugins(App& app) {
  const Registry& reg = app.registry(/*quiet=*/true);
  std::cout << std::left << std::setw(10) << "NAME" << std::setw(14) << "KIND" << std::setw(9)
            << "VERSION"
            << "SUMMARY\n";
  for (const auto& p : reg.plugins())
    std::cout << std::setw(10) << p.name << std::setw(14) << p.kind << std::setw(9) << p.version
              << p.summary << "\n";
  for (const auto& r : reg.refused()) std::cout << "refused: " << Registry::describe(r) << "\n";
}

}  // namespace

void add_browse_commands(CLI::App& cli, App& app) {
  auto info_id = std::make_shared<std::string>();
  auto info_json = std::make_shared<bool>(false);
  auto* in = cli.add_subcommand("info", "Show an installed pack: its manifest, files and links");
  in->add_option("ID", *info_id, "The pack's id, as `cradle list` shows it")->required();
  in->add_flag("--json", *info_json, "Print JSON");
  in->callback(
      [&app, info_id, info_json] { print_pack_info(app, *snapshot(app), *info_id, *info_json); });

  auto as_json = std::make_shared<bool>(false);
  auto* ls = cli.add_subcommand("list", "List installed packs");
  ls->add_flag("--json", *as_json, "Print JSON");
  ls->callback([&app, as_json] { list(app, *as_json); });

  auto ref = std::make_shared<std::string>();
  auto show_json = std::make_shared<bool>(false);
  auto* sh = cli.add_subcommand("show", "Print one item");
  sh->add_option("PACK/SLUG", *ref, "The item, e.g. ababy-faq/the-figures")->required();
  sh->add_flag("--json", *show_json, "Print the item's JSON (blocks and fields)");
  sh->callback([&app, ref, show_json] { show(app, *ref, *show_json); });

  auto query = std::make_shared<std::string>();
  auto limit = std::make_shared<std::size_t>(10);
  auto search_json = std::make_shared<bool>(false);
  auto* se = cli.add_subcommand("search", "Full-text search of everything installed");
  se->add_option("QUERY", *query, "Words to find")->required();
  se->add_option("--limit", *limit, "Most results to show")->check(CLI::Range(1, 1000));
  se->add_flag("--json", *search_json, "Print JSON");
  se->callback([&app, query, limit, search_json] { search(app, *query, *limit, *search_json); });

  cli.add_subcommand("plugins", "List loaded plugins and any that were refused")->callback([&app] {
    plugins(app);
  });
}

}  // namespace cradle::cli
