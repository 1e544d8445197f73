// The reader's trust store: the public keys whose signatures make a pack
// install quietly, and the policy for packs without one. Kept in
// DATA_DIR/trust/: one KEYID.pub file a key (the file `cradle keygen`
// wrote, copied), and `policy`, a line "require-signature: yes" or "no".
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "cradle/archive.hpp"
#include "cradle/signing.hpp"

namespace cradle::cli {

class TrustStore {
 public:
  explicit TrustStore(const std::filesystem::path& data_dir);

  // Every trusted key, by name. A file there that is not a key is skipped.
  std::vector<PublicKey> keys() const;
  std::optional<PublicKey> find(const std::string& key_id) const;

  // Adds the key in `file`; returns it. Throws UserError if it is not a
  // public key, or if a key of the same name but another id is trusted.
  PublicKey add(const std::filesystem::path& file);
  // Removes the key named by a .pub file, its name or its id; returns it.
  // Throws UserError when no trusted key matches.
  PublicKey remove(const std::string& which);

  bool require_signature() const;
  void set_require_signature(bool require);

 private:
  std::filesystem::path dir_;
};

// What the trust store says of a pack from an archive.
struct SignatureVerdict {
  std::string state;   // "trusted", "untrusted", "unsigned" (see Pack::signature)
  std::string signer;  // the trusted key's name
  std::string key_id;  // the key that signed, if signed
  // Set when the archive must be refused whatever the policy: a signature
  // that does not verify, or that cannot be read.
  std::optional<std::string> refusal;
};

SignatureVerdict check_signature(const TrustStore& trust, const std::string& manifest,
                                 const std::optional<std::string>& signature);

}  // namespace cradle::cli
