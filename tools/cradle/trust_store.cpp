#include "trust_store.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "app.hpp"

namespace cradle::cli {
namespace fs = std::filesystem;

TrustStore::TrustStore(const fs::path& data_dir) : dir_(data_dir / "trust") {}

std::vector<PublicKey> TrustStore::keys() const {
  std::vector<PublicKey> out;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir_, ec)) {
    if (entry.path().extension() != ".pub") continue;
    if (auto key = read_public_key(entry.path())) out.push_back(key.value());
  }
  std::sort(out.begin(), out.end(),
            [](const PublicKey& a, const PublicKey& b) { return a.name < b.name; });
  return out;
}

std::optional<PublicKey> TrustStore::find(const std::string& key_id) const {
  for (auto& key : keys())
    if (key.id() == key_id) return key;
  return std::nullopt;
}

PublicKey TrustStore::add(const fs::path& file) {
  auto key = read_public_key(file);
  if (!key) throw UserError{key.error().message};
  for (const auto& other : keys())
    if (other.name == key->name && other.id() != key->id())
      throw UserError{"a different key named '" + key->name + "' is already trusted (id " +
                      other.id() + "): remove it first with `cradle trust remove " + other.id() +
                      "` if it is no longer used"};
  std::error_code ec;
  fs::create_directories(dir_, ec);
  std::ofstream out(dir_ / (key->id() + ".pub"), std::ios::binary | std::ios::trunc);
  out << format_public_key(key.value());
  out.close();
  if (ec || !out) throw UserError{"cannot write to the trust store " + dir_.string()};
  return key.value();
}

PublicKey TrustStore::remove(const std::string& which) {
  std::string id = which;
  std::error_code ec;
  if (fs::is_regular_file(which, ec)) {
    auto key = read_public_key(which);
    if (!key) throw UserError{key.error().message};
    id = key->id();
  }
  for (const auto& key : keys()) {
    if (key.id() == id || key.name == which) {
      fs::remove(dir_ / (key.id() + ".pub"), ec);
      if (ec)
        throw UserError{"cannot change the trust store " + dir_.string() + ": " + ec.message()};
      return key;
    }
  }
  throw UserError{"no trusted key is named '" + which +
                  "' (`cradle trust list` shows the names and ids); nothing was removed"};
}

bool TrustStore::require_signature() const {
  std::ifstream in(dir_ / "policy");
  std::string line;
  while (std::getline(in, line))
    if (line == "require-signature: yes") return true;
  return false;
}

void TrustStore::set_require_signature(bool require) {
  std::error_code ec;
  fs::create_directories(dir_, ec);
  std::ofstream out(dir_ / "policy", std::ios::trunc);
  out << "require-signature: " << (require ? "yes" : "no") << "\n";
  out.close();
  if (ec || !out) throw UserError{"cannot write " + (dir_ / "policy").string()};
}

SignatureVerdict check_signature(const TrustStore& trust, const std::string& manifest,
                                 const std::optional<std::string>& signature) {
  SignatureVerdict v;
  if (!signature) {
    v.state = "unsigned";
    return v;
  }
  auto parsed = parse_signature(*signature);
  if (!parsed) {
    v.refusal = parsed.error().message + ", so the archive was refused";
    return v;
  }
  v.key_id = parsed->key_id;
  auto key = trust.find(parsed->key_id);
  if (!key) {
    v.state = "untrusted";
    return v;
  }
  if (!verify_manifest(*key, parsed.value(), manifest)) {
    v.refusal = std::string(kCpackSignature) + " is not a valid signature of " + kCpackManifest +
                " by the trusted key '" + key->name +
                "': the archive was changed after it was signed; ask its publisher for a fresh "
                "copy";
    return v;
  }
  v.state = "trusted";
  v.signer = key->name;
  return v;
}

}  // namespace cradle::cli
