// Signed packs: Ed25519 keys (libsodium), and signatures over a .cpack's
// MANIFEST.sha256, which in turn pins every file's SHA-256.
//
// A key pair is two small text files, NAME.key (secret, mode 0600) and
// NAME.pub (public, for anyone):
//
//   cradle-secret-key 1            cradle-public-key 1
//   name: NAME                     name: NAME
//   key: BASE64 (64 bytes)         key: BASE64 (32 bytes)
//
// A signature is the file MANIFEST.sig at an archive's root (beside
// MANIFEST.sha256, and like it not listed in the manifest):
//
//   cradle-signature 1
//   key-id: HEX (16 digits: the start of the public key's SHA-256)
//   signature: BASE64 (64 bytes, Ed25519 over MANIFEST.sha256's bytes)
//
// Pure functions over values, safe from any thread.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "cradle/export.hpp"
#include "cradle/result.hpp"

namespace cradle {

inline constexpr const char* kCpackSignature = "MANIFEST.sig";

struct CRADLE_API PublicKey {
  std::string name;
  std::string bytes;  // 32 raw bytes
  // The first 8 bytes of the key's SHA-256 in hex: how signatures and
  // `cradle trust list` name a key.
  std::string id() const;
};

struct CRADLE_API SecretKey {
  std::string name;
  std::string bytes;  // 64 raw bytes (libsodium's seed + public key)
  PublicKey public_key() const;
};

// A new random key pair named `name`.
CRADLE_API Result<SecretKey> generate_key(const std::string& name);

CRADLE_API std::string format_public_key(const PublicKey& key);
CRADLE_API std::string format_secret_key(const SecretKey& key);
// An Error names `path` and says what is wrong with it.
CRADLE_API Result<PublicKey> read_public_key(const std::filesystem::path& path);
CRADLE_API Result<SecretKey> read_secret_key(const std::filesystem::path& path);

// MANIFEST.sig's text for `manifest` signed by `key`.
CRADLE_API std::string sign_manifest(const SecretKey& key, std::string_view manifest);

struct ParsedSignature {
  std::string key_id;
  std::string bytes;  // 64 raw bytes
};
// Reads MANIFEST.sig's text; an Error says what is malformed.
CRADLE_API Result<ParsedSignature> parse_signature(std::string_view text);

// Whether `signature` is `key`'s signature of exactly `manifest`.
CRADLE_API bool verify_manifest(const PublicKey& key, const ParsedSignature& signature,
                                std::string_view manifest);

}  // namespace cradle
