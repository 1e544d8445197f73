#include "cradle/signing.hpp"

#include <sodium.h>
#include <sys/stat.h>

#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <stdexcept>

#include "sha256.hpp"

namespace cradle {
namespace fs = std::filesystem;
namespace {

void init_sodium() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
}

std::string to_base64(std::string_view bytes) {
  std::string out(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                    bytes.size(), sodium_base64_VARIANT_ORIGINAL);
  out.resize(out.size() - 1);  // the terminating NUL
  return out;
}

// Exactly `size` bytes from base64, or nothing.
std::optional<std::string> from_base64(std::string_view text, std::size_t size) {
  std::string out(size + 3, '\0');
  std::size_t len = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(),
                        text.size(), nullptr, &len, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0 ||
      len != size)
    return std::nullopt;
  out.resize(len);
  return out;
}

// "HEADER\nkey: value\n..." into its header and fields; nothing if it is
// not that shape or repeats a field.
struct KeyValueText {
  std::string header;
  std::map<std::string, std::string> fields;
};
std::optional<KeyValueText> parse_key_values(std::string_view text) {
  KeyValueText out;
  std::istringstream in{std::string(text)};
  std::string line;
  if (!std::getline(in, line)) return std::nullopt;
  out.header = line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    auto colon = line.find(": ");
    if (colon == std::string::npos) return std::nullopt;
    if (!out.fields.emplace(line.substr(0, colon), line.substr(colon + 2)).second)
      return std::nullopt;
  }
  return out;
}

Result<std::string> read_small_file(const fs::path& path) {
  std::error_code ec;
  auto size = fs::file_size(path, ec);
  if (ec) return Error{path.string() + ": cannot be read: " + ec.message()};
  if (size > 4096) return Error{path.string() + ": is too large to be a Cradle key file"};
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  if (!in) return Error{path.string() + ": cannot be read"};
  return s.str();
}

// Reads a key file of kind `kind` ("public" or "secret") holding `size` bytes.
Result<std::pair<std::string, std::string>> read_key(const fs::path& path, const char* kind,
                                                     std::size_t size) {
  auto text = read_small_file(path);
  if (!text) return text.error();
  auto parsed = parse_key_values(text.value());
  std::string header = std::string("cradle-") + kind + "-key 1";
  auto bad = [&](const std::string& why) {
    return Error{path.string() + ": is not a Cradle " + kind + " key (" + why +
                 "); make one with `cradle keygen`"};
  };
  if (!parsed || parsed->header != header) return bad("its first line is not '" + header + "'");
  auto name = parsed->fields.find("name"), key = parsed->fields.find("key");
  if (name == parsed->fields.end() || key == parsed->fields.end())
    return bad("it needs a 'name:' and a 'key:' line");
  auto bytes = from_base64(key->second, size);
  if (!bytes) return bad("its key is not " + std::to_string(size) + " bytes of base64");
  return std::pair{name->second, bytes.value()};
}

}  // namespace

std::string PublicKey::id() const {
  Sha256 hash;
  hash.update(bytes);
  return hash.hex().substr(0, 16);
}

PublicKey SecretKey::public_key() const {
  // libsodium's secret key is the seed followed by the public key.
  return {name, bytes.substr(crypto_sign_SEEDBYTES)};
}

Result<SecretKey> generate_key(const std::string& name) {
  try {
    init_sodium();
  } catch (const std::exception& e) {
    return Error{e.what()};
  }
  unsigned char pk[crypto_sign_PUBLICKEYBYTES], sk[crypto_sign_SECRETKEYBYTES];
  crypto_sign_keypair(pk, sk);
  SecretKey key{name, std::string(reinterpret_cast<char*>(sk), sizeof sk)};
  sodium_memzero(sk, sizeof sk);
  return key;
}

std::string format_public_key(const PublicKey& key) {
  return "cradle-public-key 1\nname: " + key.name + "\nkey: " + to_base64(key.bytes) + "\n";
}

std::string format_secret_key(const SecretKey& key) {
  return "cradle-secret-key 1\nname: " + key.name + "\nkey: " + to_base64(key.bytes) + "\n";
}

Result<PublicKey> read_public_key(const fs::path& path) {
  auto r = read_key(path, "public", crypto_sign_PUBLICKEYBYTES);
  if (!r) return r.error();
  return PublicKey{r->first, r->second};
}

Result<SecretKey> read_secret_key(const fs::path& path) {
  auto r = read_key(path, "secret", crypto_sign_SECRETKEYBYTES);
  if (!r) return r.error();
  return SecretKey{r->first, r->second};
}

std::string sign_manifest(const SecretKey& key, std::string_view manifest) {
  init_sodium();
  unsigned char sig[crypto_sign_BYTES];
  crypto_sign_detached(sig, nullptr, reinterpret_cast<const unsigned char*>(manifest.data()),
                       manifest.size(), reinterpret_cast<const unsigned char*>(key.bytes.data()));
  return "cradle-signature 1\nkey-id: " + key.public_key().id() +
         "\nsignature: " + to_base64(std::string_view(reinterpret_cast<char*>(sig), sizeof sig)) +
         "\n";
}

Result<ParsedSignature> parse_signature(std::string_view text) {
  auto parsed = parse_key_values(text);
  if (!parsed || parsed->header != "cradle-signature 1")
    return Error{std::string(kCpackSignature) + " is not a Cradle signature"};
  auto id = parsed->fields.find("key-id"), sig = parsed->fields.find("signature");
  if (id == parsed->fields.end() || sig == parsed->fields.end())
    return Error{std::string(kCpackSignature) + " needs a 'key-id:' and a 'signature:' line"};
  auto bytes = from_base64(sig->second, crypto_sign_BYTES);
  if (!bytes || id->second.size() != 16)
    return Error{std::string(kCpackSignature) + " holds a malformed key id or signature"};
  return ParsedSignature{id->second, bytes.value()};
}

bool verify_manifest(const PublicKey& key, const ParsedSignature& signature,
                     std::string_view manifest) {
  if (key.bytes.size() != crypto_sign_PUBLICKEYBYTES || signature.bytes.size() != crypto_sign_BYTES)
    return false;
  init_sodium();
  return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.bytes.data()),
                                     reinterpret_cast<const unsigned char*>(manifest.data()),
                                     manifest.size(),
                                     reinterpret_cast<const unsigned char*>(key.bytes.data())) == 0;
}

}  // namespace cradle
