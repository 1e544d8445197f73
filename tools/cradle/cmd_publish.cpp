// pack and new: the publisher's side, from a first starter pack to a .cpack
// ready to hand out.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>

#include "commands.hpp"
#include "cradle/archive.hpp"
#include "cradle/signing.hpp"
#include "cradle/slug.hpp"
#include "pack_set.hpp"
#include "starters.hpp"

namespace cradle::cli {
namespace fs = std::filesystem;
namespace {

std::string plural(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

void pack(App& app, const fs::path& dir, const fs::path& out_flag, const fs::path& key_file) {
  std::optional<SecretKey> key;
  if (!key_file.empty()) {
    auto read = read_secret_key(key_file);
    if (!read) throw UserError{read.error().message + "; nothing was packed"};
    key = read.value();
  }
  auto sources = open_pack_sources(app, {dir});
  PackSet set = load_pack_set(app, sources, {});
  print_diagnostics(set);
  if (set.errors > 0)
    throw UserError{dir.string() + " is not valid: " + plural(set.errors, "error", "errors") +
                    " above; nothing was packed. Fix them and run pack again"};
  const Pack& p = set.packs.front().pack;

  // Default: ID-VERSION.cpack here; -o DIR puts that name in DIR.
  fs::path out = p.id + "-" + p.version + ".cpack";
  std::error_code ec;
  if (!out_flag.empty()) out = fs::is_directory(out_flag, ec) ? out_flag / out : out_flag;

  auto files = list_pack_files(dir, out);
  if (!files) throw UserError{files.error().message + "; nothing was packed"};
  if (auto r = key ? write_cpack(dir, out, *key) : write_cpack(dir, out); !r)
    throw UserError{r.error().message + "; nothing was packed"};
  std::cout << "Packed " << p.id << " " << p.version << " ("
            << plural(files->size(), "file", "files") << ") -> " << out.string()
            << (key ? ", signed by '" + key->name + "'" : "") << "\n";
}

// "my-faq" -> "My faq": a title to start from, from the folder's name.
std::string title_from(const std::string& id) {
  std::string out = id;
  for (auto& c : out)
    if (c == '-') c = ' ';
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z')
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

std::string today() {
  auto day = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  std::chrono::year_month_day ymd{day};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

void write_file(const fs::path& path, const std::string& text) {
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  std::ofstream out(path, std::ios::binary);
  out << text;
  out.close();
  if (ec || !out)
    throw UserError{"cannot write " + path.string() + ": check the folder is writable"};
}

void make_new(const std::string& type, const fs::path& dir) {
  std::error_code ec;
  bool existed = fs::exists(dir, ec);
  if (existed && (!fs::is_directory(dir, ec) || !fs::is_empty(dir, ec)))
    throw UserError{dir.string() +
                    " already exists and is not empty: name a new folder (cradle new never "
                    "writes over files)"};

  // The folder's own name, even for "." or "packs/my-faq/".
  fs::path named = fs::absolute(dir, ec).lexically_normal();
  if (!named.has_filename()) named = named.parent_path();
  StarterInfo info;
  info.id = slugify(named.filename().string());
  if (info.id.empty())
    throw UserError{"cannot make a pack id from the folder name '" + named.filename().string() +
                    "': use a name with letters a-z or digits, like my-" + type};
  info.title = title_from(info.id);
  info.today = today();

  try {
    for (const auto& f : starter_files(type, info)) write_file(dir / f.path, f.text);
  } catch (const UserError&) {
    // Leave the folder as it was: gone if we made it, else empty again.
    if (!existed) fs::remove_all(dir, ec);
    for (const auto& entry : fs::directory_iterator(dir, ec)) fs::remove_all(entry.path(), ec);
    throw;
  }
  std::cout << "Created a " << type << " pack '" << info.id << "' in " << dir.string()
            << ".\nMake it yours, then check it with `cradle validate " << dir.string()
            << "` and share it with `cradle pack " << dir.string() << "`.\n";
}

}  // namespace

void add_publish_commands(CLI::App& cli, App& app) {
  auto dir = std::make_shared<fs::path>();
  auto out = std::make_shared<fs::path>();
  auto* pk = cli.add_subcommand("pack", "Check a pack folder and pack it into a .cpack file");
  pk->add_option("DIR", *dir, "Pack folder (holds a pack.yaml)")
      ->required()
      ->check(CLI::ExistingDirectory);
  pk->add_option("-o,--output", *out, "The .cpack to write (default: ID-VERSION.cpack here)");
  auto key = std::make_shared<fs::path>();
  pk->add_option("--key", *key, "Sign it with this secret key (from `cradle keygen`)")
      ->check(CLI::ExistingFile);
  pk->callback([&app, dir, out, key] { pack(app, *dir, *out, *key); });

  auto type = std::make_shared<std::string>();
  auto target = std::make_shared<fs::path>();
  auto* nw = cli.add_subcommand("new", "Start a new pack from a small, valid example");
  nw->add_option("TYPE", *type, "faq, blog or quiz")
      ->required()
      ->check(CLI::IsMember(starter_types()));
  nw->add_option("DIR", *target, "A new or empty folder; its name becomes the pack's id")
      ->required();
  nw->callback([type, target] { make_new(*type, *target); });
}

}  // namespace cradle::cli
