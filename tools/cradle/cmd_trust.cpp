// keygen, sign, trust: the publisher's keys and signatures, and the
// reader's choice of whose signatures to trust.
#include <sys/stat.h>

#include <fstream>
#include <iomanip>
#include <iostream>

#include "commands.hpp"
#include "cradle/archive.hpp"
#include "cradle/signing.hpp"
#include "cradle/slug.hpp"
#include "pack_store.hpp"
#include "trust_store.hpp"

namespace cradle::cli {
namespace fs = std::filesystem;
namespace {

// Writes `text` to a new file `path` with `mode`; never replaces a file.
void write_new(const fs::path& path, const std::string& text, mode_t mode) {
  std::error_code ec;
  if (fs::exists(path, ec))
    throw UserError{path.string() +
                    " already exists: keygen never writes over a key; choose "
                    "another name with -o"};
  std::ofstream out(path, std::ios::binary);
  out.close();
  if (!out || chmod(path.c_str(), mode) != 0)
    throw UserError{"cannot write " + path.string() + ": check the folder is writable"};
  out.open(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) throw UserError{"cannot write " + path.string() + ": check the folder is writable"};
}

void keygen(const std::string& name, fs::path base) {
  if (name.empty() || name.find_first_of("\r\n") != std::string::npos)
    throw UserError{"a key's name must be one line of text, like your name or your organisation's"};
  if (base.empty()) base = slugify(name).empty() ? "cradle-key" : slugify(name);
  auto key = generate_key(name);
  if (!key) throw UserError{key.error().message};
  fs::path secret = base.string() + ".key", pub = base.string() + ".pub";
  std::error_code ec;
  if (fs::exists(pub, ec))
    throw UserError{pub.string() +
                    " already exists: keygen never writes over a key; choose "
                    "another name with -o"};
  write_new(secret, format_secret_key(key.value()), 0600);
  write_new(pub, format_public_key(key->public_key()), 0644);
  std::cout << "Made key '" << name << "' (id " << key->public_key().id() << "):\n"
            << "  " << secret.string() << "  secret: keep it to yourself, sign with it\n"
            << "  " << pub.string() << "  public: give it to your readers for `cradle trust add`\n";
}

void sign(App& app, const fs::path& archive, const fs::path& key_file, fs::path out) {
  auto key = read_secret_key(key_file);
  if (!key) throw UserError{key.error().message};
  if (out.empty()) out = archive;
  // Unpacked and checked like an install would, then packed again with the
  // signature: only an archive that opens cleanly gets signed.
  auto opened = open_cpack(archive, staging_root(app.data_dir()));
  if (!opened) throw UserError{opened.error().message + "; nothing was signed"};
  struct Cleanup {
    fs::path dir;
    ~Cleanup() {
      std::error_code ec;
      fs::remove_all(dir, ec);
    }
  } cleanup{opened->dir};
  if (auto r = write_cpack(opened->dir, out, key.value()); !r)
    throw UserError{r.error().message + "; nothing was signed"};
  std::cout << "Signed " << out.string() << " with key '" << key->name << "' (id "
            << key->public_key().id() << ")\n";
}

void trust_list(App& app) {
  TrustStore trust(app.data_dir());
  auto keys = trust.keys();
  if (keys.empty()) {
    std::cout << "No trusted keys. Add a publisher's public key with `cradle trust add KEY.pub`.\n";
  } else {
    std::cout << std::left << std::setw(18) << "ID"
              << "NAME\n";
    for (const auto& k : keys) std::cout << std::setw(18) << k.id() << k.name << "\n";
  }
  std::cout << "Unsigned packs: "
            << (trust.require_signature() ? "refused (only signed packs are installed)"
                                          : "installed with a warning")
            << "\n";
}

}  // namespace

void add_trust_commands(CLI::App& cli, App& app) {
  auto name = std::make_shared<std::string>();
  auto base = std::make_shared<fs::path>();
  auto* kg = cli.add_subcommand("keygen", "Make a key pair for signing packs");
  kg->add_option("NAME", *name, "Who signs with it, e.g. your name or organisation")->required();
  kg->add_option("-o,--out", *base,
                 "Where to write it: BASE.key and BASE.pub (default: from NAME)");
  kg->callback([name, base] { keygen(*name, *base); });

  auto archive = std::make_shared<fs::path>();
  auto key = std::make_shared<fs::path>();
  auto out = std::make_shared<fs::path>();
  auto* sg = cli.add_subcommand("sign", "Sign a .cpack with your secret key");
  sg->add_option("FILE", *archive, "The .cpack to sign")->required()->check(CLI::ExistingFile);
  sg->add_option("--key", *key, "Your secret key (NAME.key from `cradle keygen`)")
      ->required()
      ->check(CLI::ExistingFile);
  sg->add_option("-o,--out", *out, "Write the signed archive here (default: replace FILE)");
  sg->callback([&app, archive, key, out] { sign(app, *archive, *key, *out); });

  auto* trust = cli.add_subcommand("trust", "Choose whose signed packs install quietly");
  trust->require_subcommand(1);
  auto pub = std::make_shared<fs::path>();
  auto* add = trust->add_subcommand("add", "Trust the key in a publisher's .pub file");
  add->add_option("KEY.pub", *pub, "The publisher's public key")
      ->required()
      ->check(CLI::ExistingFile);
  add->callback([&app, pub] {
    auto key = TrustStore(app.data_dir()).add(*pub);
    std::cout << "Trusted key '" << key.name << "' (id " << key.id() << ")\n";
  });
  trust->add_subcommand("list", "List trusted keys and the policy for unsigned packs")
      ->callback([&app] { trust_list(app); });
  auto which = std::make_shared<std::string>();
  auto* rm = trust->add_subcommand("remove", "Stop trusting a key");
  rm->add_option("KEY", *which, "A .pub file, or a key's name or id as `cradle trust list` shows")
      ->required();
  rm->callback([&app, which] {
    auto key = TrustStore(app.data_dir()).remove(*which);
    std::cout << "No longer trusting key '" << key.name << "' (id " << key.id() << ")\n";
  });
  auto policy = std::make_shared<std::string>();
  auto* pol = trust->add_subcommand("policy", "Whether unsigned packs may be installed");
  pol->add_option("POLICY", *policy,
                  "require-signature: refuse packs not signed by a trusted key; "
                  "warn: install them with a warning (the default)")
      ->required()
      ->check(CLI::IsMember({"require-signature", "warn"}));
  pol->callback([&app, policy] {
    TrustStore(app.data_dir()).set_require_signature(*policy == "require-signature");
    std::cout << (*policy == "require-signature"
                      ? "Only packs signed by a trusted key will be installed.\n"
                      : "Unsigned packs will be installed with a warning.\n");
  });
}

}  // namespace cradle::cli
